// What the trace's rings hold, as the host collects it (trace-ring.ts writes and drains the rings,
// trace-model.ts orders the events and makes spans of them).
import type { TraceStream } from "./trace-stream.js";

/** Event types (low 8 bits of the type word). */
export const TraceType = {
  Start: 1, // arg: ident
  End: 2, // arg: ident
  Acquire: 3, // arg: lock id
  Release: 4, // arg: lock id; line word: how many holds the span it ends stands for (a run's, else 1)
  WaitBegin: 5, // arg: target (lock id, ident, 0); bits 8-11: WaitKind, bit 12: timed
  WaitEnd: 6,
  Print: 7, // arg: stream
} as const;

/** Type word flag: the event took no ticket; its ticket word is the counter's value when it happened. */
export const TRACE_LATE = 1 << 13;
/** Type word bits 16+ of a run's release made by another thread than the holder: that thread's slot + 1. */
export const RELEASER_SHIFT = 16;

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
  /** The file being made while the program ran (trace-stream.ts), and how many events it had been given. */
  live?: { stream: TraceStream; committed: number };
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
