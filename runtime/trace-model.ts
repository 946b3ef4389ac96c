// From collected trace events (trace-events.ts) to what a thread did when: per-thread spans (running,
// waiting for a lock or a join, sleeping, holding a lock), print instants and release→acquire flows,
// all in typed columns (no object per span). The builder takes events in ticket order, in one batch
// (trace.ts) or a batch per drain while the program runs (trace-stream.ts).
import { WaitKind } from "./layout.js";
import { RELEASER_SHIFT, TRACE_LATE, type TraceColumns, TraceType } from "./trace-events.js";

export type SpanKind = "running" | "lock" | "join" | "sleep" | "input" | "other" | "hold";
export const KINDS: readonly SpanKind[] = ["running", "lock", "join", "sleep", "input", "other", "hold"];
const K_RUNNING = 0;
const K_LOCK = 1;
const K_JOIN = 2;
const K_SLEEP = 3;
const K_INPUT = 4;
const K_OTHER = 5;
const K_HOLD = 6;

/** Names for what the events only give as numbers. */
export interface TraceNames {
  lock(id: number): string | undefined;
  thread(ident: number): string | undefined;
}

/** Lock names that are shown as held: those bound to a variable (internal locks, e.g. a thread start's
 *  handshake or a Condition's waiter, are `<Lock ...>` and only show up as waits). */
function named(name: string | undefined): boolean {
  return name !== undefined && !name.startsWith("<");
}

/**
 * The indices of events `idx[0..k)` (all events when absent) in ticket order. Tickets are handed out
 * one by one (H.TRACE_SEQ), so they are nearly dense: a counting sort, no comparison sort over a million
 * events. A LATE event (a run's closing release or its open hold, trace-ring.ts) carries the ticket
 * counter's value when it happened and goes just before the event that took that ticket: releases
 * first, then acquires (a thread's run releases before it re-takes). So the sort's key is the ticket and
 * that rank (late release 0, late acquire 1, ticketed 2), counted in one pass and placed in another
 * (stable: equal keys keep collection order). A comparison sort is the fallback for sparse tickets.
 * (Plain loops over typed arrays, no closure or array of numbers: this runs cold, once per drain.)
 */
export function ticketOrder(c: TraceColumns, idx?: Int32Array, k = c.count): Int32Array {
  const n = k;
  const all = idx ?? identity(n);
  const order = new Int32Array(n);
  if (n === 0) return order;
  const { seq, type } = c;
  let min = 0xffffffff;
  let max = 0;
  for (let j = 0; j < n; j++) {
    const q = seq[all[j]];
    if (q < min) min = q;
    if (q > max) max = q;
  }
  const range = max - min + 1;
  if (range > 2 * n + 1024) {
    order.set(all.subarray(0, n));
    return order.sort((a, b) => seq[a] - seq[b] || rank(type[a]) - rank(type[b]) || a - b);
  }
  const at = new Int32Array(range * 3 + 1); // at[key + 1]: events with that key, then where key begins
  for (let j = 0; j < n; j++) {
    const i = all[j];
    at[(seq[i] - min) * 3 + rank(type[i]) + 1]++;
  }
  for (let key = 1; key < at.length; key++) at[key] += at[key - 1];
  for (let j = 0; j < n; j++) {
    const i = all[j];
    order[at[(seq[i] - min) * 3 + rank(type[i])]++] = i;
  }
  return order;
}

/** An event's rank among the events of its ticket (see ticketOrder). */
function rank(word: number): number {
  return (word & TRACE_LATE) === 0 ? 2 : (word & 0xff) === TraceType.Release ? 0 : 1;
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

function grownI32(a: Int32Array<ArrayBuffer>, size: number, fill = 0): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  if (fill !== 0) b.fill(fill);
  b.set(a);
  return b;
}

function grownF64(a: Float64Array<ArrayBuffer>, size: number, fill = 0): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  if (fill !== 0) b.fill(fill, a.length);
  b.set(a);
  return b;
}

/** The spans as columns: span i is thread[i], kind[i], ...; end NaN while open. */
export class SpanColumns {
  count = 0;
  thread = new Int32Array(1024);
  kind = new Uint8Array(1024);
  name = new Int32Array(1024);
  start = new Float64Array(1024);
  end = new Float64Array(1024);
  line = new Int32Array(1024);
  target = new Int32Array(1024);
  times = new Int32Array(1024);

  add(thread: number, kind: number, name: number, time: number, line: number, target: number): number {
    if (this.count === this.thread.length) this._grow();
    const k = this.count++;
    this.thread[k] = thread;
    this.kind[k] = kind;
    this.name[k] = name;
    this.start[k] = time;
    this.end[k] = NaN;
    this.line[k] = line;
    this.target[k] = target;
    this.times[k] = 1;
    return k;
  }

  private _grow(): void {
    const size = this.thread.length * 4;
    this.thread = grownI32(this.thread, size);
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    this.kind = kind;
    this.name = grownI32(this.name, size);
    this.start = grownF64(this.start, size);
    this.end = grownF64(this.end, size);
    this.line = grownI32(this.line, size);
    this.target = grownI32(this.target, size);
    this.times = grownI32(this.times, size);
  }
}

export class InstantColumns {
  count = 0;
  thread = new Int32Array(256);
  time = new Float64Array(256);
  name = new Int32Array(256);
  line = new Int32Array(256);

  add(thread: number, time: number, name: number, line: number): void {
    if (this.count === this.thread.length) {
      const size = this.count * 4;
      this.thread = grownI32(this.thread, size);
      this.time = grownF64(this.time, size);
      this.name = grownI32(this.name, size);
      this.line = grownI32(this.line, size);
    }
    const k = this.count++;
    this.thread[k] = thread;
    this.time[k] = time;
    this.name[k] = name;
    this.line[k] = line;
  }
}

export class FlowColumns {
  count = 0;
  lock = new Int32Array(256);
  fromThread = new Int32Array(256);
  fromTime = new Float64Array(256);
  toThread = new Int32Array(256);
  toTime = new Float64Array(256);

  add(lock: number, fromThread: number, fromTime: number, toThread: number, toTime: number): void {
    if (this.count === this.lock.length) {
      const size = this.count * 4;
      this.lock = grownI32(this.lock, size);
      this.fromThread = grownI32(this.fromThread, size);
      this.fromTime = grownF64(this.fromTime, size);
      this.toThread = grownI32(this.toThread, size);
      this.toTime = grownF64(this.toTime, size);
    }
    const k = this.count++;
    this.lock[k] = lock;
    this.fromThread[k] = fromThread;
    this.fromTime[k] = fromTime;
    this.toThread[k] = toThread;
    this.toTime[k] = toTime;
  }
}

/**
 * The model, built from events fed in ticket order: times are made monotonic along that order (workers'
 * clocks may disagree by a fraction of a ms, the tickets never do). `closed` lists spans as they end
 * (when `keepClosed`), for a writer that writes them while the program runs.
 */
export class ModelBuilder {
  /** Threads in start order. */
  readonly threads: { ident: number; name: string }[] = [];
  /** Span and instant names (span name[i] indexes it). */
  readonly names: string[] = [];
  readonly spans = new SpanColumns();
  readonly instants = new InstantColumns();
  readonly flows = new FlowColumns();
  start = Infinity;
  end = 0;
  closed: number[] = [];
  private readonly _nameIds = new Map<string, number>();
  private _last = -Infinity;
  // Per slot (reset when a thread starts on it) or per lock id: a span's index, -1 for none; typed
  // arrays, grown as ids come: looked up for every event, and a JIT keeps a loop fast on uniform types.
  private _threadOfSlot = new Int32Array(0);
  private _running = new Int32Array(0);
  private _waiting = new Int32Array(0);
  private _lastWait = new Int32Array(0);
  /** A lock wait's end, held until the thread's next event (NaN: none), and times per slot (see Acquire). */
  private _waitEnded = new Float64Array(0);
  private _lastTime = new Float64Array(0);
  private _beforeWait = new Float64Array(0);
  private _holds = new Int32Array(0);
  private _isNamed = new Int32Array(0); // 0: not known yet, 1: named (holds shown), 2: internal
  private _releaseThread = new Int32Array(0);
  private _releaseTime = new Float64Array(0);
  private _holdNames = new Int32Array(0);
  private _waitNames = new Int32Array(0);
  private readonly _n: Record<"running" | "sleep" | "input" | "wait" | "print" | "printErr", number>;

  constructor(
    private readonly _names: TraceNames,
    private readonly _keepClosed = false,
  ) {
    this._n = {
      running: this.nameId("running"),
      sleep: this.nameId("sleep"),
      input: this.nameId("input"),
      wait: this.nameId("wait"),
      print: this.nameId("print"),
      printErr: this.nameId("print (stderr)"),
    };
  }

  nameId(name: string): number {
    let id = this._nameIds.get(name);
    if (id === undefined) {
      this._nameIds.set(name, (id = this.names.length));
      this.names.push(name);
    }
    return id;
  }

  threadName(ident: number): string {
    return this._names.thread(ident) ?? `Thread ident ${ident}`;
  }

  lockName(id: number): string {
    return this._names.lock(id) ?? `<Lock ${id}>`;
  }

  private _slots(slot: number): void {
    const size = Math.max(slot + 1, this._threadOfSlot.length * 2, 8);
    this._threadOfSlot = grownI32(this._threadOfSlot, size, -1);
    this._running = grownI32(this._running, size, -1);
    this._waiting = grownI32(this._waiting, size, -1);
    this._lastWait = grownI32(this._lastWait, size, -1);
    this._waitEnded = grownF64(this._waitEnded, size, NaN);
    this._lastTime = grownF64(this._lastTime, size);
    this._beforeWait = grownF64(this._beforeWait, size);
  }

  private _locks(id: number): void {
    const size = Math.max(id + 1, this._holds.length * 2, 16);
    this._holds = grownI32(this._holds, size, -1);
    this._isNamed = grownI32(this._isNamed, size);
    this._releaseThread = grownI32(this._releaseThread, size, -1);
    this._releaseTime = grownF64(this._releaseTime, size);
    this._holdNames = grownI32(this._holdNames, size, -1);
    this._waitNames = grownI32(this._waitNames, size, -1);
  }

  private _holdName(id: number): number {
    if (this._holdNames[id] < 0) this._holdNames[id] = this.nameId(`hold ${this.lockName(id)}`);
    return this._holdNames[id];
  }

  private _waitName(id: number): number {
    if (this._waitNames[id] < 0) this._waitNames[id] = this.nameId(`wait for ${this.lockName(id)}`);
    return this._waitNames[id];
  }

  /**
   * Closes the lock wait that ended last on `slot`. When the thread then takes that lock (`acquired`) and
   * the wait began after the lock's last release, its stamp came late: the waiter saw the lock held before
   * that release (a release is stamped just before the lock word is freed, and a wait when the waiter is
   * about to sleep, a preemption later maybe), so the wait begins at the release, or at the thread's own
   * event before it if that came later.
   */
  private _endWait(slot: number, acquired: number): void {
    const s = this._lastWait[slot];
    const sp = this.spans;
    if (sp.target[s] === acquired && this._releaseThread[acquired] >= 0 && this._releaseTime[acquired] < sp.start[s]) {
      sp.start[s] = Math.max(this._releaseTime[acquired], this._beforeWait[slot]);
    }
    this._close(s, this._waitEnded[slot]);
    this._waitEnded[slot] = NaN;
  }

  private _close(s: number, time: number): void {
    this.spans.end[s] = time;
    if (this._keepClosed) this.closed.push(s);
  }

  /** Takes events order[from..to) (indices into c), which follow the ones fed before in ticket order. */
  feed(c: TraceColumns, order: Int32Array, from = 0, to = order.length): void {
    const sp = this.spans;
    for (let k = from; k < to; k++) {
      const i = order[k];
      const time = c.time[i] < this._last ? this._last : c.time[i];
      this._last = time;
      const slot = c.slot[i];
      const word = c.type[i];
      const arg = c.arg[i];
      const line = c.line[i];
      const type = word & 0xff;
      if (slot >= this._threadOfSlot.length) this._slots(slot);
      if (type === TraceType.Start) {
        this._threadOfSlot[slot] = arg;
        this.threads.push({ ident: arg, name: this.threadName(arg) });
        this._running[slot] = sp.add(arg, K_RUNNING, this._n.running, time, 0, 0);
        this._waiting[slot] = -1;
        this._lastWait[slot] = -1;
        if (time < this.start) this.start = time;
        continue;
      }
      const thread = this._threadOfSlot[slot];
      if (thread < 0) continue;
      if (!Number.isNaN(this._waitEnded[slot]) && type !== TraceType.Acquire) this._endWait(slot, NaN);
      const before = this._lastTime[slot];
      this._lastTime[slot] = time;
      if ((type === TraceType.Acquire || type === TraceType.Release || type === TraceType.WaitBegin) && arg >= this._holds.length) this._locks(arg);
      switch (type) {
        case TraceType.End: {
          const s = this._running[slot];
          if (s >= 0) this._close(s, time);
          this._running[slot] = -1;
          this._threadOfSlot[slot] = -1;
          break;
        }
        case TraceType.WaitBegin: {
          const kind = (word >> 8) & 0xf;
          let s: number;
          if (kind === WaitKind.Lock) s = sp.add(thread, K_LOCK, this._waitName(arg), time, line, arg);
          else if (kind === WaitKind.Join) s = sp.add(thread, K_JOIN, this.nameId(`join ${this.threadName(arg)}`), time, line, arg);
          else if (kind === WaitKind.Sleep) s = sp.add(thread, K_SLEEP, this._n.sleep, time, line, arg);
          else if (kind === WaitKind.Input) s = sp.add(thread, K_INPUT, this._n.input, time, line, arg);
          else s = sp.add(thread, K_OTHER, this._n.wait, time, line, arg);
          this._waiting[slot] = s;
          this._beforeWait[slot] = before;
          break;
        }
        case TraceType.WaitEnd: {
          const s = this._waiting[slot];
          if (s >= 0) {
            if (sp.kind[s] === K_LOCK) this._waitEnded[slot] = time;
            else this._close(s, time);
            this._lastWait[slot] = s;
          }
          this._waiting[slot] = -1;
          break;
        }
        case TraceType.Acquire: {
          const prev = this._lastWait[slot];
          if (!Number.isNaN(this._waitEnded[slot])) this._endWait(slot, arg);
          const from = this._releaseThread[arg];
          if (prev >= 0 && sp.kind[prev] === K_LOCK && sp.target[prev] === arg && sp.end[prev] <= time && from >= 0) {
            this.flows.add(arg, from, this._releaseTime[arg], thread, time);
          }
          this._lastWait[slot] = -1;
          if (this._isNamed[arg] === 0) this._isNamed[arg] = named(this._names.lock(arg)) ? 1 : 2;
          if (this._isNamed[arg] === 1) this._holds[arg] = sp.add(thread, K_HOLD, this._holdName(arg), time, line, arg);
          break;
        }
        case TraceType.Release: {
          const s = this._holds[arg];
          if (s >= 0) {
            // A run: the span is named for what it is, not one long hold (its first acquire to its last release).
            const times = line;
            if (times > 1) {
              sp.times[s] = times;
              sp.name[s] = this.nameId(`${this.names[sp.name[s]]} ×${times}`);
            }
            this._close(s, time);
          }
          this._holds[arg] = -1;
          // A run's release made by another thread names it (trace-ring.ts Hand-offs).
          const releaser = word >>> RELEASER_SHIFT;
          this._releaseThread[arg] = releaser === 0 ? thread : this._threadOfSlot[releaser - 1];
          this._releaseTime[arg] = time;
          break;
        }
        case TraceType.Print:
          this.instants.add(thread, time, arg === 2 ? this._n.printErr : this._n.print, line);
          break;
      }
    }
  }

  /** Spans still open end with the program (or the latest span's start); returns them. */
  finish(programEnd: number): number[] {
    const sp = this.spans;
    let end = programEnd;
    for (let s = 0; s < sp.count; s++) if (sp.start[s] > end) end = sp.start[s];
    const open: number[] = [];
    // A lock wait that ended as the trace did ends then, not with the program.
    for (let slot = 0; slot < this._waitEnded.length; slot++) {
      if (Number.isNaN(this._waitEnded[slot])) continue;
      sp.end[this._lastWait[slot]] = this._waitEnded[slot];
      this._waitEnded[slot] = NaN;
      open.push(this._lastWait[slot]);
    }
    for (let s = 0; s < sp.count; s++) {
      if (Number.isNaN(sp.end[s])) {
        sp.end[s] = end;
        open.push(s);
      }
    }
    this.end = end;
    if (this.start === Infinity) this.start = end;
    return open;
  }
}
