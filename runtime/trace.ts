// From the raw trace events (trace-ring.ts) to what a thread did when: per-thread spans (running,
// waiting for a lock or a join, sleeping, holding a lock), print instants and release→acquire flows;
// then to a Chrome Trace Event file (Perfetto, chrome://tracing). timeline.ts draws the same model.
import { WaitKind } from "./layout.js";
import type { TraceData } from "./program.js";
import { columnsOf, TRACE_LATE, type TraceColumns, TraceType } from "./trace-ring.js";

export type SpanKind = "running" | "lock" | "join" | "sleep" | "input" | "other" | "hold";

export interface Span {
  /** The thread (its ident). */
  thread: number;
  kind: SpanKind;
  name: string;
  start: number; // ms since the clock origin
  end: number;
  line: number;
  /** Lock id (lock, hold) or joined ident (join). */
  target: number;
  /** A hold: how many holds it stands for (a run of quick re-takes of the lock, trace-ring.ts), else 1. */
  times: number;
}

export interface Instant {
  thread: number;
  time: number;
  name: string;
  line: number;
}

export interface Flow {
  id: number;
  lock: number;
  from: { thread: number; time: number };
  to: { thread: number; time: number };
}

export interface TraceModel {
  /** Threads in start order: ident, name. */
  threads: { ident: number; name: string }[];
  spans: Span[];
  instants: Instant[];
  flows: Flow[];
  start: number;
  end: number;
}

/** Lock names that are shown as held: those bound to a variable (internal locks, e.g. a thread start's
 *  handshake or a Condition's waiter, are `<Lock ...>` and only show up as waits). */
function named(name: string | undefined): boolean {
  return name !== undefined && !name.startsWith("<");
}

/**
 * The events' indices in ticket order. Tickets are handed out one by one (H.TRACE_SEQ), so they are
 * nearly dense: a counting sort, no comparison sort over a million events. A LATE event (a run's closing
 * release or its open hold, trace-ring.ts) carries the ticket counter's value when it happened and goes
 * just before the event that took that ticket: releases first, then acquires (a thread's run releases
 * before it re-takes). A comparison sort is the fallback for sparse tickets.
 */
function ticketOrder(c: TraceColumns): Int32Array {
  const n = c.count;
  const order = new Int32Array(n);
  if (n === 0) return order;
  const { seq, type } = c;
  const [min, max] = bounds(seq, n);
  const rank = (i: number) => ((type[i] & TRACE_LATE) === 0 ? 2 : (type[i] & 0xff) === TraceType.Release ? 0 : 1);
  const range = max - min + 1;
  if (range > 2 * n + 1024) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => seq[a] - seq[b] || rank(a) - rank(b) || a - b);
  }
  // at[q]: where ticket q's events begin; placed late releases, late acquires, then the rest (stable).
  // (Each long loop in a function of its own: see writeSpans.)
  const at = new Int32Array(range + 1);
  const late = countTickets(at, c, min);
  for (const i of late) if (rank(i) === 0) order[at[seq[i] - min]++] = i;
  for (const i of late) if (rank(i) === 1) order[at[seq[i] - min]++] = i;
  placeTicketed(order, at, c, min);
  return order;
}

function bounds(seq: Uint32Array, n: number): [number, number] {
  let min = 0xffffffff;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const q = seq[i];
    if (q < min) min = q;
    if (q > max) max = q;
  }
  return [min, max];
}

/** Fills at[q - min] with where ticket q's events begin; returns the LATE events. */
function countTickets(at: Int32Array, c: TraceColumns, min: number): number[] {
  const { seq, type } = c;
  const late: number[] = [];
  for (let i = 0; i < c.count; i++) {
    at[seq[i] - min + 1]++;
    if ((type[i] & TRACE_LATE) !== 0) late.push(i);
  }
  for (let q = 1; q < at.length; q++) at[q] += at[q - 1];
  return late;
}

function placeTicketed(order: Int32Array, at: Int32Array, c: TraceColumns, min: number): void {
  const { seq, type } = c;
  for (let i = 0; i < c.count; i++) if ((type[i] & TRACE_LATE) === 0) order[at[seq[i] - min]++] = i;
}

const KINDS: readonly SpanKind[] = ["running", "lock", "join", "sleep", "input", "other", "hold"];
const K_RUNNING = 0;
const K_LOCK = 1;
const K_JOIN = 2;
const K_SLEEP = 3;
const K_INPUT = 4;
const K_OTHER = 5;
const K_HOLD = 6;

/** The model as columns (span i is thread[i], kind[i], ...): no object per span, per flow or per print. */
interface ModelTable {
  threads: { ident: number; name: string }[];
  /** Span and instant names (span name[i] indexes it). */
  names: string[];
  spans: {
    count: number;
    thread: Int32Array;
    kind: Uint8Array;
    name: Int32Array;
    start: Float64Array;
    end: Float64Array;
    line: Int32Array;
    target: Int32Array;
    times: Int32Array;
  };
  instants: { count: number; thread: Int32Array; time: Float64Array; name: Int32Array; line: Int32Array };
  flows: { count: number; lock: Int32Array; fromThread: Int32Array; fromTime: Float64Array; toThread: Int32Array; toTime: Float64Array };
  start: number;
  end: number;
}

/** One past the largest slot and the largest id an Acquire, Release or WaitBegin names. */
function extent(c: TraceColumns): { slots: number; lockIds: number } {
  let slots = 0;
  let lockIds = 0;
  for (let i = 0; i < c.count; i++) {
    if (c.slot[i] >= slots) slots = c.slot[i] + 1;
    const type = c.type[i] & 0xff;
    if ((type === TraceType.Acquire || type === TraceType.Release || type === TraceType.WaitBegin) && c.arg[i] >= lockIds) lockIds = c.arg[i] + 1;
  }
  return { slots, lockIds };
}

/** Spans still open end with the program (or the latest span's start); returns that end. */
function closeOpen(sp: ModelTable["spans"], programEnd: number): number {
  let end = programEnd;
  for (let s = 0; s < sp.count; s++) if (sp.start[s] > end) end = sp.start[s];
  for (let s = 0; s < sp.count; s++) if (Number.isNaN(sp.end[s])) sp.end[s] = end;
  return end;
}

function buildTable(data: TraceData): ModelTable {
  // One order for all threads: the events' tickets (workers' clocks may disagree by a fraction of a ms,
  // the tickets never do). Times are then made monotonic along that order.
  const c = data.columns ?? columnsOf(data.events);
  const order = ticketOrder(c);
  const n = order.length;
  // Per-slot and per-lock state in typed arrays sized by the largest slot and lock id: looked up for
  // every event, and a JIT keeps the loop fast only with uniform types.
  const { slots, lockIds } = extent(c);
  const threadOfSlot = new Int32Array(slots).fill(-1);
  const threadName = (ident: number) => data.threads.get(ident)?.name ?? `Thread ident ${ident}`;
  const lockName = (id: number) => data.locks.get(id) ?? `<Lock ${id}>`;
  // Names, made once each (a counter's trace has a hold span per increment).
  const names: string[] = [];
  const nameIds = new Map<string, number>();
  const nameId = (name: string) => {
    let id = nameIds.get(name);
    if (id === undefined) {
      nameIds.set(name, (id = names.length));
      names.push(name);
    }
    return id;
  };
  const holdNames = new Int32Array(lockIds).fill(-1);
  const waitNames = new Int32Array(lockIds).fill(-1);
  const holdName = (id: number) => (holdNames[id] >= 0 ? holdNames[id] : (holdNames[id] = nameId(`hold ${lockName(id)}`)));
  const waitName = (id: number) => (waitNames[id] >= 0 ? waitNames[id] : (waitNames[id] = nameId(`wait for ${lockName(id)}`)));
  const N_RUNNING = nameId("running");
  const N_SLEEP = nameId("sleep");
  const N_INPUT = nameId("input");
  const N_WAIT = nameId("wait");
  const N_PRINT = nameId("print");
  const N_PRINT_ERR = nameId("print (stderr)");
  // Every event makes at most one span, one instant or one flow.
  const sp = {
    count: 0,
    thread: new Int32Array(n),
    kind: new Uint8Array(n),
    name: new Int32Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    line: new Int32Array(n),
    target: new Int32Array(n),
    times: new Int32Array(n),
  };
  const ins = { count: 0, thread: new Int32Array(n), time: new Float64Array(n), name: new Int32Array(n), line: new Int32Array(n) };
  const fl = {
    count: 0,
    lock: new Int32Array(n),
    fromThread: new Int32Array(n),
    fromTime: new Float64Array(n),
    toThread: new Int32Array(n),
    toTime: new Float64Array(n),
  };
  const addSpan = (thread: number, kind: number, name: number, time: number, line: number, target: number) => {
    const k = sp.count++;
    sp.thread[k] = thread;
    sp.kind[k] = kind;
    sp.name[k] = name;
    sp.start[k] = time;
    sp.end[k] = NaN;
    sp.line[k] = line;
    sp.target[k] = target;
    sp.times[k] = 1;
    return k;
  };
  const threads: { ident: number; name: string }[] = [];
  // Per slot (reset when a thread starts on it) or per lock id: a span's index, -1 for none.
  const running = new Int32Array(slots).fill(-1);
  const waiting = new Int32Array(slots).fill(-1);
  const lastWait = new Int32Array(slots).fill(-1);
  const holds = new Int32Array(lockIds).fill(-1);
  const isNamed = new Int8Array(lockIds); // 0: not known yet, 1: named (holds shown), 2: internal
  const releaseThread = new Int32Array(lockIds).fill(-1);
  const releaseTime = new Float64Array(lockIds);
  let start = Infinity;
  let last = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const time = c.time[i] < last ? last : c.time[i];
    last = time;
    const slot = c.slot[i];
    const word = c.type[i];
    const arg = c.arg[i];
    const line = c.line[i];
    const type = word & 0xff;
    if (type === TraceType.Start) {
      threadOfSlot[slot] = arg;
      threads.push({ ident: arg, name: threadName(arg) });
      running[slot] = addSpan(arg, K_RUNNING, N_RUNNING, time, 0, 0);
      waiting[slot] = -1;
      lastWait[slot] = -1;
      start = Math.min(start, time);
      continue;
    }
    const thread = threadOfSlot[slot];
    if (thread < 0) continue;
    switch (type) {
      case TraceType.End: {
        const s = running[slot];
        if (s >= 0) sp.end[s] = time;
        running[slot] = -1;
        threadOfSlot[slot] = -1;
        break;
      }
      case TraceType.WaitBegin: {
        const kind = (word >> 8) & 0xf;
        let s: number;
        if (kind === WaitKind.Lock) s = addSpan(thread, K_LOCK, waitName(arg), time, line, arg);
        else if (kind === WaitKind.Join) s = addSpan(thread, K_JOIN, nameId(`join ${threadName(arg)}`), time, line, arg);
        else if (kind === WaitKind.Sleep) s = addSpan(thread, K_SLEEP, N_SLEEP, time, line, arg);
        else if (kind === WaitKind.Input) s = addSpan(thread, K_INPUT, N_INPUT, time, line, arg);
        else s = addSpan(thread, K_OTHER, N_WAIT, time, line, arg);
        waiting[slot] = s;
        break;
      }
      case TraceType.WaitEnd: {
        const s = waiting[slot];
        if (s >= 0) {
          sp.end[s] = time;
          lastWait[slot] = s;
        }
        waiting[slot] = -1;
        break;
      }
      case TraceType.Acquire: {
        const prev = lastWait[slot];
        const from = releaseThread[arg];
        if (prev >= 0 && sp.kind[prev] === K_LOCK && sp.target[prev] === arg && sp.end[prev] <= time && from >= 0) {
          const f = fl.count++;
          fl.lock[f] = arg;
          fl.fromThread[f] = from;
          fl.fromTime[f] = releaseTime[arg];
          fl.toThread[f] = thread;
          fl.toTime[f] = time;
        }
        lastWait[slot] = -1;
        if (isNamed[arg] === 0) isNamed[arg] = named(data.locks.get(arg)) ? 1 : 2;
        if (isNamed[arg] === 1) holds[arg] = addSpan(thread, K_HOLD, holdName(arg), time, line, arg);
        break;
      }
      case TraceType.Release: {
        const s = holds[arg];
        if (s >= 0) {
          sp.end[s] = time;
          // A run: the span is named for what it is, not one long hold (its first acquire to its last release).
          const times = c.line[i];
          if (times > 1) {
            sp.times[s] = times;
            sp.name[s] = nameId(`${names[sp.name[s]]} ×${times}`);
          }
        }
        holds[arg] = -1;
        releaseThread[arg] = thread;
        releaseTime[arg] = time;
        break;
      }
      case TraceType.Print: {
        const p = ins.count++;
        ins.thread[p] = thread;
        ins.time[p] = time;
        ins.name[p] = arg === 2 ? N_PRINT_ERR : N_PRINT;
        ins.line[p] = line;
        break;
      }
    }
  }
  const end = closeOpen(sp, data.end);
  return { threads, names, spans: sp, instants: ins, flows: fl, start: start === Infinity ? end : start, end };
}

export function buildModel(data: TraceData): TraceModel {
  const t = buildTable(data);
  const sp = t.spans;
  const spans: Span[] = new Array(sp.count);
  for (let i = 0; i < sp.count; i++) {
    spans[i] = {
      thread: sp.thread[i],
      kind: KINDS[sp.kind[i]],
      name: t.names[sp.name[i]],
      start: sp.start[i],
      end: sp.end[i],
      line: sp.line[i],
      target: sp.target[i],
      times: sp.times[i],
    };
  }
  const ins = t.instants;
  const instants: Instant[] = [];
  for (let i = 0; i < ins.count; i++) instants.push({ thread: ins.thread[i], time: ins.time[i], name: t.names[ins.name[i]], line: ins.line[i] });
  const fl = t.flows;
  const flows: Flow[] = [];
  for (let i = 0; i < fl.count; i++) {
    flows.push({
      id: i + 1,
      lock: fl.lock[i],
      from: { thread: fl.fromThread[i], time: fl.fromTime[i] },
      to: { thread: fl.toThread[i], time: fl.toTime[i] },
    });
  }
  return { threads: t.threads, spans, instants, flows, start: t.start, end: t.end };
}

/**
 * Puts each thread's spans on tracks so that spans on one track nest (Chrome's rule for complete
 * events): track 0 gets all it can (running, then waits, sleeps and holds released in LIFO order); a
 * hold that overlaps without nesting (locks released out of order, or by another thread) goes on the
 * next track that fits. Returns the track number of each span.
 */
export function assignTracks(spans: readonly Span[]): number[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[a].end);
  const stacks = new Map<number, Span[][]>(); // per thread: per track, the open spans
  const track = new Array<number>(spans.length).fill(0);
  for (const i of order) {
    const s = spans[i];
    let tracks = stacks.get(s.thread);
    if (!tracks) stacks.set(s.thread, (tracks = []));
    let k = 0;
    for (; k < tracks.length; k++) {
      const stack = tracks[k];
      while (stack.length && stack[stack.length - 1].end <= s.start) stack.pop();
      if (stack.length === 0 || stack[stack.length - 1].end >= s.end) break;
    }
    if (k === tracks.length) tracks.push([]);
    tracks[k].push(s);
    track[i] = k;
  }
  return track;
}

const PID = 1;
/** A thread's extra tracks get tids past every ident. */
const TRACK_STRIDE = 1_000_000;

/** assignTracks on the table: spans come in start order already (ties are checked; a sort is the fallback). */
function tracksOf(sp: ModelTable["spans"]): Int32Array {
  const n = sp.count;
  const { start, end, thread } = sp;
  // Spans are made in start order; only spans starting at the same time may need reordering (longest
  // first): an insertion sort, linear when nearly sorted (a comparison sort is the fallback otherwise).
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const before = (x: number, y: number) => start[x] < start[y] || (start[x] === start[y] && (end[x] > end[y] || (end[x] === end[y] && x < y)));
  let moves = 0;
  for (let i = 1; i < n && moves <= n; i++) {
    const x = order[i];
    let j = i - 1;
    while (j >= 0 && before(x, order[j])) {
      order[j + 1] = order[j];
      j--;
      moves++;
    }
    order[j + 1] = x;
  }
  if (moves > n) {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => start[a] - start[b] || end[b] - end[a] || a - b);
  }
  const stacks = new Map<number, number[][]>(); // per thread: per track, the open spans
  const track = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = order[j];
    const s = start[i];
    const e = end[i];
    let tracks = stacks.get(thread[i]);
    if (!tracks) stacks.set(thread[i], (tracks = []));
    let k = 0;
    for (; k < tracks.length; k++) {
      const stack = tracks[k];
      while (stack.length && end[stack[stack.length - 1]] <= s) stack.pop();
      if (stack.length === 0 || end[stack[stack.length - 1]] >= e) break;
    }
    if (k === tracks.length) tracks.push([]);
    tracks[k].push(i);
    track[i] = k;
  }
  return track;
}

/** The Chrome Trace Event file (JSON object format). */
export function toChromeTrace(data: TraceData): object {
  const decoder = new TextDecoder();
  let text = "";
  writeChromeTrace(data, (chunk) => (text += decoder.decode(chunk, { stream: true })));
  return JSON.parse(text + decoder.decode()) as object;
}

/** UTF-8 bytes into one reused buffer, handed on every `chunkBytes` (at an event's end). */
class ByteSink {
  private readonly _buf: Uint8Array;
  private _at = 0;

  constructor(
    private readonly _write: (chunk: Uint8Array) => void,
    private readonly _chunk: number,
  ) {
    this._buf = new Uint8Array(_chunk + (1 << 16));
  }

  /** Call between events: flushes once the chunk is full. */
  mark(): void {
    if (this._at >= this._chunk) this.flush();
  }

  flush(): void {
    if (this._at > 0) this._write(this._buf.subarray(0, this._at));
    this._at = 0;
  }

  bytes(b: Uint8Array): void {
    if (this._at + b.length > this._buf.length) {
      this.flush();
      if (b.length > this._buf.length) {
        this._write(b);
        return;
      }
    }
    const buf = this._buf;
    let at = this._at;
    if (b.length <= 16) for (let i = 0; i < b.length; i++) buf[at++] = b[i];
    else {
      buf.set(b, at);
      at += b.length;
    }
    this._at = at;
  }

  /** A number as JSON writes it: integers digit by digit, the rest through String. */
  num(x: number): void {
    if (this._at + 32 > this._buf.length) this.flush();
    const buf = this._buf;
    let at = this._at;
    if ((x | 0) === x && x >= 0 && !Object.is(x, -0)) {
      if (x < 10) buf[at++] = 48 + x;
      else {
        const digits = x < 100 ? 2 : x < 1000 ? 3 : x < 10000 ? 4 : x < 100000 ? 5 : x < 1000000 ? 6 : x < 10000000 ? 7 : x < 100000000 ? 8 : x < 1000000000 ? 9 : 10;
        let p = at + digits;
        at = p;
        while (x > 0) {
          const q = (x / 10) | 0;
          buf[--p] = 48 + x - q * 10;
          x = q;
        }
      }
      this._at = at;
      return;
    }
    if (Number.isInteger(x) && x > -1e15 && x < 1e15 && !Object.is(x, -0)) {
      if (x < 0) {
        buf[at++] = 45;
        x = -x;
      }
      if (x === 0) buf[at++] = 48;
      else {
        let digits = 0;
        for (let y = x; y >= 1; y = Math.floor(y / 10)) digits++;
        let p = at + digits;
        at = p;
        while (x >= 1) {
          const d = x % 10;
          buf[--p] = 48 + d;
          x = (x - d) / 10;
        }
      }
      this._at = at;
      return;
    }
    const s = String(x);
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this._at = at;
  }
}

/**
 * The same file as UTF-8 bytes, in chunks of about `chunkBytes` (the CLI writes each to the file as it
 * comes; a chunk is only valid during the call: the buffer is reused): no array of events or spans as
 * objects and no string at all. The model stays in typed columns; events are written as bytes into one
 * buffer from pre-encoded pieces (each name's JSON is encoded once), with numbers written digit by
 * digit, so the host makes almost no garbage for a million events.
 */
export function writeChromeTrace(data: TraceData, write: (chunk: Uint8Array) => void, chunkBytes = 4 << 20): void {
  const out = new ByteSink(write, chunkBytes);
  const enc = new TextEncoder();
  const b = (text: string) => enc.encode(text);
  // The first event is process_name, so every other one starts with a comma.
  let first = true;
  /** An event given as a whole JSON text (the few metadata events). */
  const emitJson = (json: string) => {
    out.bytes(b(first ? json : "," + json));
    first = false;
    out.mark();
  };
  out.bytes(b('{"traceEvents":['));
  const t = buildTable(data);
  emitJson(JSON.stringify({ name: "process_name", ph: "M", pid: PID, tid: 0, args: { name: `pyt ${data.file}` } }));
  const sp = t.spans;
  const tracks = tracksOf(sp);
  const named = new Set<number>();
  for (let i = 0; i < t.threads.length; i++) {
    const th = t.threads[i];
    emitJson(JSON.stringify({ name: "thread_name", ph: "M", pid: PID, tid: th.ident, args: { name: th.name } }));
    emitJson(JSON.stringify({ name: "thread_sort_index", ph: "M", pid: PID, tid: th.ident, args: { sort_index: i * 100 } }));
    named.add(th.ident);
  }
  const nameOf = new Map(t.threads.map((th, i) => [th.ident, { name: th.name, index: i }]));
  const keys = {
    durKey: b(',"dur":'),
    tidKey: b(`,"pid":${PID},"tid":`),
    lineArgs: b(',"args":{"line":'),
    timesKey: b(',"times":'),
    noArgs: b(',"args":{}}'),
    close: b("}}"),
    idKey: b(',"id":'),
    tsKey: b(',"ts":'),
    end: b("}"),
  };
  // Each loop in its own function: a JIT optimizes a loop once it has run a while, and a function
  // whose next loop has not run yet would be thrown out of optimized code there (written once, cold).
  writeSpans(out, t, tracks, keys, (id, thread, k) => {
    if (named.has(id)) return;
    named.add(id);
    const th = nameOf.get(thread);
    emitJson(JSON.stringify({ name: "thread_name", ph: "M", pid: PID, tid: id, args: { name: `${th?.name ?? thread} (locks ${k})` } }));
    emitJson(JSON.stringify({ name: "thread_sort_index", ph: "M", pid: PID, tid: id, args: { sort_index: (th?.index ?? 0) * 100 + k } }));
  });
  const instantHeads = t.names.map((name) => b(`,{"name":${JSON.stringify(name)},"cat":"print","ph":"i","s":"t","ts":`));
  writeInstants(out, t, instantHeads, keys);
  const flowHeads: { s: Uint8Array; f: Uint8Array }[] = [];
  for (let i = 0; i < t.flows.count; i++) {
    const lock = t.flows.lock[i];
    if (flowHeads[lock] !== undefined) continue;
    const name = JSON.stringify(`${data.locks.get(lock) ?? "lock"} handed over`);
    flowHeads[lock] = { s: b(`,{"name":${name},"cat":"lock","ph":"s"`), f: b(`,{"name":${name},"cat":"lock","ph":"f","bp":"e"`) };
  }
  writeFlows(out, t, flowHeads, keys);
  out.bytes(b(`],"displayTimeUnit":"ms","otherData":${JSON.stringify({ file: data.file, droppedEvents: data.dropped })}}`));
  out.flush();
}

type Keys = Record<"durKey" | "tidKey" | "lineArgs" | "timesKey" | "noArgs" | "close" | "idKey" | "tsKey" | "end", Uint8Array>;

/** Microseconds since the trace's start, to the nanosecond. */
function us(ms: number, start: number): number {
  return Math.round((ms - start) * 1000 * 1000) / 1000;
}

function writeSpans(out: ByteSink, t: ModelTable, tracks: Int32Array, keys: Keys, newTrack: (id: number, thread: number, k: number) => void): void {
  const sp = t.spans;
  const enc = new TextEncoder();
  // Per (name, kind): the bytes up to the ts's value, made when first used.
  const heads: Uint8Array[] = [];
  for (let i = 0; i < sp.count; i++) {
    const thread = sp.thread[i];
    const k = tracks[i];
    const id = thread + k * TRACK_STRIDE;
    if (k > 0) newTrack(id, thread, k);
    const key = sp.name[i] * 8 + sp.kind[i];
    let head = heads[key];
    if (head === undefined) {
      head = heads[key] = enc.encode(`,{"name":${JSON.stringify(t.names[sp.name[i]])},"cat":"${KINDS[sp.kind[i]]}","ph":"X","ts":`);
    }
    const ts = us(sp.start[i], t.start);
    const dur = Math.round((us(sp.end[i], t.start) - ts) * 1000) / 1000;
    out.bytes(head);
    out.num(ts);
    out.bytes(keys.durKey);
    out.num(dur);
    out.bytes(keys.tidKey);
    out.num(id);
    if (sp.line[i] > 0) {
      out.bytes(keys.lineArgs);
      out.num(sp.line[i]);
      if (sp.times[i] > 1) {
        out.bytes(keys.timesKey);
        out.num(sp.times[i]);
      }
      out.bytes(keys.close);
    } else out.bytes(keys.noArgs);
    out.mark();
  }
}

function writeInstants(out: ByteSink, t: ModelTable, heads: Uint8Array[], keys: Keys): void {
  const ins = t.instants;
  for (let i = 0; i < ins.count; i++) {
    out.bytes(heads[ins.name[i]]);
    out.num(us(ins.time[i], t.start));
    out.bytes(keys.tidKey);
    out.num(ins.thread[i]);
    out.bytes(keys.lineArgs);
    out.num(ins.line[i]);
    out.bytes(keys.close);
    out.mark();
  }
}

function writeFlows(out: ByteSink, t: ModelTable, heads: { s: Uint8Array; f: Uint8Array }[], keys: Keys): void {
  const fl = t.flows;
  for (let i = 0; i < fl.count; i++) {
    const h = heads[fl.lock[i]];
    out.bytes(h.s);
    out.bytes(keys.idKey);
    out.num(i + 1);
    out.bytes(keys.tsKey);
    out.num(us(fl.fromTime[i], t.start));
    out.bytes(keys.tidKey);
    out.num(fl.fromThread[i]);
    out.bytes(keys.end);
    out.bytes(h.f);
    out.bytes(keys.idKey);
    out.num(i + 1);
    out.bytes(keys.tsKey);
    out.num(us(fl.toTime[i], t.start));
    out.bytes(keys.tidKey);
    out.num(fl.toThread[i]);
    out.bytes(keys.end);
    out.mark();
  }
}
