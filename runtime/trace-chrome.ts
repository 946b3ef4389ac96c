// The Chrome Trace Event file (JSON object format, opened by Perfetto and chrome://tracing) from the
// model's columns (trace-model.ts), as UTF-8 bytes: no object per event and no string per event. Names
// are encoded once each; numbers are written digit by digit.
import { KINDS, type ModelBuilder, type SpanColumns } from "./trace-model.js";

export const PID = 1;
/** A thread's extra tracks get tids past every ident. */
const TRACK_STRIDE = 1_000_000;

/** UTF-8 bytes into one reused buffer, handed on every `chunkBytes` (at an event's end). */
export class ByteSink {
  private _buf: Uint8Array;
  private _at = 0;

  constructor(
    private readonly _write: (chunk: Uint8Array) => void,
    private readonly _chunk: number,
    /** Chunks are kept by the receiver (a new buffer after each), not copied out during the call. */
    private readonly _handOver = false,
  ) {
    this._buf = new Uint8Array(_chunk + (1 << 16));
  }

  /** Call between events: flushes once the chunk is full. */
  mark(): void {
    if (this._at >= this._chunk) this.flush();
  }

  flush(): void {
    if (this._at > 0) {
      this._write(this._buf.subarray(0, this._at));
      if (this._handOver) this._buf = new Uint8Array(this._buf.length);
    }
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

  /**
   * `ns` nanoseconds (an integer) as microseconds, as JSON writes ns / 1000: the integer part, then up to
   * three decimals without trailing zeros. Integer arithmetic only: every span writes two of these, and
   * going through String (a float's shortest form) cost the encoder most of its time.
   */
  micros(ns: number): void {
    if (ns < 0) {
      if (this._at + 32 > this._buf.length) this.flush();
      this._buf[this._at++] = 45;
      ns = -ns;
    }
    const whole = Math.floor(ns / 1000);
    this.num(whole);
    let frac = ns - whole * 1000;
    if (frac === 0) return;
    const buf = this._buf;
    let at = this._at;
    buf[at++] = 46;
    let unit = 100;
    while (frac > 0) {
      const d = Math.floor(frac / unit);
      buf[at++] = 48 + d;
      frac -= d * unit;
      unit /= 10;
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

/** Nanoseconds since the trace's start (the file's times are microseconds to the nanosecond). */
function ns(ms: number, start: number): number {
  return Math.round((ms - start) * 1000 * 1000);
}

const enc = new TextEncoder();
const b = (text: string) => enc.encode(text);
const DUR = b(',"dur":');
const TID = b(`,"pid":${PID},"tid":`);
const LINE = b(',"args":{"line":');
const TIMES = b(',"times":');
const NO_ARGS = b(',"args":{}}');
const CLOSE = b("}}");
const ID = b(',"id":');
const TS = b(',"ts":');
const END = b("}");

/**
 * Writes the model's spans, instants and flows as events, each with a leading comma (the file's first
 * event is the process's name): metadata() names the process, the threads and the extra tracks used.
 */
export class ChromeEncoder {
  /** Extra tracks used (k > 0): their tid, thread and k. */
  private readonly _extra: number[] = [];
  private readonly _extraSeen = new Set<number>();
  // Per (name, kind): the bytes up to the ts's value, made when first used; per lock, a flow's two heads.
  private readonly _heads: Uint8Array[] = [];
  private readonly _instantHeads: Uint8Array[] = [];
  private readonly _flowHeads: { s: Uint8Array; f: Uint8Array }[] = [];

  constructor(
    private readonly _out: ByteSink,
    private readonly _model: ModelBuilder,
    private readonly _lockName: (id: number) => string | undefined,
  ) {}

  span(i: number, track: number): void {
    const out = this._out;
    const m = this._model;
    const sp = m.spans;
    const thread = sp.thread[i];
    const id = thread + track * TRACK_STRIDE;
    if (track > 0 && !this._extraSeen.has(id)) {
      this._extraSeen.add(id);
      this._extra.push(id, thread, track);
    }
    const key = sp.name[i] * 8 + sp.kind[i];
    let head = this._heads[key];
    if (head === undefined) {
      head = this._heads[key] = b(`,{"name":${JSON.stringify(m.names[sp.name[i]])},"cat":"${KINDS[sp.kind[i]]}","ph":"X","ts":`);
    }
    const ts = ns(sp.start[i], m.start);
    out.bytes(head);
    out.micros(ts);
    out.bytes(DUR);
    out.micros(ns(sp.end[i], m.start) - ts);
    out.bytes(TID);
    out.num(id);
    if (sp.line[i] > 0) {
      out.bytes(LINE);
      out.num(sp.line[i]);
      if (sp.times[i] > 1) {
        out.bytes(TIMES);
        out.num(sp.times[i]);
      }
      out.bytes(CLOSE);
    } else out.bytes(NO_ARGS);
    out.mark();
  }

  instant(i: number): void {
    const out = this._out;
    const m = this._model;
    const ins = m.instants;
    const name = ins.name[i];
    let head = this._instantHeads[name];
    if (head === undefined) head = this._instantHeads[name] = b(`,{"name":${JSON.stringify(m.names[name])},"cat":"print","ph":"i","s":"t","ts":`);
    out.bytes(head);
    out.micros(ns(ins.time[i], m.start));
    out.bytes(TID);
    out.num(ins.thread[i]);
    out.bytes(LINE);
    out.num(ins.line[i]);
    out.bytes(CLOSE);
    out.mark();
  }

  /** Flow i (numbered i + 1 in the file): its start at the release, its end at the acquire. */
  flow(i: number): void {
    const out = this._out;
    const m = this._model;
    const fl = m.flows;
    const lock = fl.lock[i];
    let h = this._flowHeads[lock];
    if (h === undefined) {
      const name = JSON.stringify(`${this._lockName(lock) ?? "lock"} handed over`);
      h = this._flowHeads[lock] = { s: b(`,{"name":${name},"cat":"lock","ph":"s"`), f: b(`,{"name":${name},"cat":"lock","ph":"f","bp":"e"`) };
    }
    out.bytes(h.s);
    out.bytes(ID);
    out.num(i + 1);
    out.bytes(TS);
    out.micros(ns(fl.fromTime[i], m.start));
    out.bytes(TID);
    out.num(fl.fromThread[i]);
    out.bytes(END);
    out.bytes(h.f);
    out.bytes(ID);
    out.num(i + 1);
    out.bytes(TS);
    out.micros(ns(fl.toTime[i], m.start));
    out.bytes(TID);
    out.num(fl.toThread[i]);
    out.bytes(END);
    out.mark();
  }

  /** The file's start: `{"traceEvents":[`, the process's name, one named track per thread. */
  static header(out: ByteSink, model: ModelBuilder, file: string): void {
    out.bytes(b('{"traceEvents":['));
    out.bytes(b(JSON.stringify({ name: "process_name", ph: "M", pid: PID, tid: 0, args: { name: `pyt ${file}` } })));
    model.threads.forEach((th, i) => {
      out.bytes(b("," + JSON.stringify({ name: "thread_name", ph: "M", pid: PID, tid: th.ident, args: { name: th.name } })));
      out.bytes(b("," + JSON.stringify({ name: "thread_sort_index", ph: "M", pid: PID, tid: th.ident, args: { sort_index: i * 100 } })));
    });
    out.mark();
  }

  /** The extra tracks' names, then the file's end. */
  trailer(out: ByteSink, file: string, dropped: number): void {
    const index = new Map(this._model.threads.map((th, i) => [th.ident, { name: th.name, index: i }]));
    for (let j = 0; j < this._extra.length; j += 3) {
      const [id, thread, k] = [this._extra[j], this._extra[j + 1], this._extra[j + 2]];
      const th = index.get(thread);
      out.bytes(b("," + JSON.stringify({ name: "thread_name", ph: "M", pid: PID, tid: id, args: { name: `${th?.name ?? thread} (locks ${k})` } })));
      out.bytes(b("," + JSON.stringify({ name: "thread_sort_index", ph: "M", pid: PID, tid: id, args: { sort_index: (th?.index ?? 0) * 100 + k } })));
    }
    out.bytes(b(`],"displayTimeUnit":"ms","otherData":${JSON.stringify({ file, droppedEvents: dropped })}}`));
    out.flush();
  }
}

/**
 * Tracks for spans of a complete model, in start order: each thread's spans go on track 0 when they
 * nest there (running, then waits, sleeps and holds released in LIFO order); a hold that overlaps
 * without nesting (locks released out of order, or by another thread) goes on the next track that fits.
 */
export function tracksOf(sp: SpanColumns): Int32Array {
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
  return stackTracks(order, sp);
}

function stackTracks(order: Int32Array, sp: SpanColumns): Int32Array {
  const { start, end, thread } = sp;
  const stacks = new Map<number, number[][]>(); // per thread: per track, the open spans
  const track = new Int32Array(order.length);
  for (let j = 0; j < order.length; j++) {
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

/**
 * Tracks for spans given as they end (in end order, the order a running program closes them): the
 * same rule, decided without knowing spans still open. Per thread and track, the spans placed so far
 * that no later span nested in them yet: disjoint, in start order. A span nests there unless one of
 * them starts before it and ends inside it; those it covers become part of it.
 */
export class EndOrderTracks {
  private readonly _stacks = new Map<number, { n: number; start: Float64Array; end: Float64Array }[]>();

  place(thread: number, s: number, e: number): number {
    let tracks = this._stacks.get(thread);
    if (!tracks) this._stacks.set(thread, (tracks = []));
    for (let k = 0; ; k++) {
      if (k === tracks.length) tracks.push({ n: 0, start: new Float64Array(64), end: new Float64Array(64) });
      const t = tracks[k];
      // First span placed here that starts at or after s (binary search: starts ascend).
      let lo = 0;
      let hi = t.n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (t.start[mid] < s) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && t.end[lo - 1] > s) continue;
      if (lo === t.start.length) {
        const start = new Float64Array(lo * 4);
        start.set(t.start);
        t.start = start;
        const end = new Float64Array(lo * 4);
        end.set(t.end);
        t.end = end;
      }
      t.start[lo] = s;
      t.end[lo] = e;
      t.n = lo + 1;
      return k;
    }
  }
}
