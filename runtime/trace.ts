// From the raw trace events (trace-ring.ts) to what a thread did when: per-thread spans (running,
// waiting for a lock or a join, sleeping, holding a lock), print instants and release→acquire flows;
// then to a Chrome Trace Event file (Perfetto, chrome://tracing). timeline.ts draws the same model.
import { WaitKind } from "./layout.js";
import type { TraceData } from "./program.js";
import { columnsOf, type TraceColumns, TraceType } from "./trace-ring.js";

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
 * nearly dense: each event goes straight to its place (no comparison sort over a million events);
 * a sort is the fallback for sparse or repeated tickets.
 */
function ticketOrder(c: TraceColumns): Int32Array {
  const n = c.count;
  const order = new Int32Array(n);
  if (n === 0) return order;
  let min = 0xffffffff;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const q = c.seq[i];
    if (q < min) min = q;
    if (q > max) max = q;
  }
  const range = max - min + 1;
  if (range <= 2 * n + 1024) {
    const place = new Int32Array(range).fill(-1);
    let dense = true;
    for (let i = 0; i < n && dense; i++) {
      const at = c.seq[i] - min;
      if (place[at] !== -1) dense = false;
      else place[at] = i;
    }
    if (dense) {
      let k = 0;
      for (let j = 0; j < range; j++) if (place[j] !== -1) order[k++] = place[j];
      return order;
    }
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => c.seq[a] - c.seq[b] || a - b);
}

export function buildModel(data: TraceData): TraceModel {
  // One order for all threads: the events' tickets (workers' clocks may disagree by a fraction of a ms,
  // the tickets never do). Times are then made monotonic along that order.
  const c = data.columns ?? columnsOf(data.events);
  const order = ticketOrder(c);
  const threadOfSlot = new Map<number, number>();
  const threadName = (ident: number) => data.threads.get(ident)?.name ?? `Thread ident ${ident}`;
  const lockName = (id: number) => data.locks.get(id) ?? `<Lock ${id}>`;
  // Span names, made once per lock (a counter's trace has a hold span per increment).
  const holdNames = new Map<number, string>();
  const waitNames = new Map<number, string>();
  const holdName = (id: number) => holdNames.get(id) ?? (holdNames.set(id, `hold ${lockName(id)}`), holdNames.get(id)!);
  const waitName = (id: number) => waitNames.get(id) ?? (waitNames.set(id, `wait for ${lockName(id)}`), waitNames.get(id)!);
  const spans: Span[] = [];
  const instants: Instant[] = [];
  const flows: Flow[] = [];
  const threads: { ident: number; name: string }[] = [];
  const running = new Map<number, Span>();
  const waiting = new Map<number, Span>();
  const lastWait = new Map<number, Span>();
  const holds = new Map<number, Span>();
  const lastRelease = new Map<number, { thread: number; time: number }>();
  let start = Infinity;
  let last = -Infinity;
  const e = { time: 0, slot: 0, type: 0, arg: 0, line: 0 };
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const time = c.time[i] < last ? last : c.time[i];
    last = time;
    e.time = time;
    e.slot = c.slot[i];
    e.type = c.type[i];
    e.arg = c.arg[i];
    e.line = c.line[i];
    const type = e.type & 0xff;
    if (type === TraceType.Start) {
      threadOfSlot.set(e.slot, e.arg);
      threads.push({ ident: e.arg, name: threadName(e.arg) });
      const s: Span = { thread: e.arg, kind: "running", name: "running", start: e.time, end: NaN, line: 0, target: 0 };
      running.set(e.arg, s);
      spans.push(s);
      start = Math.min(start, e.time);
      continue;
    }
    const thread = threadOfSlot.get(e.slot);
    if (thread === undefined) continue;
    switch (type) {
      case TraceType.End: {
        const s = running.get(thread);
        if (s) s.end = e.time;
        running.delete(thread);
        threadOfSlot.delete(e.slot);
        break;
      }
      case TraceType.WaitBegin: {
        const kind = (e.type >> 8) & 0xf;
        let s: Span;
        if (kind === WaitKind.Lock) s = mk(thread, "lock", waitName(e.arg), e);
        else if (kind === WaitKind.Join) s = mk(thread, "join", `join ${threadName(e.arg)}`, e);
        else if (kind === WaitKind.Sleep) s = mk(thread, "sleep", "sleep", e);
        else if (kind === WaitKind.Input) s = mk(thread, "input", "input", e);
        else s = mk(thread, "other", "wait", e);
        waiting.set(thread, s);
        spans.push(s);
        break;
      }
      case TraceType.WaitEnd: {
        const s = waiting.get(thread);
        if (s) {
          s.end = e.time;
          lastWait.set(thread, s);
        }
        waiting.delete(thread);
        break;
      }
      case TraceType.Acquire: {
        const prev = lastWait.get(thread);
        const released = lastRelease.get(e.arg);
        if (prev && prev.kind === "lock" && prev.target === e.arg && prev.end <= e.time && released) {
          flows.push({ id: flows.length + 1, lock: e.arg, from: released, to: { thread, time: e.time } });
        }
        lastWait.delete(thread);
        if (named(data.locks.get(e.arg))) {
          const s = mk(thread, "hold", holdName(e.arg), e);
          holds.set(e.arg, s);
          spans.push(s);
        }
        break;
      }
      case TraceType.Release: {
        const s = holds.get(e.arg);
        if (s) s.end = e.time;
        holds.delete(e.arg);
        lastRelease.set(e.arg, { thread, time: e.time });
        break;
      }
      case TraceType.Print:
        instants.push({ thread, time: e.time, name: e.arg === 2 ? "print (stderr)" : "print", line: e.line });
        break;
    }
  }
  let end = data.end;
  for (const s of spans) if (s.start > end) end = s.start;
  for (const s of spans) if (Number.isNaN(s.end)) s.end = end;
  return { threads, spans, instants, flows, start: start === Infinity ? end : start, end };
}

function mk(thread: number, kind: SpanKind, name: string, e: { time: number; arg: number; line: number }): Span {
  return { thread, kind, name, start: e.time, end: NaN, line: e.line, target: e.arg };
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

/** The Chrome Trace Event file (JSON object format). */
export function toChromeTrace(data: TraceData): object {
  let text = "";
  writeChromeTrace(data, (chunk) => (text += chunk));
  return JSON.parse(text) as object;
}

/**
 * The same file as text, in chunks of about `chunkChars` (the CLI writes each as it comes): no array of
 * a million event objects and no one giant string. Events are written from templates (the names'
 * JSON is made once per distinct name), several times faster than JSON.stringify per event object.
 */
export function writeChromeTrace(data: TraceData, write: (chunk: string) => void, chunkChars = 1 << 20): void {
  let buf = '{"traceEvents":[';
  let first = true;
  const emit = (json: string) => {
    buf += first ? json : "," + json;
    first = false;
    if (buf.length >= chunkChars) {
      write(buf);
      buf = "";
    }
  };
  const quoted = new Map<string, string>();
  const q = (name: string) => {
    let j = quoted.get(name);
    if (j === undefined) quoted.set(name, (j = JSON.stringify(name)));
    return j;
  };
  const model = buildModel(data);
  const us = (ms: number) => Math.round((ms - model.start) * 1000 * 1000) / 1000;
  emit(JSON.stringify({ name: "process_name", ph: "M", pid: PID, tid: 0, args: { name: `pyt ${data.file}` } }));
  const tracks = assignTracks(model.spans);
  const tid = (thread: number, k: number) => thread + k * TRACK_STRIDE;
  const named = new Set<number>();
  for (let i = 0; i < model.threads.length; i++) {
    const t = model.threads[i];
    emit(JSON.stringify({ name: "thread_name", ph: "M", pid: PID, tid: t.ident, args: { name: t.name } }));
    emit(JSON.stringify({ name: "thread_sort_index", ph: "M", pid: PID, tid: t.ident, args: { sort_index: i * 100 } }));
    named.add(t.ident);
  }
  const nameOf = new Map(model.threads.map((t, i) => [t.ident, { name: t.name, index: i }]));
  for (let i = 0; i < model.spans.length; i++) {
    const s = model.spans[i];
    const k = tracks[i];
    const id = tid(s.thread, k);
    if (!named.has(id)) {
      named.add(id);
      const t = nameOf.get(s.thread);
      emit(JSON.stringify({ name: "thread_name", ph: "M", pid: PID, tid: id, args: { name: `${t?.name ?? s.thread} (locks ${k})` } }));
      emit(JSON.stringify({ name: "thread_sort_index", ph: "M", pid: PID, tid: id, args: { sort_index: (t?.index ?? 0) * 100 + k } }));
    }
    const ts = us(s.start);
    const dur = Math.round((us(s.end) - ts) * 1000) / 1000;
    const args = s.line > 0 ? `{"line":${s.line}}` : "{}";
    emit(`{"name":${q(s.name)},"cat":"${s.kind}","ph":"X","ts":${ts},"dur":${dur},"pid":${PID},"tid":${id},"args":${args}}`);
  }
  for (const p of model.instants) {
    emit(`{"name":${q(p.name)},"cat":"print","ph":"i","s":"t","ts":${us(p.time)},"pid":${PID},"tid":${p.thread},"args":{"line":${p.line}}}`);
  }
  for (const f of model.flows) {
    const name = q(`${data.locks.get(f.lock) ?? "lock"} handed over`);
    emit(`{"name":${name},"cat":"lock","ph":"s","id":${f.id},"ts":${us(f.from.time)},"pid":${PID},"tid":${f.from.thread}}`);
    emit(`{"name":${name},"cat":"lock","ph":"f","bp":"e","id":${f.id},"ts":${us(f.to.time)},"pid":${PID},"tid":${f.to.thread}}`);
  }
  buf += `],"displayTimeUnit":"ms","otherData":${JSON.stringify({ file: data.file, droppedEvents: data.dropped })}}`;
  write(buf);
}
