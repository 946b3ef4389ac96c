// The Chrome trace made while the program runs: after each drain (trace-ring.ts TraceCollector), the
// events whose place in ticket order is settled go through the model (trace-model.ts) and the spans
// they close, the prints and the hand-overs are written as bytes into memory (trace-chrome.ts). At the
// end only the last few milliseconds' events are left to do and the bytes are handed on: the host does
// the work on the core the program leaves idle instead of after it ended (the ping-pong's file is 30 MB).
//
// Settled: every event with a ticket below H, where H is the first ticket not collected yet (tickets
// are dense: an event dropped from a full ring takes none) and no later than any open run allows: a
// run's pending events (LATE) sort by the ticket counter's value when they happened, so H stays at or
// below the lowest of those a drain saw pending, and below the counter's value when the drain began
// (a run's later events have at least that): the collector's `floor`.
import { ByteSink, ChromeEncoder, EndOrderTracks } from "./trace-chrome.js";
import { TRACE_LATE, type TraceColumns } from "./trace-events.js";
import { ModelBuilder, type TraceNames, ticketOrder } from "./trace-model.js";

/** Tickets collected ahead of the first missing one are marked in a window this big (else: no stream). */
const WINDOW = 1 << 20;

export class TraceStream {
  private readonly _model: ModelBuilder;
  private readonly _chunks: Uint8Array[] = [];
  private readonly _out = new ByteSink((chunk) => this._chunks.push(chunk), 1 << 20, true);
  private readonly _encoder: ChromeEncoder;
  private readonly _tracks = new EndOrderTracks();
  /** Collected events not fed to the model yet (indices into the collector's columns). */
  private _waiting = new Int32Array(1 << 12);
  private _waitingCount = 0;
  /** The horizon of the last feed, and how many waiting events were known to be past it then: while
   *  the horizon stays (a run left open while other threads go on), only new events are looked at. */
  private _horizon = -1;
  private _known = 0;
  private _next = 0;
  private readonly _seen = new Uint8Array(WINDOW);
  private _instants = 0;
  private _flows = 0;
  /** False once the stream cannot go on (tickets too far ahead) or has ended: the batch path writes the file. */
  usable = true;

  constructor(private readonly _names: TraceNames) {
    this._model = new ModelBuilder(_names, true);
    this._encoder = new ChromeEncoder(this._out, this._model, (id) => _names.lock(id));
  }

  /** Events [from, to) of `c` were just collected (each slot's in ring order). */
  add(c: TraceColumns, from: number, to: number): void {
    if (!this.usable) return;
    const need = this._waitingCount + (to - from);
    if (need > this._waiting.length) {
      let size = this._waiting.length;
      while (size < need) size *= 4;
      const w = new Int32Array(size);
      w.set(this._waiting.subarray(0, this._waitingCount));
      this._waiting = w;
    }
    for (let i = from; i < to; i++) {
      this._waiting[this._waitingCount++] = i;
      if ((c.type[i] & TRACE_LATE) !== 0) continue;
      const q = c.seq[i];
      if (q < this._next) continue;
      if (q - this._next >= WINDOW) {
        this.usable = false;
        return;
      }
      this._seen[q & (WINDOW - 1)] = 1;
    }
    while (this._seen[this._next & (WINDOW - 1)] === 1) {
      this._seen[this._next & (WINDOW - 1)] = 0;
      this._next++;
    }
  }

  /** Feeds the settled events to the model and writes what they complete: tickets below `floor` only. */
  advance(c: TraceColumns, floor: number): void {
    if (!this.usable) return;
    this._feed(c, Math.min(this._next, floor));
  }

  private _feed(c: TraceColumns, horizon: number): void {
    // The settled events out of the waiting list (which keeps the rest, in collection order).
    const w = this._waiting;
    const from = horizon === this._horizon ? this._known : 0;
    this._horizon = horizon;
    const ready = new Int32Array(this._waitingCount - from);
    let k = 0;
    let kept = from;
    for (let j = from; j < this._waitingCount; j++) {
      const i = w[j];
      if (c.seq[i] < horizon) ready[k++] = i;
      else w[kept++] = i;
    }
    this._waitingCount = kept;
    this._known = kept;
    if (k === 0) return;
    this._model.feed(c, ticketOrder(c, ready, k));
    this._write();
  }

  /** Writes the spans closed, and the prints and hand-overs made, since last time. */
  private _write(): void {
    const m = this._model;
    const sp = m.spans;
    for (const s of m.closed) this._encoder.span(s, this._tracks.place(sp.thread[s], sp.start[s], sp.end[s]));
    m.closed.length = 0;
    for (; this._instants < m.instants.count; this._instants++) this._encoder.instant(this._instants);
    for (; this._flows < m.flows.count; this._flows++) this._encoder.flow(this._flows);
  }

  /**
   * The program ended: `c` holds every event (the open runs' pending ones past `committed`). Feeds the
   * rest, closes what is still open and hands on the whole file.
   */
  finish(c: TraceColumns, committed: number, end: number, file: string, dropped: number, write: (chunk: Uint8Array) => void): void {
    this.usable = false;
    const need = this._waitingCount + (c.count - committed);
    if (need > this._waiting.length) {
      const w = new Int32Array(need);
      w.set(this._waiting.subarray(0, this._waitingCount));
      this._waiting = w;
    }
    for (let i = committed; i < c.count; i++) this._waiting[this._waitingCount++] = i;
    this._feed(c, Infinity);
    const m = this._model;
    // Still open: they end together, inner ones (started later) placed first.
    const open = m.finish(end).sort((a, b) => m.spans.start[b] - m.spans.start[a] || b - a);
    m.closed.push(...open);
    this._write();
    this._out.flush();
    const head = new ByteSink(write, 1 << 16);
    ChromeEncoder.header(head, m, file);
    head.flush();
    for (const chunk of this._chunks) write(chunk);
    this._chunks.length = 0;
    this._encoder.trailer(new ByteSink(write, 1 << 16), file, dropped);
  }
}
