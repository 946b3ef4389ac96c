// The trace's renderings from a program's TraceData: the model as objects (buildModel: per-thread spans,
// print instants, release→acquire flows; timeline.ts draws it) and the Chrome Trace Event file
// (Perfetto, chrome://tracing). The work is in trace-model.ts (events to spans), trace-chrome.ts (spans
// to the file's bytes) and trace-stream.ts (both while the program runs).
import type { TraceData } from "./program.js";
import { ByteSink, ChromeEncoder, tracksOf } from "./trace-chrome.js";
import { columnsOf, type TraceColumns } from "./trace-events.js";
import { KINDS, ModelBuilder, type SpanKind, ticketOrder } from "./trace-model.js";

export type { SpanKind } from "./trace-model.js";

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

/** The model from all the events at once, in ticket order. */
function build(data: TraceData): { model: ModelBuilder; columns: TraceColumns } {
  const c = data.columns ?? columnsOf(data.events);
  const model = new ModelBuilder({ lock: (id) => data.locks.get(id), thread: (ident) => data.threads.get(ident)?.name });
  model.feed(c, ticketOrder(c));
  model.finish(data.end);
  return { model, columns: c };
}

export function buildModel(data: TraceData): TraceModel {
  const { model: t } = build(data);
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

/** The Chrome Trace Event file (JSON object format). */
export function toChromeTrace(data: TraceData): object {
  const decoder = new TextDecoder();
  let text = "";
  writeChromeTrace(data, (chunk) => (text += decoder.decode(chunk, { stream: true })));
  return JSON.parse(text + decoder.decode()) as object;
}

/**
 * The same file as UTF-8 bytes, in chunks of about `chunkBytes` (the CLI writes each to the file as it
 * comes; a chunk is only valid during the call: buffers are reused). A Program's trace was mostly
 * written while it ran (trace-stream.ts): what is left is done now, once. Otherwise (a TraceData made by
 * hand, or written twice) the model is built from all the events.
 */
export function writeChromeTrace(data: TraceData, write: (chunk: Uint8Array) => void, chunkBytes = 4 << 20): void {
  const live = data.columns?.live;
  if (live?.stream.usable) {
    live.stream.finish(data.columns!, live.committed, data.end, data.file, data.dropped, write);
    return;
  }
  const { model } = build(data);
  const out = new ByteSink(write, chunkBytes);
  const encoder = new ChromeEncoder(out, model, (id) => data.locks.get(id));
  ChromeEncoder.header(out, model, data.file);
  writeAll(encoder, model);
  encoder.trailer(out, data.file, data.dropped);
}

// Each loop in a function of its own: a JIT optimizes a loop once it has run a while, and a function
// whose next loop has not run yet would be thrown out of optimized code there (written once, cold).
function writeAll(encoder: ChromeEncoder, model: ModelBuilder): void {
  const tracks = tracksOf(model.spans);
  writeSpans(encoder, tracks);
  writeInstants(encoder, model.instants.count);
  writeFlows(encoder, model.flows.count);
}

function writeSpans(encoder: ChromeEncoder, tracks: Int32Array): void {
  for (let i = 0; i < tracks.length; i++) encoder.span(i, tracks[i]);
}

function writeInstants(encoder: ChromeEncoder, n: number): void {
  for (let i = 0; i < n; i++) encoder.instant(i);
}

function writeFlows(encoder: ChromeEncoder, n: number): void {
  for (let i = 0; i < n; i++) encoder.flow(i);
}
