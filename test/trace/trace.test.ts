// Issue 5: `pyt --trace FILE` writes a Chrome Trace Event file whose events match the program, and
// `pyt --timeline` draws the two-lock lesson. Through the real command line.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pytCommand, repoRoot, runArgv } from "../helpers/run.js";

const here = join(repoRoot, "test", "trace");

interface Ev {
  name: string;
  ph: string;
  cat?: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: Record<string, unknown>;
}

describe("--trace", () => {
  it("writes one track per thread, lock spans that never overlap, waits that end when the holder lets go", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "pyt-trace-")), "out.json");
    const r = await runArgv([...pytCommand(), "--trace", out, "shared_lock.pyt"], { cwd: here, timeoutMs: 30_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("count 9\n");
    const file = JSON.parse(readFileSync(out, "utf8")) as { traceEvents: Ev[] };
    const events = file.traceEvents;
    const names = new Map<number, string>();
    for (const e of events) if (e.ph === "M" && e.name === "thread_name") names.set(e.tid, String(e.args!.name));
    const threadNames = [...names.values()];
    for (const n of ["MainThread", "Thread-1 (worker)", "Thread-2 (worker)", "Thread-3 (worker)"]) expect(threadNames).toContain(n);
    const spans = events.filter((e) => e.ph === "X");
    // every thread has a running span; prints are instants on the printing thread's track
    for (const [tid, name] of names) {
      if (name.includes("(locks")) continue;
      expect(spans.some((s) => s.tid === tid && s.name === "running"), name).toBe(true);
    }
    expect(events.filter((e) => e.ph === "i" && e.name === "print").length).toBe(10);
    // spans on one track nest
    const byTid = new Map<number, Ev[]>();
    for (const s of spans) byTid.set(s.tid, [...(byTid.get(s.tid) ?? []), s]);
    for (const list of byTid.values()) {
      list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      const stack: Ev[] = [];
      for (const s of list) {
        while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur! <= s.ts) stack.pop();
        if (stack.length) expect(s.ts + s.dur!, `${s.name} nests in ${stack[stack.length - 1].name}`).toBeLessThanOrEqual(stack[stack.length - 1].ts + stack[stack.length - 1].dur! + 0.001);
        stack.push(s);
      }
    }
    // counter_lock's held spans never overlap across threads
    const holds = spans.filter((s) => s.name === "hold counter_lock").sort((a, b) => a.ts - b.ts);
    expect(holds.length).toBe(10);
    for (let i = 1; i < holds.length; i++) expect(holds[i].ts).toBeGreaterThanOrEqual(holds[i - 1].ts + holds[i - 1].dur! - 0.001);
    // each wait for counter_lock ends once a holder on another thread ended its hold, shortly before
    const waits = spans.filter((s) => s.name === "wait for counter_lock");
    expect(waits.length).toBeGreaterThanOrEqual(3);
    for (const w of waits) {
      const end = w.ts + w.dur!;
      const released = holds.filter((h) => h.tid !== w.tid && h.ts + h.dur! <= end + 0.001 && h.ts + h.dur! >= w.ts);
      expect(released.length, `a hold ends during ${JSON.stringify(w)}`).toBeGreaterThan(0);
      const last = Math.max(...released.map((h) => h.ts + h.dur!));
      expect(end - last).toBeLessThan(200_000); // µs: the waiter wakes soon after the release
    }
    // flow arrows: from a release to the acquire it unblocked
    const starts = events.filter((e) => e.ph === "s");
    const finishes = events.filter((e) => e.ph === "f");
    expect(starts.length).toBe(finishes.length);
    expect(starts.length).toBeGreaterThan(0);
  }, 60_000);

  it("calls a Condition's wait (here Event.wait) a wait for <notify>, handed over by the notifying thread", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "pyt-trace-")), "out.json");
    const r = await runArgv([...pytCommand(), "--trace", out, "event_wait.pyt"], { cwd: here, timeoutMs: 30_000 });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("go\n");
    const events = (JSON.parse(readFileSync(out, "utf8")) as { traceEvents: Ev[] }).traceEvents;
    const tid = (name: string) => events.find((e) => e.ph === "M" && e.name === "thread_name" && e.args!.name === name)!.tid;
    const waiter = tid("Thread-1 (waiter)");
    const wait = events.find((e) => e.ph === "X" && e.tid === waiter && e.name === "wait for <notify>");
    expect(wait, JSON.stringify(events.filter((e) => e.tid === waiter))).toBeDefined();
    expect(wait!.dur!).toBeGreaterThanOrEqual(50_000); // µs: it waited through MainThread's sleep
    // the arrow starts on MainThread (ready.set() notified) and ends on the waiter, where its wait ends
    const from = events.find((e) => e.ph === "s" && e.name === "<notify> handed over" && e.tid === tid("MainThread"));
    const to = events.find((e) => e.ph === "f" && e.name === "<notify> handed over" && e.tid === waiter);
    expect(from && to && (from as unknown as { id: number }).id === (to as unknown as { id: number }).id).toBe(true);
    expect(events.some((e) => /<Lock/.test(e.name) || e.name === "hold <notify>")).toBe(false);
  }, 60_000);
});

/** The chart's structure: each row's marks with repeats collapsed and blips (1-2 columns) dropped. */
function structure(chart: string): string {
  return chart
    .split("\n")
    .map((line) => {
      const m = /^(.*?) \|(.*)\|$/.exec(line);
      if (!m) return line.replace(/\d+(\.\d+)? (ms|s|µs)/g, "T").replace(/\s+/g, " ").trimEnd();
      const runs = [...m[2].matchAll(/(.)\1*/g)].map((x) => x[0]).filter((run) => run.length > 2);
      // How each thread ends up (its last two states): the start (thread start-up, the start handshake)
      // takes a few ms or many, depending on the machine's load.
      const marks = runs.map((run) => run[0]).join("").replace(/(.)\1+/g, "$1").trimEnd().slice(-2);
      return `${m[1].trimEnd()} |${marks}|`;
    })
    .join("\n");
}

describe("--timeline", () => {
  it("draws the two-lock lesson: threads sleeping with a lock, then waiting with one, to the deadlock", async () => {
    const r = await runArgv([...pytCommand(), "--timeline-width", "80", "12_deadlock.pyt"], {
      cwd: join(repoRoot, "test", "lessons"),
      timeoutMs: 30_000,
    });
    expect(r.status).toBe(3);
    const chart = r.stderr.slice(r.stderr.search(/^MainThread +\|/m));
    for (const line of chart.trimEnd().split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    // MainThread runs only while it starts the two threads: a few ms, so one column or three depending on
    // the machine's load (structure() keeps runs of three or more); what it must show is the join's wait.
    expect(structure(chart).replace(/^MainThread \|=\.\|$/m, "MainThread |.|")).toMatchInlineSnapshot(`
      "MainThread |.|
      Thread-1 (worker_one) |Z:|
      Thread-2 (worker_two) |Z:|
       |-|
       0 T T
       (T per column)
      = running # running, holding a lock . waiting (lock, join)
      : waiting, holding a lock z sleeping Z sleeping, holding a lock ? input()
      "
    `);
  }, 60_000);
});
