// Runs (runtime/trace-ring.ts): a thread re-taking the lock it just released is recorded as one hold
// span `hold L ×N`, whose closing events carry no ticket of their own and sort by the ticket counter's
// value when they happened. Checked on the ring itself, on the model from hand-made events, and on a
// real program's Chrome trace.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createBuffer, H, LI, LI_WAITER } from "../../dist/runtime/layout.js";
import { buildModel } from "../../dist/runtime/trace.js";
import { TRACE_LATE, TraceCollector, TraceType, TraceWriter } from "../../dist/runtime/trace-ring.js";
import type { TraceData } from "../../dist/runtime/program.js";
import type { TraceEvent } from "../../dist/runtime/trace-ring.js";
import { pytCommand, repoRoot, runArgv } from "../helpers/run.js";

const here = join(repoRoot, "test", "trace");

function ring(events = 1024) {
  const layout = createBuffer({ bytes: 8 << 20, threadSlots: 2, locks: 64, traceEvents: events });
  Atomics.store(layout.i32, H.HIGH_SLOT, 1);
  const writer = TraceWriter.forSlot(layout, 0, 0)!;
  return { layout, writer, collector: new TraceCollector(layout) };
}

const typeOf = (e: TraceEvent) => e.type & 0xff;

describe("trace ring runs", () => {
  it("records a tight acquire/release loop as one run, its end pending until the thread's next event", () => {
    const { layout, writer, collector } = ring();
    writer.emit(TraceType.Start, 7, 0);
    for (let i = 0; i < 200; i++) {
      writer.emit(TraceType.Acquire, 5, 12);
      writer.emit(TraceType.Release, 5, 12);
    }
    collector.drain();
    // Published: Start and the run's first Acquire (a few more if the loop stalled past the run's gap);
    // the run's last release waits past them.
    const published = collector.events.filter((e) => (e.type & TRACE_LATE) === 0);
    expect(published.map(typeOf).slice(0, 2)).toEqual([TraceType.Start, TraceType.Acquire]);
    expect(published.length).toBeLessThan(20);
    const late = collector.events.filter((e) => (e.type & TRACE_LATE) !== 0);
    expect(late.length).toBeGreaterThan(0);
    expect(typeOf(late[late.length - 1])).toBe(TraceType.Release);
    // A thread's end publishes the run first, even from another writer (worker-main writes ends so).
    TraceWriter.forSlot(layout, 0, 0)!.emit(TraceType.End, 7, 0);
    collector.drain();
    const all = collector.events;
    expect(all.map(typeOf).slice(-1)).toEqual([TraceType.End]);
    // Every hold is accounted for: the releases' counts add up to the loop's 200.
    const holds = all.filter((e) => typeOf(e) === TraceType.Release).reduce((n, e) => n + e.line, 0);
    expect(holds).toBe(200);
    expect(all.length).toBeLessThan(200); // merged, not 400 events
  });

  it("ends a run at another event, and records a hold still held then as a late acquire", () => {
    const { writer, collector } = ring();
    writer.emit(TraceType.Start, 7, 0);
    for (let i = 0; i < 50; i++) {
      writer.emit(TraceType.Acquire, 5, 12);
      writer.emit(TraceType.Release, 5, 12);
    }
    writer.emit(TraceType.Acquire, 5, 12);
    writer.emit(TraceType.Print, 1, 13); // inside the `with`: the run ends, the hold goes on
    writer.emit(TraceType.Release, 5, 12);
    collector.drain();
    const types = collector.events.map(typeOf);
    expect(types.slice(-2)).toEqual([TraceType.Print, TraceType.Release]);
    const model = buildModel(data(collector.events));
    const holds = model.spans.filter((s) => s.kind === "hold");
    expect(holds.reduce((n, s) => n + s.times, 0)).toBe(51);
    for (let i = 1; i < holds.length; i++) expect(holds[i].start).toBeGreaterThanOrEqual(holds[i - 1].end);
    expect(holds[holds.length - 1].times).toBe(1);
  });

  it("drops nothing silently when the ring is full: no run starts without room for its end", () => {
    const { writer, collector } = ring(16);
    writer.emit(TraceType.Start, 7, 0);
    for (let i = 0; i < 40; i++) writer.emit(TraceType.Print, 1, 3);
    writer.emit(TraceType.Acquire, 5, 12);
    writer.emit(TraceType.Release, 5, 12);
    collector.drain();
    expect(collector.events.length).toBe(16);
    expect(collector.dropped).toBe(41 - 16 + 2);
  });
});

function data(events: TraceEvent[]): TraceData {
  return {
    events,
    threads: new Map([
      [1, { name: "A", slot: 0 }],
      [2, { name: "B", slot: 1 }],
    ]),
    locks: new Map([[5, "lock"]]),
    end: 100,
    dropped: 0,
    file: "x.py",
  };
}

/** The Chrome file's events as sorted JSON strings, metadata left out and tracks folded (tracks are
 *  chosen as spans end in the stream, as they start in the batch). */
function chromeEvents(write: typeof import("../../dist/runtime/trace.js").writeChromeTrace, d: TraceData): string[] {
  const decoder = new TextDecoder();
  let text = "";
  write(d, (chunk: Uint8Array) => (text += decoder.decode(chunk, { stream: true })));
  return (JSON.parse(text) as { traceEvents: { ph: string; tid: number }[] }).traceEvents
    .filter((e) => e.ph !== "M")
    .map((e) => JSON.stringify({ ...e, tid: e.tid % 1_000_000 }))
    .sort();
}

describe("trace model", () => {
  // A holds `lock` in a run of 3 and releases it (late: the counter said 5 then); B waited and takes it
  // with ticket 6, its wait's end having taken ticket 5. B's events come first in the array, so only
  // the late rule puts A's release before B's wait end.
  const ev = (time: number, slot: number, type: number, arg: number, line: number, seq: number): TraceEvent => ({ time, slot, type, arg, line, seq });
  const events = (scale: number) => [
    ev(0.5, 1, TraceType.Start, 2, 0, 1 * scale),
    ev(2, 1, TraceType.WaitBegin | (1 << 8), 5, 9, 3 * scale),
    ev(3.9, 1, TraceType.WaitEnd, 0, 0, 5 * scale),
    ev(3.95, 1, TraceType.Acquire, 5, 9, 6 * scale),
    ev(4.5, 1, TraceType.Release, 5, 1, 7 * scale),
    ev(0, 0, TraceType.Start, 1, 0, 0),
    ev(1, 0, TraceType.Acquire, 5, 12, 2 * scale),
    ev(4, 0, TraceType.Release | TRACE_LATE, 5, 3, 5 * scale),
    ev(5, 0, TraceType.End, 1, 0, 8 * scale),
  ];
  for (const [how, scale] of [
    ["dense tickets", 1],
    ["sparse tickets (the sorting fallback)", 100_000],
  ] as const) {
    it(`puts a run's late release before the ticket it read (${how})`, () => {
      const model = buildModel(data(events(scale)));
      const holds = model.spans.filter((s) => s.kind === "hold").sort((a, b) => a.start - b.start);
      expect(holds.map((s) => [s.thread, s.name, s.times])).toEqual([
        [1, "hold lock ×3", 3],
        [2, "hold lock", 1],
      ]);
      // B's wait ends no earlier than A's release, B's hold starts after it, and a flow joins them.
      const wait = model.spans.find((s) => s.kind === "lock")!;
      expect(wait.end).toBeGreaterThanOrEqual(holds[0].end);
      expect(holds[1].start).toBeGreaterThanOrEqual(holds[0].end);
      expect(model.flows.map((f) => [f.from.thread, f.from.time, f.to.thread])).toEqual([[1, 4, 2]]);
    });
  }
});

describe("trace model: a wait stamped late", () => {
  const ev = (time: number, slot: number, type: number, arg: number, line: number, seq: number): TraceEvent => ({ time, slot, type, arg, line, seq });
  it("begins a wait that ends in taking the lock at the release it waited for, not after it", () => {
    // A releases at 3; B had seen the lock held but stamps its wait at 3.4 (after the release), then takes it.
    const model = buildModel(data([
      ev(0, 0, TraceType.Start, 1, 0, 0),
      ev(0.5, 1, TraceType.Start, 2, 0, 1),
      ev(1, 0, TraceType.Acquire, 5, 12, 2),
      ev(1.5, 1, TraceType.Print, 1, 8, 3),
      ev(3, 0, TraceType.Release, 5, 1, 4),
      ev(3.4, 1, TraceType.WaitBegin | (1 << 8), 5, 9, 5),
      ev(3.6, 1, TraceType.WaitEnd, 0, 0, 6),
      ev(3.7, 1, TraceType.Acquire, 5, 9, 7),
      ev(4, 1, TraceType.Release, 5, 1, 8),
      ev(5, 0, TraceType.End, 1, 0, 9),
      ev(5, 1, TraceType.End, 2, 0, 10),
    ]));
    const wait = model.spans.find((s) => s.kind === "lock")!;
    expect([wait.start, wait.end]).toEqual([3, 3.6]);
    expect(model.flows.map((f) => [f.from.thread, f.from.time, f.to.thread, f.to.time])).toEqual([[1, 3, 2, 3.7]]);
  });

  it("leaves a wait that timed out, or began before the release, as stamped", () => {
    const model = buildModel(data([
      ev(0, 0, TraceType.Start, 1, 0, 0),
      ev(0.5, 1, TraceType.Start, 2, 0, 1),
      ev(1, 0, TraceType.Acquire, 5, 12, 2),
      ev(2, 1, TraceType.WaitBegin | (1 << 8) | (1 << 12), 5, 9, 3),
      ev(2.5, 1, TraceType.WaitEnd, 0, 0, 4),
      ev(2.6, 1, TraceType.Print, 1, 10, 5),
      ev(2.8, 1, TraceType.WaitBegin | (1 << 8), 5, 11, 6),
      ev(3, 0, TraceType.Release, 5, 1, 7),
      ev(3.2, 1, TraceType.WaitEnd, 0, 0, 8),
      ev(3.3, 1, TraceType.Acquire, 5, 11, 9),
      ev(3.5, 1, TraceType.Release, 5, 1, 10),
      ev(5, 0, TraceType.End, 1, 0, 11),
      ev(5, 1, TraceType.End, 2, 0, 12),
    ]));
    const waits = model.spans.filter((s) => s.kind === "lock").map((s) => [s.start, s.end]);
    expect(waits).toEqual([[2, 2.5], [2.8, 3.2]]);
  });
});

describe("--trace of a tight loop", () => {
  it("writes runs as `hold lock ×N` spans that add up to every hold and never overlap", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "pyt-trace-")), "out.json");
    const r = await runArgv([...pytCommand(), "--trace", out, "tight_loop.pyt"], { cwd: here, timeoutMs: 30_000 });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("count 9000\n");
    const events = (JSON.parse(readFileSync(out, "utf8")) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; tid: number; args?: { times?: number } }[] }).traceEvents;
    const holds = events.filter((e) => e.ph === "X" && e.name.startsWith("hold lock")).sort((a, b) => a.ts - b.ts);
    expect(holds.reduce((n, h) => n + (h.args?.times ?? 1), 0)).toBe(9000);
    const runs = holds.filter((h) => (h.args?.times ?? 1) > 1);
    expect(runs.length).toBeGreaterThan(0);
    for (const h of runs) expect(h.name).toBe(`hold lock ×${h.args!.times}`);
    expect(holds.length).toBeLessThan(9000);
    for (let i = 1; i < holds.length; i++) expect(holds[i].ts).toBeGreaterThanOrEqual(holds[i - 1].ts + holds[i - 1].dur! - 0.001);
    // each wait for the lock ends once a hold on another thread ended
    for (const w of events.filter((e) => e.ph === "X" && e.name === "wait for lock")) {
      const end = w.ts + w.dur!;
      expect(holds.some((h) => h.tid !== w.tid && h.ts + h.dur! <= end + 0.001 && h.ts + h.dur! >= w.ts - 0.001), JSON.stringify(w)).toBe(true);
    }
  }, 60_000);
});

describe("the Chrome file made while the program runs", () => {
  // Two threads on two slots take one lock in turn, in runs and one by one, with waits and prints; the
  // host drains at odd moments. The file made as events came must hold the same events as the one made
  // from all of them at the end (tracks aside: they are chosen as spans end, not as they start).
  for (const killed of [false, true]) {
    it(`holds the same spans, prints and hand-overs as the file made at the end${killed ? " (a thread stopped in a run)" : ""}`, async () => {
      const { writeChromeTrace } = await import("../../dist/runtime/trace.js");
      const layout = createBuffer({ bytes: 16 << 20, threadSlots: 2, locks: 64, traceEvents: 1 << 12 });
      Atomics.store(layout.i32, H.HIGH_SLOT, 2);
      const names = { lock: (id: number) => (id === 5 ? "lock" : undefined), thread: (ident: number) => `T${ident}` };
      const live = new TraceCollector(layout, names);
      const w = [TraceWriter.forSlot(layout, 0, 0)!, TraceWriter.forSlot(layout, 1, 0)!];
      w[0].emit(TraceType.Start, 1, 0);
      w[1].emit(TraceType.Start, 2, 0);
      let seed = 7;
      let holds = 0;
      const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 100) / 100;
      for (let round = 0; round < 300; round++) {
        const t = round % 2;
        const other = w[1 - t];
        if (random() < 0.3) {
          other.emit(TraceType.WaitBegin | (1 << 8), 5, 20);
        }
        const times = 1 + Math.floor(random() * 5);
        for (let i = 0; i < times; i++) {
          w[t].emit(TraceType.Acquire, 5, 10);
          if (random() < 0.1) w[t].emit(TraceType.Print, 1, 11);
          w[t].emit(TraceType.Release, 5, 10);
          holds++;
        }
        if (random() < 0.5) live.drain();
      }
      if (killed) {
        // Thread 1 is stopped in a run (no end): its run's pending events are still in the file, and
        // thread 2's events after the run's start waited for them.
        for (let i = 0; i < 3; i++) {
          w[0].emit(TraceType.Acquire, 5, 10);
          w[0].emit(TraceType.Release, 5, 10);
          holds++;
        }
        live.drain();
        for (let i = 0; i < 20; i++) w[1].emit(TraceType.Print, 1, 30);
      } else w[0].emit(TraceType.End, 1, 0);
      w[1].emit(TraceType.End, 2, 0);
      live.drain();
      const data = (columns: TraceData["columns"]): TraceData => ({
        events: [],
        columns,
        threads: new Map([
          [1, { name: "T1", slot: 0 }],
          [2, { name: "T2", slot: 1 }],
        ]),
        locks: new Map([[5, "lock"]]),
        end: 1e6,
        dropped: 0,
        file: "x.py",
      });
      const file = (columns: TraceData["columns"]) => chromeEvents(writeChromeTrace, data(columns));
      const streamed = live.columns;
      expect(streamed.live).toBeDefined();
      const made = file(streamed);
      expect(made.length).toBeGreaterThan(300);
      const { live: _, ...batch } = streamed;
      expect(made).toEqual(file(batch));
      // every hold is in it, the stopped thread's open run too
      const times = made.map((e) => JSON.parse(e) as { name: string; args?: { times?: number } }).filter((e) => e.name.startsWith("hold"));
      expect(times.reduce((n, e) => n + (e.args?.times ?? 1), 0)).toBe(holds);
    });
  }
});

describe("trace ring hand-offs", () => {
  /** The lock table's answer when a thread releases another's lock. */
  const heldBy = (slot: number) => ({ holder: () => slot });
  // Slot 0 takes lock 1, slot 1 takes lock 2, and each releases the other's: the ping-pong's pattern.
  function pair() {
    const layout = createBuffer({ bytes: 8 << 20, threadSlots: 2, locks: 64, traceEvents: 1024 });
    Atomics.store(layout.i32, H.HIGH_SLOT, 2);
    const w = [TraceWriter.forSlot(layout, 0, 0)!, TraceWriter.forSlot(layout, 1, 0)!];
    const names = new Map([[1, "lock1"], [2, "lock2"]]);
    return { layout, w, collector: new TraceCollector(layout), names };
  }
  const model = (events: TraceEvent[], names: Map<number, string>) => buildModel({ ...data(events), locks: names });
  const holdsOf = (m: ReturnType<typeof buildModel>, lock: number) => m.spans.filter((s) => s.kind === "hold" && s.target === lock).sort((a, b) => a.start - b.start);

  it("goes on through a release by another thread: one run per thread, every hold counted", () => {
    const { w, collector, names } = pair();
    w[0].emit(TraceType.Start, 1, 0);
    w[1].emit(TraceType.Start, 2, 0);
    w[0].acquire(1, 10);
    w[1].acquire(2, 10);
    for (let i = 0; i < 100; i++) {
      w[1].release(1, heldBy(0)); // slot 1 releases slot 0's lock
      w[0].emit(TraceType.WaitBegin | (1 << 8), 1, 10); // a wait for its own hold's release: pending
      w[0].emit(TraceType.WaitEnd, 0, 0);
      w[0].acquire(1, 10);
      w[0].release(2, heldBy(1));
      w[1].acquire(2, 10);
    }
    w[0].emit(TraceType.End, 1, 0);
    w[1].emit(TraceType.End, 2, 0);
    collector.drain();
    const events = collector.events;
    expect(events.length).toBeLessThan(20); // not 600
    // the releases slot 1 made into slot 0's run name it
    const late = events.filter((e) => typeOf(e) === TraceType.Release && e.slot === 0 && e.arg === 1);
    expect(late.map((e) => e.type >>> 16)).toEqual(late.map(() => 2));
    const m = model(events, names);
    expect(holdsOf(m, 1).reduce((n, s) => n + s.times, 0)).toBe(101);
    expect(holdsOf(m, 2).reduce((n, s) => n + s.times, 0)).toBe(101);
    expect(holdsOf(m, 1).every((s) => s.thread === 1)).toBe(true);
    expect(m.spans.filter((s) => s.kind === "lock")).toEqual([]); // the waits are part of the runs
  });

  it("shows a wait for one's own hold that never ends (a self-deadlock) as a wait", () => {
    const { w, collector, names } = pair();
    w[0].emit(TraceType.Start, 1, 0);
    w[0].acquire(1, 10);
    w[0].emit(TraceType.WaitBegin | (1 << 8), 1, 11);
    collector.drain();
    const m = model(collector.events, names);
    const wait = m.spans.find((s) => s.kind === "lock")!;
    expect([wait.thread, wait.name, wait.line, wait.end]).toEqual([1, "wait for lock1", 11, m.end]);
    expect(holdsOf(m, 1).map((s) => [s.thread, s.end])).toEqual([[1, m.end]]);
  });

  it("never holds back a wait to be notified (a Condition's waiter lock, a thread start's)", () => {
    const { layout, w, collector, names } = pair();
    Atomics.or(layout.i32, layout.lockInfoWord(3, LI.ALLOC), LI_WAITER);
    w[0].emit(TraceType.Start, 1, 0);
    w[0].acquire(3, 10); // held at rest
    w[0].emit(TraceType.WaitBegin | (1 << 8), 3, 11); // Condition.wait: waits for a notify to release it
    collector.drain();
    expect(collector.events.filter((e) => typeOf(e) === TraceType.WaitBegin).map((e) => e.type & TRACE_LATE)).toEqual([0]);
    w[1].release(3, heldBy(0));
    w[0].emit(TraceType.WaitEnd, 0, 0);
    w[0].acquire(3, 10);
    collector.drain();
    const waits = model(collector.events, new Map([...names, [3, "<notify>"]])).spans.filter((s) => s.kind === "lock");
    expect(waits.map((s) => [s.name, s.line])).toEqual([["wait for <notify>", 11]]);
  });

  it("publishes the wait, in its place, when the lock is taken after another thread's event", () => {
    const { w, collector, names } = pair();
    w[0].emit(TraceType.Start, 1, 0);
    w[1].emit(TraceType.Start, 2, 0);
    w[0].acquire(1, 10);
    w[0].emit(TraceType.WaitBegin | (1 << 8), 1, 10);
    w[1].release(1, heldBy(0)); // into slot 0's run
    w[1].emit(TraceType.Print, 1, 20); // moves the ticket counter: the next take is no run hold
    w[0].emit(TraceType.WaitEnd, 0, 0);
    w[0].acquire(1, 10);
    w[0].release(1);
    w[0].emit(TraceType.End, 1, 0);
    w[1].emit(TraceType.End, 2, 0);
    collector.drain();
    const m = model(collector.events, names);
    const holds = holdsOf(m, 1);
    expect(holds.map((s) => s.times)).toEqual([1, 1]);
    const wait = m.spans.find((s) => s.kind === "lock")!;
    expect(wait.start).toBeLessThanOrEqual(holds[0].end);
    expect(wait.end).toBeGreaterThanOrEqual(holds[0].end);
    expect(wait.end).toBeLessThanOrEqual(holds[1].start);
    // handed over by slot 1 (thread 2), which released it
    expect(m.flows.map((f) => [f.from.thread, f.to.thread])).toEqual([[2, 1]]);
  });

  it("makes the same file while the program runs as at the end", async () => {
    const { writeChromeTrace } = await import("../../dist/runtime/trace.js");
    const layout = createBuffer({ bytes: 16 << 20, threadSlots: 2, locks: 64, traceEvents: 1 << 12 });
    Atomics.store(layout.i32, H.HIGH_SLOT, 2);
    const lockNames = new Map([[1, "lock1"], [2, "lock2"]]);
    const names = { lock: (id: number) => lockNames.get(id), thread: (ident: number) => `T${ident}` };
    const live = new TraceCollector(layout, names);
    const w = [TraceWriter.forSlot(layout, 0, 0)!, TraceWriter.forSlot(layout, 1, 0)!];
    w[0].emit(TraceType.Start, 1, 0);
    w[1].emit(TraceType.Start, 2, 0);
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 100) / 100;
    w[0].acquire(1, 10);
    w[1].acquire(2, 10);
    for (let i = 0; i < 400; i++) {
      const wait = random() < 0.3;
      if (wait) w[0].emit(TraceType.WaitBegin | (1 << 8), 1, 10);
      w[1].release(1, heldBy(0));
      if (random() < 0.1) w[1].emit(TraceType.Print, 1, 21);
      if (wait) w[0].emit(TraceType.WaitEnd, 0, 0);
      w[0].acquire(1, 10);
      if (random() < 0.1) w[0].emit(TraceType.Print, 1, 11);
      w[0].release(2, heldBy(1));
      w[1].acquire(2, 10);
      if (random() < 0.3) live.drain();
    }
    w[0].emit(TraceType.End, 1, 0);
    w[1].emit(TraceType.End, 2, 0);
    live.drain();
    const threads = new Map([[1, { name: "T1", slot: 0 }], [2, { name: "T2", slot: 1 }]]);
    const file = (columns: TraceData["columns"]) => chromeEvents(writeChromeTrace, { ...data([]), columns, locks: lockNames, threads, end: 1e6 });
    const streamed = live.columns;
    expect(streamed.live).toBeDefined();
    const made = file(streamed);
    const { live: _, ...batch } = streamed;
    expect(made).toEqual(file(batch));
    const holds = made.map((e) => JSON.parse(e) as { name: string; args?: { times?: number } }).filter((e) => e.name.startsWith("hold"));
    expect(holds.reduce((n, e) => n + (e.args?.times ?? 1), 0)).toBe(802);
  });
});

describe("--trace of the ping-pong", () => {
  it("draws each thread's hand-offs as runs of its own lock, which never overlap the other's holds", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "pyt-trace-")), "out.json");
    const r = await runArgv([...pytCommand(), "--trace", out, "handoff.pyt"], { cwd: here, timeoutMs: 30_000 });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("hand-offs: 4000\n");
    type E = { name: string; ph: string; ts: number; dur?: number; tid: number; args?: { times?: number } };
    const events = (JSON.parse(readFileSync(out, "utf8")) as { traceEvents: E[] }).traceEvents;
    const threads = new Map(events.filter((e) => e.name === "thread_name").map((e) => [e.tid, (e.args as { name: string }).name]));
    for (const [lock, holds] of [["lock1", 2000], ["lock2", 2001]] as const) {
      const spans = events.filter((e) => e.ph === "X" && (e.name === `hold ${lock}` || e.name.startsWith(`hold ${lock} ×`))).sort((a, b) => a.ts - b.ts);
      expect(spans.reduce((n, h) => n + (h.args?.times ?? 1), 0)).toBe(holds);
      for (let i = 1; i < spans.length; i++) expect(spans[i].ts).toBeGreaterThanOrEqual(spans[i - 1].ts + spans[i - 1].dur! - 0.001);
      expect(spans.length).toBeLessThan(holds / 4); // merged into runs
      // lock1 is only ever taken by Thread-1; lock2 by Thread-2 (and MainThread, once)
      const takers = new Set(spans.map((s) => threads.get(s.tid % 1_000_000)));
      expect([...takers].filter((t) => t !== "MainThread")).toEqual([lock === "lock1" ? "Thread-1 (player)" : "Thread-2 (player)"]);
    }
  }, 60_000);
});
