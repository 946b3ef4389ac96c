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

/** The collected events as columns (event i is time[i], slot[i], ...; `count` of them): no object per event. */
export interface TraceColumns {
  count: number;
  time: Float64Array;
  slot: Int32Array;
  type: Int32Array;
  arg: Int32Array;
  line: Int32Array;
  seq: Uint32Array;
}

/** Columns from event objects (a TraceData made by hand). */
export function columnsOf(events: readonly TraceEvent[]): TraceColumns {
  const n = events.length;
  const c: TraceColumns = {
    count: n,
    time: new Float64Array(n),
    slot: new Int32Array(n),
    type: new Int32Array(n),
    arg: new Int32Array(n),
    line: new Int32Array(n),
    seq: new Uint32Array(n),
  };
  events.forEach((e, i) => {
    c.time[i] = e.time;
    c.slot[i] = e.slot;
    c.type[i] = e.type;
    c.arg[i] = e.arg;
    c.line[i] = e.line;
    c.seq[i] = e.seq;
  });
  return c;
}

/**
 * The host's side: drains every slot's ring into typed columns (call often enough that rings do not
 * fill). A drain copies words and allocates nothing per event: the host shares two cores with the
 * workers it traces, and a million small objects cost it more in GC than the workers spend emitting.
 */
export class TraceCollector {
  dropped = 0;
  private _cols: TraceColumns = grow(null, 1 << 14);
  private _events: TraceEvent[] | null = null;
  /** Per slot: the last raw time seen and the number of 2^32 µs wraps, to unwrap times. */
  private readonly _last: number[] = [];
  private readonly _wraps: number[] = [];

  constructor(private readonly _layout: Layout) {}

  get columns(): TraceColumns {
    return this._cols;
  }

  /** The events as objects (made on first use after a drain; the columns are the cheap form). */
  get events(): TraceEvent[] {
    const c = this._cols;
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
    for (let slot = 0; slot < high; slot++) {
      const ring = layout.traceRing(slot);
      const w = Atomics.load(i32, ring);
      let r = Atomics.load(i32, ring + 1);
      if (r === w) continue;
      let c = this._cols;
      const need = c.count + ((w - r) >>> 0);
      if (need > c.time.length) c = this._cols = grow(c, need);
      const base = ring + TRACE_RING_HEADER;
      let last = this._last[slot] ?? -1;
      let wraps = this._wraps[slot] ?? 0;
      let n = c.count;
      while (r !== w) {
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
        r = (r + 1) | 0;
      }
      c.count = n;
      this._last[slot] = last;
      this._wraps[slot] = wraps;
      Atomics.store(i32, ring + 1, r);
      const d = Atomics.exchange(i32, ring + 2, 0);
      this.dropped += d;
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
