// The trace's per-thread rings in the shared buffer (present only when tracing is on, see layout.ts
// TRACE_*): each thread slot has one ring of fixed-size events, written by its thread (and, for a run's
// pending release, by the thread that releases its lock: Hand-offs below), that the host drains on a
// timer and at the end. A writer never blocks: a full ring drops the event and counts it.
//
// Ring: [written, read, dropped, pending, run, wait end's time, wait end's ticket, -] then `capacity`
// events of TRACE_EVENT_WORDS words: [time in µs since the clock origin (mod 2^32), type word, argument,
// Python line (Release: holds), ticket].
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
// file names as such (`hold lock ×N`); a hold with another event inside it (a print, another lock) is
// recorded one by one as before.
//
// Hand-offs. Two threads passing a pair of locks back and forth (the lesson's ping-pong: each takes its
// own lock, which the other releases) would write an acquire and a release per hand-off, 200 000
// events in the ping-pong bench, which the host must copy, order and write while sharing the two cores
// with the threads. So a run also goes on through a release by another thread and a wait for it:
// - the releaser writes the release into the holder's pending place (claiming the run's state word
//   first, so the holder's run cannot end meanwhile), with its own slot in the type word so the model
//   knows who released; the releaser's own run goes on, as nothing happened in its own ring;
// - a holder that waits (no timeout) for the release of its own hold keeps that wait's begin pending
//   too, past the run's two places: shown if the program ends in it (a self-deadlock), dropped if the
//   holder re-takes the lock as a run hold once it is released.
// The run's state word: 0 no run, else (lock + 1) << 2 | R_RELEASED, R_HELD or R_CLAIMED (a releaser
// is writing). Only R_HELD can be claimed, by compare-exchange; the holder ends a run by exchanging the
// word for 0, waiting out a claim.
import { H, type Layout, LI, LI_WAITER, LOCK_INFO_WORDS, TRACE_EVENT_WORDS, TRACE_RING_HEADER, WaitKind } from "./layout.js";
import { RELEASER_SHIFT, TRACE_LATE, type TraceColumns, type TraceEvent, TraceType } from "./trace-events.js";
import type { TraceNames } from "./trace-model.js";
import { TraceStream } from "./trace-stream.js";

export { columnsOf, TRACE_LATE, type TraceColumns, type TraceEvent, TraceType } from "./trace-events.js";

/** A run goes on while the lock is re-taken this soon after its release (µs): only tight loops merge. */
export const RUN_GAP_US = 20;

// Header words past written (0), read (1) and dropped (2).
const PENDING = 3; // bits 0-1: run events pending past `written` (its release, its open hold's acquire)
const P_COUNT = 3;
const P_WAIT = 4; // a wait for the run's own hold is pending at the third place
const P_WAIT_END = 8; // and it has ended (WAIT_END_AT: its time and ticket-counter value)
const RUN = 4;
const WAIT_END_AT = 5;
const R_RELEASED = 0;
const R_HELD = 1;
const R_CLAIMED = 2;
/** A run's places past `written`: release, open acquire, wait begin, wait end. */
const RUN_PLACES = 4;

const runWord = (lock: number, state: number): number => ((lock + 1) << 2) | state;

/**
 * Waits out another thread's claim on a run's state word (`at` holding `claimed`): a few stores, so a
 * spin; past that, the releaser was preempted inside, so sleep a ms at a time until it is done. Never
 * taken over: the releaser would then write into places the run's end has published.
 */
function awaitRelease(i32: Int32Array, at: number, claimed: number, spins: number): void {
  if (spins > 1000) Atomics.wait(i32, at, claimed, 1);
}
const RELEASE_LATE = TraceType.Release | TRACE_LATE;

/** The writing side, one per running thread (its slot's ring). */
export class TraceWriter {
  private readonly _events: number;
  private readonly _cap: number;
  private readonly _mask: number;
  private readonly _offset: number;
  /** The host's read count when last loaded: reloaded only when the ring looks full. */
  private _read = 0;
  /** The open run's line (its state is in the ring: other threads release into it). */
  private _runLine = 0;
  /** Word index of the open run's release and open acquire (its first two places). */
  private _p0 = 0;
  private _p1 = 0;
  /** Word index of the ring's pending and run words. */
  private readonly _pendingAt: number;
  private readonly _runAt: number;

  constructor(
    private readonly _i32: Int32Array,
    private readonly _ring: number,
    capacity: number,
    /** performance.timeOrigin of this worker minus the program's clock origin (ms). */
    clockOffset: number,
    private readonly _slot = 0,
    /** Where slot 0's ring begins and how far apart rings are (another thread's release goes into its run). */
    private readonly _base = _ring,
    private readonly _stride = 0,
    /** The lock info table's first word (layout.ts LI): which locks are waits to be notified. */
    private readonly _lockInfo = 0,
  ) {
    this._events = _ring + TRACE_RING_HEADER;
    this._pendingAt = _ring + PENDING;
    this._runAt = _ring + RUN;
    this._cap = capacity;
    this._mask = capacity - 1;
    this._offset = clockOffset;
  }

  static forSlot(layout: Layout, slot: number, clockOffset: number): TraceWriter | null {
    if (layout.traceEvents === 0) return null;
    const base = layout.traceRing(0);
    return new TraceWriter(layout.i32, layout.traceRing(slot), layout.traceEvents, clockOffset, slot, base, layout.traceRing(1) - base, layout.lockInfoWord(0, 0));
  }

  /** Any event but a lock's Acquire and Release (which have their own methods: the hot ones). */
  emit(type: number, arg: number, line: number): void {
    if (type === TraceType.Acquire) return this.acquire(arg, line);
    if (type === TraceType.Release) return this.release(arg);
    if ((type & 0xff) === TraceType.WaitBegin) {
      if (this._waitOwnHold(type, arg, line)) return;
    } else if (type === TraceType.WaitEnd) {
      const pending = Atomics.load(this._i32, this._ring + PENDING);
      if ((pending & (P_WAIT | P_WAIT_END)) === P_WAIT) {
        this._i32[this._ring + WAIT_END_AT] = this._now();
        this._i32[this._ring + WAIT_END_AT + 1] = Atomics.load(this._i32, H.TRACE_SEQ);
        Atomics.or(this._i32, this._ring + PENDING, P_WAIT_END);
        return;
      }
    }
    this._endRun();
    this._write(type, arg, line);
  }

  /** performance.now, bound once: the method's brand check costs a run's hold ~10 ns per read. */
  private readonly _clock = performance.now.bind(performance);

  private _now(): number {
    return ((this._offset + this._clock()) * 1000) | 0;
  }

  /** Word index of the event at ring position `w`. */
  private _at(w: number): number {
    return this._events + (w & this._mask) * TRACE_EVENT_WORDS;
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
    this._publish(w, type, arg, line);
    return true;
  }

  /** Writes the event at ring position `w` (the first unwritten), with its ticket, and publishes it. */
  private _publish(w: number, type: number, arg: number, line: number): void {
    const i32 = this._i32;
    const at = this._at(w);
    i32[at] = this._now();
    i32[at + 1] = type;
    i32[at + 2] = arg;
    i32[at + 3] = line;
    i32[at + 4] = Atomics.add(i32, H.TRACE_SEQ, 1);
    Atomics.store(i32, this._ring, (w + 1) | 0);
  }

  /**
   * Starts a run: its unpublished LATE events get the places just past the written ones (they do not
   * move while the run lasts: any other event of this thread ends it), with the words that stay the
   * same filled now, so each hold of the run writes only its time, count and ticket-counter value.
   */
  private _startRun(lock: number, line: number): void {
    const i32 = this._i32;
    const w = i32[this._ring];
    const p0 = (this._p0 = this._at(w));
    const p1 = (this._p1 = this._at(w + 1));
    i32[p0 + 2] = lock;
    i32[p0 + 3] = 0;
    i32[p1 + 1] = TraceType.Acquire | TRACE_LATE;
    i32[p1 + 2] = lock;
    i32[p1 + 3] = line;
    this._runLine = line;
    Atomics.store(i32, this._runAt, runWord(lock, R_HELD));
  }

  acquire(lock: number, line: number): void {
    const i32 = this._i32;
    // Plain reads of what a releaser wrote: its writes came before its release of the lock, and this
    // thread has just taken the lock (an atomic operation on the lock's word). The ticket counter too
    // (here and in a run's releases: Atomics.load is a call, ~10-20 ns, twice a hold): a ticket taken by
    // whoever held the lock in between was taken before that release, so it is seen; one taken by a thread
    // that is not synchronised with this one may be seen or not, and either order is the truth.
    const r = i32[this._runAt];
    if (r === runWord(lock, R_RELEASED) && this._runLine === line) {
      const p0 = this._p0;
      const t = this._now();
      const seq = i32[p0 + 4];
      // After a wait for this very release, the gap is the wake-up's: nothing else ran in it.
      if ((((t - i32[p0]) | 0) <= RUN_GAP_US || (i32[this._pendingAt] & P_WAIT) !== 0) && i32[H.TRACE_SEQ] === seq) {
        const p1 = this._p1;
        i32[p1] = t;
        i32[p1 + 4] = seq;
        i32[this._pendingAt] = 2; // any wait pending is dropped: it is part of the run
        // A plain store: a releaser claims only a hold it can release, which it learns of through the
        // lock's word, written after this.
        i32[this._runAt] = r | R_HELD;
        return;
      }
    }
    this._endRun();
    // A run needs room for its pending events; without it, holds are recorded one by one.
    if (this._write(TraceType.Acquire, lock, line) && this._room(i32[this._ring], RUN_PLACES)) this._startRun(lock, line);
  }

  /**
   * `locks` says who holds the lock (the lock table; absent: this thread), looked up only when this
   * thread's run does not hold it: then another thread may.
   */
  release(lock: number, locks?: { holder(id: number): number }): void {
    const i32 = this._i32;
    const r = i32[this._runAt];
    // A hold of the run is this thread's until released: a release by another goes through its state.
    if (r === runWord(lock, R_HELD) && i32[this._pendingAt] <= P_COUNT) {
      const p0 = this._p0;
      i32[p0] = this._now();
      if (i32[p0 + 1] !== RELEASE_LATE) i32[p0 + 1] = RELEASE_LATE; // was another thread's release
      i32[p0 + 3]++;
      i32[p0 + 4] = i32[H.TRACE_SEQ];
      i32[this._pendingAt] = 1;
      i32[this._runAt] = r & ~3;
      return;
    }
    const holder = locks ? locks.holder(lock) : this._slot;
    if (holder !== this._slot && ((holder >= 0 && this._stride > 0 && this._releaseInto(lock, this._base + holder * this._stride)) || this._writeInRun(TraceType.Release, lock, 1))) {
      return;
    }
    this._endRun();
    this._write(TraceType.Release, lock, 1);
  }

  /**
   * A release of another thread's lock, when it cannot go into that thread's run: written with its
   * ticket, this thread's own run going on (it sorts by its tickets, wherever its places are): else two
   * threads handing locks to each other would each end its run just before the other could release into
   * it. The run's places move up one past the new event, the run claimed meanwhile so that no releaser
   * writes into them. False when no run is open.
   */
  private _writeInRun(type: number, arg: number, line: number): boolean {
    const i32 = this._i32;
    const ring = this._ring;
    const r = this._takeRun(true);
    if (r === 0) return false;
    const w = i32[ring];
    if (this._room(w, RUN_PLACES + 1)) {
      for (let k = RUN_PLACES - 1; k >= 0; k--) {
        const from = this._at(w + k);
        i32.copyWithin(this._at(w + k + 1), from, from + TRACE_EVENT_WORDS);
      }
      this._p0 = this._at(w + 1);
      this._p1 = this._at(w + 2);
      this._publish(w, type, arg, line);
    } else Atomics.add(i32, ring + 2, 1);
    Atomics.store(i32, this._runAt, r);
    return true;
  }

  /**
   * Once no releaser holds a claim on this ring's run (awaitRelease), swaps its state word for a claim
   * of this thread's own (`claim`) or for 0 (the run ends). Returns the word it held (0: no run open).
   */
  private _takeRun(claim: boolean): number {
    const i32 = this._i32;
    for (let spins = 0; ; spins++) {
      const r = Atomics.load(i32, this._runAt);
      if (r === 0) return 0;
      if ((r & 3) === R_CLAIMED) awaitRelease(i32, this._runAt, r, spins);
      else if (Atomics.compareExchange(i32, this._runAt, r, claim ? (r & ~3) | R_CLAIMED : 0) === r) return r;
    }
  }

  /** Another thread's run holds `lock`: its hold ends here, in that run (see Hand-offs above). */
  private _releaseInto(lock: number, ring: number): boolean {
    const i32 = this._i32;
    const held = runWord(lock, R_HELD);
    if (Atomics.compareExchange(i32, ring + RUN, held, runWord(lock, R_CLAIMED)) !== held) return false;
    // `written` stays while the run lasts, and the run lasts while claimed.
    const p0 = ring + TRACE_RING_HEADER + (i32[ring] & this._mask) * TRACE_EVENT_WORDS;
    i32[p0] = this._now();
    i32[p0 + 1] = TraceType.Release | TRACE_LATE | ((this._slot + 1) << RELEASER_SHIFT);
    i32[p0 + 3]++;
    i32[p0 + 4] = i32[H.TRACE_SEQ];
    // The holder may be setting its wait bits meanwhile: the count changes atomically, bit by bit.
    Atomics.and(i32, ring + PENDING, ~P_COUNT);
    Atomics.or(i32, ring + PENDING, 1);
    Atomics.store(i32, ring + RUN, runWord(lock, R_RELEASED));
    return true;
  }

  /**
   * A wait with no timeout for the release of the run's own hold: pending (see Hand-offs above). Not a
   * wait to be notified (a Condition's waiter lock, a thread start's, LI_WAITER): those are always shown.
   */
  private _waitOwnHold(type: number, target: number, line: number): boolean {
    const i32 = this._i32;
    const ring = this._ring;
    if (((type >> 8) & 0xf) !== WaitKind.Lock || (type & (1 << 12)) !== 0) return false;
    if (this._lockInfo === 0 || (Atomics.load(i32, this._lockInfo + target * LOCK_INFO_WORDS + LI.ALLOC) & LI_WAITER) !== 0) return false;
    if ((i32[ring + PENDING] & P_WAIT) !== 0) return false;
    const r = Atomics.load(i32, ring + RUN);
    // Released already is the same wait: a release is recorded just before the lock word is freed. (Had
    // another thread taken the lock since, its Acquire would have moved the ticket counter.)
    const released = r === runWord(target, R_RELEASED) && Atomics.load(i32, H.TRACE_SEQ) === i32[this._p0 + 4];
    if (r !== runWord(target, R_HELD) && !released) return false;
    const p2 = this._at(i32[ring] + 2);
    i32[p2] = this._now();
    i32[p2 + 1] = type | TRACE_LATE;
    i32[p2 + 2] = target;
    i32[p2 + 3] = line;
    i32[p2 + 4] = Atomics.load(i32, H.TRACE_SEQ);
    Atomics.or(i32, ring + PENDING, P_WAIT);
    return true;
  }

  /**
   * Ends the open run (no thread can release into it after this) and publishes its pending events: its
   * release and open acquire, then a pending wait and its end, moved up to follow them. Read from the
   * ring: a thread's end is written by another writer.
   */
  private _endRun(): void {
    const i32 = this._i32;
    const ring = this._ring;
    this._takeRun(false);
    const pending = Atomics.load(i32, ring + PENDING);
    if (pending === 0) return;
    const w = i32[ring];
    let n = pending & P_COUNT;
    if ((pending & P_WAIT) !== 0) {
      const from = this._at(w + 2);
      const to = this._at(w + n);
      if (to !== from) i32.copyWithin(to, from, from + TRACE_EVENT_WORDS);
      n++;
      if ((pending & P_WAIT_END) !== 0) {
        const at = this._at(w + n);
        i32[at] = i32[ring + WAIT_END_AT];
        i32[at + 1] = TraceType.WaitEnd | TRACE_LATE;
        i32[at + 2] = 0;
        i32[at + 3] = 0;
        i32[at + 4] = i32[ring + WAIT_END_AT + 1];
        n++;
      }
    }
    i32[ring + PENDING] = 0;
    Atomics.store(i32, ring, (w + n) | 0);
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
    // The stream settles no event past what an open run may still publish: its pending events (LATE,
    // already happened), and any later one (its ticket-counter value at least this).
    const seq = Atomics.load(i32, H.TRACE_SEQ);
    let floor = Infinity;
    for (let slot = 0; slot < high; slot++) {
      const ring = layout.traceRing(slot);
      const run = Atomics.load(i32, ring + RUN);
      const w = Atomics.load(i32, ring);
      const pending = Atomics.load(i32, ring + PENDING);
      if (run !== 0 || pending !== 0) floor = Math.min(floor, seq, this._pendingFloor(ring, w, pending));
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
      this._stream.advance(this._cols, floor);
    }
    // The open runs go after the published events, to be overwritten by the next drain's: the run's
    // places, then a pending wait's begin (its end, if any, comes with the run's end).
    for (let k = 0; k < open.length; k += 3) {
      const slot = open[k];
      const w = open[k + 1];
      const pending = open[k + 2];
      this._copy(slot, w, (w + (pending & P_COUNT)) | 0, false);
      if ((pending & P_WAIT) !== 0) this._copy(slot, (w + 2) | 0, (w + 3) | 0, false);
    }
    this._tail = this._cols.count - count;
    this._cols.count = count;
    this._events = null;
  }

  /** The lowest ticket-counter value among a ring's pending events. */
  private _pendingFloor(ring: number, w: number, pending: number): number {
    const i32 = this._layout.i32;
    const at = (k: number) => ring + TRACE_RING_HEADER + (((w + k) | 0) & (this._layout.traceEvents - 1)) * TRACE_EVENT_WORDS + 4;
    let floor = Infinity;
    for (let k = 0; k < (pending & P_COUNT); k++) floor = Math.min(floor, i32[at(k)] >>> 0);
    if ((pending & P_WAIT) !== 0) floor = Math.min(floor, i32[at(2)] >>> 0);
    return floor;
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
