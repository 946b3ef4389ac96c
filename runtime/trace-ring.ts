// The trace's per-thread rings in the shared buffer (present only when tracing is on, see layout.ts
// TRACE_*): each thread slot has one single-writer ring of fixed-size events that the host drains on a
// timer and at the end. A writer never blocks: a full ring drops the event and counts it.
//
// Ring: [written, read, dropped, spare] then `capacity` events of TRACE_EVENT_WORDS words:
// [time in µs since the clock origin (mod 2^32), type word, argument, Python line].
import { H, type Layout, TRACE_EVENT_WORDS, TRACE_RING_HEADER } from "./layout.js";

/** Event types (low 8 bits of the type word). */
export const TraceType = {
  Start: 1, // arg: ident
  End: 2, // arg: ident
  Acquire: 3, // arg: lock id
  Release: 4, // arg: lock id
  WaitBegin: 5, // arg: target (lock id, ident, 0); bits 8-11: WaitKind, bit 12: timed
  WaitEnd: 6,
  Print: 7, // arg: stream
} as const;

/** The writing side, one per running thread (its slot's ring). */
export class TraceWriter {
  private readonly _events: number;
  private readonly _mask: number;
  private readonly _offset: number;

  constructor(
    private readonly _i32: Int32Array,
    private readonly _ring: number,
    capacity: number,
    /** performance.timeOrigin of this worker minus the program's clock origin (ms). */
    clockOffset: number,
  ) {
    this._events = _ring + TRACE_RING_HEADER;
    this._mask = capacity - 1;
    this._offset = clockOffset;
  }

  static forSlot(layout: Layout, slot: number, clockOffset: number): TraceWriter | null {
    if (layout.traceEvents === 0) return null;
    return new TraceWriter(layout.i32, layout.traceRing(slot), layout.traceEvents, clockOffset);
  }

  emit(type: number, arg: number, line: number): void {
    const i32 = this._i32;
    const ring = this._ring;
    const w = Atomics.load(i32, ring);
    if (w - Atomics.load(i32, ring + 1) > this._mask) {
      Atomics.add(i32, ring + 2, 1);
      return;
    }
    const at = this._events + (w & this._mask) * TRACE_EVENT_WORDS;
    i32[at] = ((this._offset + performance.now()) * 1000) | 0;
    i32[at + 1] = type;
    i32[at + 2] = arg;
    i32[at + 3] = line;
    i32[at + 4] = Atomics.add(i32, H.TRACE_SEQ, 1);
    Atomics.store(i32, ring, (w + 1) | 0);
  }
}

/** One event as the host collected it, `time` in ms since the clock origin. */
export interface TraceEvent {
  time: number;
  slot: number;
  type: number;
  arg: number;
  line: number;
  /** The event's ticket: sorting by it orders a release before the acquire it allowed. */
  seq: number;
}

/** The host's side: drains every slot's ring into one list (call often enough that rings do not fill). */
export class TraceCollector {
  readonly events: TraceEvent[] = [];
  dropped = 0;
  /** Per slot: the last raw time seen and the number of 2^32 µs wraps, to unwrap times. */
  private readonly _last: number[] = [];
  private readonly _wraps: number[] = [];

  constructor(private readonly _layout: Layout) {}

  drain(): void {
    const layout = this._layout;
    const cap = layout.traceEvents;
    if (cap === 0) return;
    const i32 = layout.i32;
    const high = Atomics.load(i32, H.HIGH_SLOT);
    for (let slot = 0; slot < high; slot++) {
      const ring = layout.traceRing(slot);
      const w = Atomics.load(i32, ring);
      let r = Atomics.load(i32, ring + 1);
      const base = ring + TRACE_RING_HEADER;
      while (r !== w) {
        const at = base + (r & (cap - 1)) * TRACE_EVENT_WORDS;
        const raw = i32[at] >>> 0;
        if (this._last[slot] !== undefined && raw < this._last[slot] && this._last[slot] - raw > 0x80000000) {
          this._wraps[slot] = (this._wraps[slot] ?? 0) + 1;
        }
        this._last[slot] = raw;
        const us = raw + (this._wraps[slot] ?? 0) * 0x100000000;
        this.events.push({ time: us / 1000, slot, type: i32[at + 1], arg: i32[at + 2], line: i32[at + 3], seq: i32[at + 4] >>> 0 });
        r = (r + 1) | 0;
      }
      Atomics.store(i32, ring + 1, r);
      const d = Atomics.exchange(i32, ring + 2, 0);
      this.dropped += d;
    }
  }
}
