// The seed lesson's programs through the real command (PYT_CMD), checked as test/lessons/README.md's
// table says: exact where the lesson's output is fixed, order-free where the scheduler decides, and
// statistical for 08 (>= 95 of 100 runs) and 09 (200 of 200). 12_deadlock is in deadlock.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lineDiff } from "../helpers/diff.js";
import { normalizePaths, pytCommand, pytIsCPython, repoRoot, runMany, runPyt, type RunResult } from "../helpers/run.js";

const dir = join(repoRoot, "test", "lessons");
const file = (name: string) => join(dir, `${name}.pyt`);
const expected = (name: string, ext: "out" | "err") => readFileSync(join(dir, `${name}.${ext}`), "utf8");
const TIMEOUT = 30_000;

async function run(name: string): Promise<RunResult> {
  const r = await runPyt(file(name), { timeoutMs: TIMEOUT });
  expect(r.timedOut, `${name} timed out\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`).toBe(false);
  return { ...r, stdout: normalizePaths(r.stdout, file(name)), stderr: normalizePaths(r.stderr, file(name)) };
}

function describeRun(r: RunResult): string {
  return `exit ${r.status}${r.signal ? ` (signal ${r.signal})` : ""}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

/**
 * CPython 3.11's print writes its text and its `end` separately, so two threads printing at once can give
 * "12\n\n". pyt promises each print whole (README table), so these variants are accepted only when the
 * command under test is CPython itself (harness validation).
 */
function splitPrints(outputs: string[]): string[] {
  if (!pytIsCPython()) return [];
  return outputs.map((o) => o.replace(/^(\d)\n(\d)\n/, "$1$2\n\n"));
}

/** stdout and stderr exactly as the committed files, exit status as given. */
function expectExact(name: string, r: RunResult, status = 0, stderr = ""): void {
  const want = expected(name, "out");
  expect(r.stdout, `${name} stdout\n${lineDiff(want, r.stdout, "stdout")}`).toBe(want);
  expect(r.stderr, `${name} stderr\n${lineDiff(stderr, r.stderr, "stderr")}`).toBe(stderr);
  expect(r.status, `${name} exit status\n${describeRun(r)}`).toBe(status);
}

describe(`lessons (${pytCommand().join(" ")})`, () => {
  for (const name of ["01_create_and_start", "02_main_thread", "06_prerequisites_completed", "07_mutex"]) {
    it(`${name}: exact stdout, empty stderr, exit 0`, async () => {
      expectExact(name, await run(name));
    }, TIMEOUT);
  }

  it("11_join_at_end_completed: exact stdout, empty stderr, exit 0", async () => {
    const name = "11_join_at_end_completed";
    const r = await run(name);
    if (pytIsCPython() && r.stdout === "runningrunning\n\ndone\n") r.stdout = expected(name, "out"); // see splitPrints
    expectExact(name, r);
  }, TIMEOUT);

  it("02_main_thread prints 1", async () => {
    expect((await run("02_main_thread")).stdout).toBe("1\n");
  }, TIMEOUT);

  it("03_order_not_guaranteed: 1 and 2 in either order, each print whole", async () => {
    const r = await run("03_order_not_guaranteed");
    expect(["1\n2\n", "2\n1\n", ...splitPrints(["1\n2\n", "2\n1\n"])], describeRun(r)).toContain(r.stdout);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, TIMEOUT);

  it("04_join: 1 and 2 in either order, then Both done", async () => {
    const r = await run("04_join");
    const whole = ["1\n2\nBoth done\n", "2\n1\nBoth done\n"];
    expect([...whole, ...splitPrints(whole)], describeRun(r)).toContain(r.stdout);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, TIMEOUT);

  it("05_prerequisites_verbatim: exact NameError traceback, exit 1", async () => {
    const name = "05_prerequisites_verbatim";
    expectExact(name, await run(name), 1, expected(name, "err"));
  }, TIMEOUT);

  it("08_basic_lock: the lesson's order in at least 95 of 100 runs (4 at a time)", async () => {
    const name = "08_basic_lock";
    const want = expected(name, "out");
    const runs = await runMany(file(name), 100, 4, { timeoutMs: TIMEOUT });
    // Any run must at least be well-formed: the four lines, each whole, each thread's "Starting" before its
    // own line; only the lesson's order counts as exact.
    const wellFormed = (out: string) => {
      const l = out.split("\n");
      return l.length === 5 && l[4] === "" && [...l.slice(0, 4)].sort().join() === "Starting T1,Starting T2,T1,T2" &&
        l.indexOf("Starting T1") < l.indexOf("T1") && l.indexOf("Starting T2") < l.indexOf("T2");
    };
    // CPython may split a print across threads (see splitPrints): undo that before judging its runs.
    if (pytIsCPython()) for (const r of runs) r.stdout = r.stdout.replace(/^Starting (T[12])Starting (T[12])\n\n/, "Starting $1\nStarting $2\n");
    const broken = runs.filter((r) => r.timedOut || r.status !== 0 || r.stderr !== "" || !wellFormed(r.stdout));
    const exact = runs.filter((r) => !r.timedOut && r.status === 0 && r.stderr === "" && r.stdout === want).length;
    const tally = new Map<string, number>();
    for (const r of runs) tally.set(JSON.stringify(r.stdout), (tally.get(JSON.stringify(r.stdout)) ?? 0) + 1);
    const summary = [...tally].map(([out, n]) => `${n}× ${out}`).join("\n");
    expect(broken.length, `runs with an error, a timeout or an impossible output:\n${broken.slice(0, 3).map(describeRun).join("\n")}`).toBe(0);
    if (pytIsCPython()) {
      // CPython 3.11 itself gives T2 before T1 in roughly 5-15% of runs (more under load), so the 95/100
      // target is pyt's, not CPython's: under CPython only report the figure.
      console.log(`08_basic_lock under CPython: exact in ${exact} of 100 runs\n${summary}`);
      return;
    }
    expect(exact, `exact in ${exact} of 100 runs; outputs seen:\n${summary}`).toBeGreaterThanOrEqual(95);
  }, 300_000);

  it("09_two_locks_alternate: 1 to 5 in order in 200 of 200 runs", async () => {
    const name = "09_two_locks_alternate";
    const want = expected(name, "out");
    const runs = await runMany(file(name), 200, 4, { timeoutMs: TIMEOUT });
    const bad = runs.filter((r) => r.timedOut || r.status !== 0 || r.stderr !== "" || r.stdout !== want);
    expect(bad.length, `${bad.length} of 200 runs differ; first:\n${bad.slice(0, 2).map(describeRun).join("\n")}`).toBe(0);
  }, 300_000);

  it("10_join_at_end_verbatim: each thread's header and last line on stderr, exit 0", async () => {
    const name = "10_join_at_end_verbatim";
    const r = await run(name);
    expect(r.stdout, describeRun(r)).toBe("");
    expect(r.status, describeRun(r)).toBe(0);
    const last = "TypeError: run() missing 1 required positional argument: 'content'";
    const lines = r.stderr.replace(/\n$/, "").split("\n");
    if (pytIsCPython()) {
      // CPython's excepthook writes piece by piece without a lock, so in a few percent of runs the two
      // reports interleave, even inside a line ("Exception in thread Traceback (most recent..."). pyt
      // promises whole blocks, which the strict branch below checks.
      const count = (s: string) => r.stderr.split(s).length - 1;
      expect([count("Thread-1 (run):"), count("Thread-2 (run):"), count(last)], r.stderr).toEqual([1, 1, 2]);
      return;
    }
    // Split into blocks at each header; the first line must be a header (nothing before it).
    const blocks: string[][] = [];
    for (const line of lines) {
      if (line.startsWith("Exception in thread ")) blocks.push([line]);
      else if (blocks.length) blocks[blocks.length - 1].push(line);
      else expect.fail(`stderr does not start with a thread header:\n${r.stderr}`);
    }
    const headers = blocks.map((b) => b[0]).sort();
    expect(headers, r.stderr).toEqual(["Exception in thread Thread-1 (run):", "Exception in thread Thread-2 (run):"]);
    for (const b of blocks) {
      expect(b[1], `block for ${b[0]}:\n${b.join("\n")}`).toBe("Traceback (most recent call last):");
      expect(b[b.length - 1], `block for ${b[0]} must end with the TypeError:\n${b.join("\n")}`).toBe(last);
      expect(b.filter((l) => l === last).length, `block for ${b[0]} is not contiguous:\n${r.stderr}`).toBe(1);
    }
  }, TIMEOUT);
});
