// The trace's per-thread rings in the shared buffer (present only when tracing is on, see layout.ts
// TRACE_*): each thread slot has one single-writer ring of fixed-size events that the host drains on a
// timer and at the end. A writer never blocks: a full ring drops the event and counts it.
//
// Ring: [written, read, dropped, pending] then `capacity` events of TRACE_EVENT_WORDS words:
// [time in µs since the clock origin (mod 2^32), type word, argument, Python line (Release: holds), ticket].
//
// Runs. Most of a lock-heavy program's events are a thread taking the same lock again and again with
// no one else wanting it (`with lock: counter += 1` in a loop): 800 000 events for the counter bench,
// each a clock read, a shared ticket and a 40-byte span in the file. So a thread that re-takes the lock
// it just released, at the same line, within RUN_GAP_US, and with no event of any thread in between (the
// ticket counter unchanged: so no other thread took the lock meanwhile), extends a run instead: one
// hold span from the run's first acquire to its last release, that says how many holds it stands for.
// The run's closing events are kept, unpublished, just past the ring's written events (`pending` of
// them: the run's last release, and the acquire of a hold not yet released) and rewritten in place;
// the thread's next other event publishes them first. They carry no ticket of their own but the
// ticket counter's value when they happened, flagged LATE: they sort just before the event that took
// that ticket, which is exactly where they happened (see trace.ts ticketOrder). A run is a summary the
// file names as such (`hold lock ×N`); a hold that waited, a release another thread makes and any hold
// with another event inside it (a print, another lock) are recorded one by one as before.
import { H, type Layout, TRACE_EVENT_WORDS, TRACE_RING_HEADER } from "./layout.js";
import { TRACE_LATE, type TraceColumns, type TraceEvent, TraceType } from "./trace-events.js";
import type { TraceNames } from "./trace-model.js";
import { TraceStream } from "./trace-stream.js";

export { columnsOf, TRACE_LATE, type TraceColumns, type TraceEvent, TraceType } from "./trace-events.js";

/** A run goes on while the lock is re-taken this soon after its release (µs): only tight loops merge. */
export const RUN_GAP_US = 20;

const PENDING = 3; // header word: unpublished run events past `written`

/** The writing side, one per running thread (its slot's ring). */
export class TraceWriter {
  private readonly _events: number;
  private readonly _cap: number;
  private readonly _mask: number;
  private readonly _offset: number;
  /** The host's read count when last loaded: reloaded only when the ring looks full. */
  private _read = 0;
  // The open run: its lock (-1: none), line, whether its latest hold is still held, holds released so
  // far, and its last release's time and ticket-counter value.
  private _runLock = -1;
  private _runLine = 0;
  private _runHeld = false;
  private _runTimes = 0;
  private _relTime = 0;
  private _relSeq = 0;
  /** Word index of the run's pending release (0) and open hold's acquire (1) in the ring. */
  private _p0 = 0;
  private _p1 = 0;

  constructor(
    private readonly _i32: Int32Array,
    private readonly _ring: number,
    capacity: number,
    /** performance.timeOrigin of this worker minus the program's clock origin (ms). */
    clockOffset: number,
  ) {
    this._events = _ring + TRACE_RING_HEADER;
    this._cap = capacity;
    this._mask = capacity - 1;
    this._offset = clockOffset;
  }

  static forSlot(layout: Layout, slot: number, clockOffset: number): TraceWriter | null {
    if (layout.traceEvents === 0) return null;
    return new TraceWriter(layout.i32, layout.traceRing(slot), layout.traceEvents, clockOffset);
  }

  /** Any event but a lock's Acquire and Release (which have their own methods: the hot ones). */
  emit(type: number, arg: number, line: number): void {
    if (type === TraceType.Acquire) this.acquire(arg, line);
    else if (type === TraceType.Release) this.release(arg);
    else {
      this._endRun();
      this._write(type, arg, line);
    }
  }

  /** performance.now, bound once: the method's brand check costs a run's hold ~10 ns per read. */
  private readonly _clock = performance.now.bind(performance);

  private _now(): number {
    return ((this._offset + this._clock()) * 1000) | 0;
  }

  /** Whether `k` more events fit after the first `w`. */
  private _room(w: number, k: number): boolean {
    if (((w - this._read) | 0) + k <= this._cap) return true;
    this._read = Atomics.load(this._i32, this._ring + 1);
    return ((w - this._read) | 0) + k <= this._cap;
  }

  /** One event, ticketed and published at once. */
  private _write(type: number, arg: number, line: number): boolean {
    const i32 = this._i32;
    const ring = this._ring;
    const w = i32[ring]; // a plain read: this thread is the ring's only writer
    if (!this._room(w, 1)) {
      Atomics.add(i32, ring + 2, 1);
      return false;
    }
    const at = this._events + (w & this._mask) * TRACE_EVENT_WORDS;
    i32[at] = this._now();
    i32[at + 1] = type;
    i32[at + 2] = arg;
    i32[at + 3] = line;
    i32[at + 4] = Atomics.add(i32, H.TRACE_SEQ, 1);
    Atomics.store(i32, ring, (w + 1) | 0);
    return true;
  }

  /**
   * Starts a run: its two unpublished LATE events get the places just past the written ones (they do
   * not move while the run lasts: any other event ends it), with the words that stay the same filled now,
   * so each hold of the run writes only its time, count and ticket-counter value.
   */
  private _startRun(lock: number, line: number): void {
    const i32 = this._i32;
    const w = i32[this._ring];
    const p0 = (this._p0 = this._events + (w & this._mask) * TRACE_EVENT_WORDS);
    const p1 = (this._p1 = this._events + ((w + 1) & this._mask) * TRACE_EVENT_WORDS);
    i32[p0 + 1] = TraceType.Release | TRACE_LATE;
    i32[p0 + 2] = lock;
    i32[p1 + 1] = TraceType.Acquire | TRACE_LATE;
    i32[p1 + 2] = lock;
    i32[p1 + 3] = line;
    this._runLock = lock;
    this._runLine = line;
    this._runHeld = true;
    this._runTimes = 0;
  }

  acquire(lock: number, line: number): void {
    if (this._runLock === lock && !this._runHeld && this._runLine === line) {
      const t = this._now();
      const i32 = this._i32;
      if (((t - this._relTime) | 0) <= RUN_GAP_US && Atomics.load(i32, H.TRACE_SEQ) === this._relSeq) {
        const p1 = this._p1;
        i32[p1] = t;
        i32[p1 + 4] = this._relSeq;
        i32[this._ring + PENDING] = 2;
        this._runHeld = true;
        return;
      }
    }
    this._endRun();
    // A run needs room for its two pending events; without it, holds are recorded one by one.
    if (this._write(TraceType.Acquire, lock, line) && this._room(this._i32[this._ring], 2)) this._startRun(lock, line);
  }

  release(lock: number): void {
    if (this._runLock === lock && this._runHeld) {
      const t = this._now();
      const i32 = this._i32;
      const seq = Atomics.load(i32, H.TRACE_SEQ);
      const p0 = this._p0;
      i32[p0] = t;
      i32[p0 + 3] = ++this._runTimes;
      i32[p0 + 4] = seq;
      i32[this._ring + PENDING] = 1;
      this._runHeld = false;
      this._relTime = t;
      this._relSeq = seq;
      return;
    }
    this._endRun();
    this._write(TraceType.Release, lock, 1);
  }

  /** Publishes the run's pending events (read from the ring: a thread's end is written by another writer). */
  private _endRun(): void {
    this._runLock = -1;
    const i32 = this._i32;
    const pending = i32[this._ring + PENDING];
    if (pending === 0) return;
    i32[this._ring + PENDING] = 0;
    Atomics.store(i32, this._ring, (i32[this._ring] + pending) | 0);
  }
}

/**
 * The host's side: drains every slot's ring into typed columns (call often enough that rings do not
 * fill). A drain copies words and allocates nothing per event: the host shares two cores with the
 * workers it traces, and a million small objects cost it more in GC than the workers spend emitting.
 */
export class TraceCollector {
  dropped = 0;
  private _cols: TraceColumns = grow(null, 1 << 14);
  /** Events past `_cols.count`: the open runs' pending events as of the last drain (rebuilt each drain). */
  private _tail = 0;
  private _events: TraceEvent[] | null = null;
  /** Per slot: the last raw time seen and the number of 2^32 µs wraps, to unwrap times. */
  private readonly _last: number[] = [];
  private readonly _wraps: number[] = [];

  /** The Chrome file made as events come (when names for locks and threads are given). */
  private readonly _stream: TraceStream | null;

  constructor(
    private readonly _layout: Layout,
    names?: TraceNames,
  ) {
    this._stream = names ? new TraceStream(names) : null;
  }

  /** The published events, then each thread's open run as it was at the last drain. */
  get columns(): TraceColumns {
    const c = this._cols;
    const live = this._stream?.usable ? { stream: this._stream, committed: c.count } : undefined;
    return this._tail === 0 && !live ? c : { ...c, count: c.count + this._tail, live };
  }

  /** The events as objects (made on first use after a drain; the columns are the cheap form). */
  get events(): TraceEvent[] {
    const c = this.columns;
    if (this._events && this._events.length === c.count) return this._events;
    const out: TraceEvent[] = new Array(c.count);
    for (let i = 0; i < c.count; i++) {
      out[i] = { time: c.time[i], slot: c.slot[i], type: c.type[i], arg: c.arg[i], line: c.line[i], seq: c.seq[i] };
    }
    return (this._events = out);
  }

  drain(): void {
    const layout = this._layout;
    const cap = layout.traceEvents;
    if (cap === 0) return;
    const i32 = layout.i32;
    const high = Atomics.load(i32, H.HIGH_SLOT);
    const first = this._cols.count;
    const open: number[] = []; // slot, written, pending
    for (let slot = 0; slot < high; slot++) {
      const ring = layout.traceRing(slot);
      const w = Atomics.load(i32, ring);
      const pending = Atomics.load(i32, ring + PENDING);
      if (pending !== 0) open.push(slot, w, pending);
      const r = Atomics.load(i32, ring + 1);
      if (r === w) continue;
      this._copy(slot, r, w, true);
      Atomics.store(i32, ring + 1, w);
      this.dropped += Atomics.exchange(i32, ring + 2, 0);
    }
    const count = this._cols.count;
    if (this._stream !== null && count > first) {
      this._stream.add(this._cols, first, count);
      this._stream.advance(this._cols);
    }
    // The open runs go after the published events, to be overwritten by the next drain's.
    for (let k = 0; k < open.length; k += 3) this._copy(open[k], open[k + 1], (open[k + 1] + open[k + 2]) | 0, false);
    this._tail = this._cols.count - count;
    this._cols.count = count;
    this._events = null;
  }

  /** Appends ring events [from, to) of `slot` to the columns; `commit`: they are consumed (times unwrap on). */
  private _copy(slot: number, from: number, to: number, commit: boolean): void {
    const layout = this._layout;
    const cap = layout.traceEvents;
    const i32 = layout.i32;
    let c = this._cols;
    const need = c.count + ((to - from) >>> 0);
    if (need > c.time.length) c = this._cols = grow(c, need);
    const base = layout.traceRing(slot) + TRACE_RING_HEADER;
    let last = this._last[slot] ?? -1;
    let wraps = this._wraps[slot] ?? 0;
    let n = c.count;
    for (let r = from; r !== to; r = (r + 1) | 0) {
      const at = base + (r & (cap - 1)) * TRACE_EVENT_WORDS;
      const raw = i32[at] >>> 0;
      if (last >= 0 && raw < last && last - raw > 0x80000000) wraps++;
      last = raw;
      c.time[n] = (raw + wraps * 0x100000000) / 1000;
      c.slot[n] = slot;
      c.type[n] = i32[at + 1];
      c.arg[n] = i32[at + 2];
      c.line[n] = i32[at + 3];
      c.seq[n] = i32[at + 4] >>> 0;
      n++;
    }
    c.count = n;
    if (commit) {
      this._last[slot] = last;
      this._wraps[slot] = wraps;
    }
  }
}

function grow(old: TraceColumns | null, need: number): TraceColumns {
  let size = old ? old.time.length : 16;
  while (size < need) size *= 4; // fewer copies of a long trace's columns
  const c: TraceColumns = {
    count: old ? old.count : 0,
    time: new Float64Array(size),
    slot: new Int32Array(size),
    type: new Int32Array(size),
    arg: new Int32Array(size),
    line: new Int32Array(size),
    seq: new Uint32Array(size),
  };
  if (old) {
    c.time.set(old.time.subarray(0, old.count));
    c.slot.set(old.slot.subarray(0, old.count));
    c.type.set(old.type.subarray(0, old.count));
    c.arg.set(old.arg.subarray(0, old.count));
    c.line.set(old.line.subarray(0, old.count));
    c.seq.set(old.seq.subarray(0, old.count));
  }
  return c;
}
