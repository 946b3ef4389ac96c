// The terminal timeline (`pyt --timeline`): one row per thread over the program's run, each column a
// slice of time marked with what the thread did most of that slice, a time scale and a legend.
// Fits `width` columns (default 80); colour only when asked (the CLI asks on a TTY).
import type { TraceData } from "./program.js";
import { buildModel, type Span } from "./trace.js";

export interface TimelineOptions {
  /** Total width in columns (default 80, at least 40). */
  width?: number;
  /** ANSI colours (default false). */
  color?: boolean;
}

type State = "none" | "run" | "hold" | "sleep" | "sleepHold" | "wait" | "waitHold" | "input";

const MARK: Record<State, string> = {
  none: " ",
  run: "=",
  hold: "#",
  sleep: "z",
  sleepHold: "Z",
  wait: ".",
  waitHold: ":",
  input: "?",
};
const COLOR: Record<State, string> = {
  none: "",
  run: "\x1b[32m",
  hold: "\x1b[33m",
  sleep: "\x1b[34m",
  sleepHold: "\x1b[34m",
  wait: "\x1b[31m",
  waitHold: "\x1b[31m",
  input: "\x1b[36m",
};
const RESET = "\x1b[0m";

const LEGEND: [State, string][] = [
  ["run", "running"],
  ["hold", "running, holding a lock"],
  ["wait", "waiting (lock, join)"],
  ["waitHold", "waiting, holding a lock"],
  ["sleep", "sleeping"],
  ["sleepHold", "sleeping, holding a lock"],
  ["input", "input()"],
];

/** A duration with two or three significant digits (a short program's column is a fraction of a ms). */
function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10 || ms === 0) return `${Math.round(ms)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms * 1000)} µs`;
}

/** A thread's spans swept in time order: the spans covering t, for t that only grows. */
class Sweep {
  private readonly _spans: Span[];
  private _next = 0;
  active: Span[] = [];

  constructor(spans: readonly Span[]) {
    this._spans = [...spans].sort((a, b) => a.start - b.start);
  }

  at(t: number): Span[] {
    while (this._next < this._spans.length && this._spans[this._next].start <= t) this.active.push(this._spans[this._next++]);
    this.active = this.active.filter((s) => s.end > t);
    return this.active;
  }
}

/** The state covering most of [a, b) for one thread (sampled: precise enough at this resolution). */
function cellState(sweep: Sweep, a: number, b: number): State {
  const time: Partial<Record<State, number>> = {};
  const samples = 8;
  for (let i = 0; i < samples; i++) {
    const t = a + ((i + 0.5) * (b - a)) / samples;
    let alive = false;
    let held = false;
    let waitKind: Span["kind"] | null = null;
    for (const s of sweep.at(t)) {
      if (s.kind === "running") alive = true;
      else if (s.kind === "hold") held = true;
      else waitKind = s.kind;
    }
    let st: State = "none";
    if (alive) {
      if (waitKind === "sleep") st = held ? "sleepHold" : "sleep";
      else if (waitKind === "input") st = "input";
      else if (waitKind !== null) st = held ? "waitHold" : "wait";
      else st = held ? "hold" : "run";
    }
    time[st] = (time[st] ?? 0) + 1;
  }
  let best: State = "none";
  let most = 0;
  for (const [st, n] of Object.entries(time) as [State, number][]) {
    // Anything the thread did beats not being alive, on ties.
    if (n > most || (n === most && best === "none")) {
      best = st;
      most = n;
    }
  }
  return best;
}

export function renderTimeline(data: TraceData, options: TimelineOptions = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const color = options.color ?? false;
  const model = buildModel(data);
  const labelWidth = Math.min(24, Math.max(10, ...model.threads.map((t) => t.name.length)));
  const cols = width - labelWidth - 3;
  const t0 = model.start;
  const total = Math.max(model.end - t0, 1e-3);
  const step = total / cols;
  const byThread = new Map<number, Span[]>();
  for (const s of model.spans) {
    let list = byThread.get(s.thread);
    if (!list) byThread.set(s.thread, (list = []));
    list.push(s);
  }
  const out: string[] = [];
  for (const t of model.threads) {
    const sweep = new Sweep(byThread.get(t.ident) ?? []);
    let row = "";
    let prev: State | null = null;
    for (let c = 0; c < cols; c++) {
      const st = cellState(sweep, t0 + c * step, t0 + (c + 1) * step);
      if (color && st !== prev) row += st === "none" ? RESET : COLOR[st];
      row += MARK[st];
      prev = st;
    }
    if (color) row += RESET;
    const label = t.name.length > labelWidth ? t.name.slice(0, labelWidth - 1) + "…" : t.name.padEnd(labelWidth);
    out.push(`${label} |${row}|`);
  }
  // The time scale: 0 at the left edge, the end at the right, a tick in the middle.
  const axis = new Array(cols).fill("-");
  axis[0] = "|";
  axis[cols - 1] = "|";
  axis[Math.floor(cols / 2)] = "|";
  out.push(`${" ".repeat(labelWidth)}  ${axis.join("")}`);
  const left = "0";
  const mid = formatMs(total / 2);
  const right = formatMs(total);
  const scale = new Array(cols + 2).fill(" ");
  const put = (at: number, text: string) => {
    for (let i = 0; i < text.length && at + i < scale.length; i++) if (at + i >= 0) scale[at + i] = text[i];
  };
  put(1, left);
  put(1 + Math.floor(cols / 2) - Math.floor(mid.length / 2), mid);
  put(cols + 1 - right.length, right);
  out.push(`${" ".repeat(labelWidth)} ${scale.join("").trimEnd()}`);
  out.push(`${" ".repeat(labelWidth)}  (${formatMs(step)} per column)`);
  // The legend: marks that appear, then the rest, wrapped to the width.
  const items = LEGEND.map(([st, text]) => `${color ? COLOR[st] + MARK[st] + RESET : MARK[st]} ${text}`);
  let line = "";
  for (const item of items) {
    const visible = item.replace(/\x1b\[\d+m/g, "");
    const visibleLine = line.replace(/\x1b\[\d+m/g, "");
    if (visibleLine.length && visibleLine.length + 3 + visible.length > width) {
      out.push(line);
      line = "";
    }
    line += (line ? "   " : "") + item;
  }
  if (line) out.push(line);
  return out.join("\n") + "\n";
}
