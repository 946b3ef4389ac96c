// Issue 5: deadlocks are reported (stderr, exit status 3) and correct programs that wait are not.
// Through the real command line (`node bin/pyt.js`, after `npm run build`).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizePaths, pytCommand, repoRoot, runArgv, type RunResult } from "../helpers/run.js";

const dir = join(repoRoot, "test", "deadlock", "programs");

/** Runs programs/NAME.pyt by its relative name, as a learner would; pyt names the file by its absolute path (as CPython does), shown here by its file name. */
async function run(name: string, options: string[] = [], timeoutMs = 20_000): Promise<RunResult> {
  const r = await runArgv([...pytCommand(), ...options, `${name}.pyt`], { cwd: dir, timeoutMs });
  const file = join(dir, `${name}.pyt`);
  return { ...r, stdout: normalizePaths(r.stdout, file), stderr: normalizePaths(r.stderr, file) };
}

const shown = (r: RunResult) => `exit ${r.status}, ${Math.round(r.ms)} ms\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;

describe("deadlocks are reported", () => {
  it("a cycle of three threads", async () => {
    const r = await run("three_cycle");
    expect(r.status, shown(r)).toBe(3);
    expect(r.stdout).toBe("");
    for (const word of ["first", "second", "third", "Thread-1 (take)", "Thread-2 (take)", "Thread-3 (take)"])
      expect(r.stderr, shown(r)).toContain(word);
    expect(r.stderr).toContain('File "three_cycle.pyt", line 11');
    expect(r.stderr).toMatch(/which acquired it at line 9/);
    expect(r.stderr).toMatch(/wait for each other/);
  });

  it("a thread acquiring a Lock it holds (MainThread joins it)", async () => {
    const r = await run("self_deadlock");
    expect(r.status, shown(r)).toBe(3);
    expect(r.stdout).toBe("got it once\n");
    expect(r.stderr, shown(r)).toContain("selfish waits to acquire guard");
    expect(r.stderr).toContain("guard is held by selfish itself, which acquired it at line 6");
    expect(r.stderr).toContain('File "self_deadlock.pyt", line 8');
    expect(r.stderr).toMatch(/MainThread waits for selfish to finish/);
    expect(r.stderr).toContain('File "self_deadlock.pyt", line 13');
  });

  it("Queue.get, Event.wait and Condition.wait with no thread left to notify them", async () => {
    const r = await run("never_notified");
    expect(r.status, shown(r)).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr, shown(r)).toContain("every thread is waiting");
    for (const [name, line, code] of [["consumer", 11, "item = jobs.get()"], ["starter", 14, "ready.wait()"], ["listener", 18, "cond.wait()"]])
      expect(r.stderr).toContain(`  ${name} waits to be notified\n    File "never_notified.pyt", line ${line}\n        ${code}\n`);
    expect(r.stderr).toContain("Only another thread can notify it.");
    // The thread's own waiter lock (the library's) is not named as a lock the thread holds itself.
    expect(r.stderr).not.toMatch(/held by|waits to acquire/);
  });

  it("two locks made on one line are told apart", async () => {
    const r = await run("one_line_locks");
    expect(r.status, shown(r)).toBe(3);
    expect(r.stderr, shown(r)).toContain('one waits to acquire b\n    File "one_line_locks.pyt", line 8\n        with b:\n');
    expect(r.stderr).toContain("b is held by two, which acquired it at line 12\n");
    expect(r.stderr).toContain('two waits to acquire a\n    File "one_line_locks.pyt", line 14\n        with a:\n');
    expect(r.stderr).toContain("a is held by one, which acquired it at line 6\n");
  });

  it("a join cycle", async () => {
    const r = await run("join_cycle");
    expect(r.status, shown(r)).toBe(3);
    expect(r.stderr, shown(r)).toContain("A waits for B to finish");
    expect(r.stderr).toContain("B waits for A to finish");
    expect(r.stderr).toContain('File "join_cycle.pyt", line 8');
  });

  it("a join cycle with MainThread (main_thread().join() in the thread it joins), said as joins", async () => {
    const r = await run("main_join_cycle");
    expect(r.status, shown(r)).toBe(3);
    expect(r.stderr, shown(r)).toContain('MainThread waits for Thread-1 (w) to finish (join)\n    File "main_join_cycle.pyt", line 6\n');
    expect(r.stderr).toContain('Thread-1 (w) waits for MainThread to finish (join)\n    File "main_join_cycle.pyt", line 3\n        threading.main_thread().join()\n');
  });

  it("MainThread joining a thread stuck forever", async () => {
    const r = await run("main_joins_stuck");
    expect(r.status, shown(r)).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr, shown(r)).toMatch(/wait for each other|every thread is waiting/);
    expect(r.stderr).toContain("Thread-1 (worker) waits to acquire gate");
    expect(r.stderr).toContain("gate is held by MainThread, which acquired it at line 4");
    expect(r.stderr).toContain("MainThread waits for Thread-1 (worker) to finish");
    expect(r.stderr).toContain('File "main_joins_stuck.pyt", line 12');
  });

  it("a program's end stuck joining its threads, with atexit callbacks waiting to run", async () => {
    const r = await run("atexit_end_stuck");
    expect(r.status, shown(r)).toBe(3);
    expect(r.stdout).toBe("main done\n");
    expect(r.stderr, shown(r)).toContain("MainThread waits for Thread-1 (worker) to finish (join) (a program ends by joining its threads)\n    (at the end of the program)\n");
    expect(r.stderr).toContain("gate is held by MainThread, which acquired it at line 6");
  });

  it("a deadlock between two threads while MainThread keeps running", async () => {
    const r = await run("cycle_while_running");
    expect(r.status, shown(r)).toBe(3);
    expect(r.stderr, shown(r)).toMatch(/wait for each other/);
    expect(r.stderr).toContain("Thread-1 (one) waits to acquire lock_b");
    expect(r.stderr).toContain("Thread-2 (two) waits to acquire lock_a");
    expect(r.stderr).not.toContain("MainThread");
  });

  it("--no-deadlock-check lets it hang, as CPython does", async () => {
    const r = await run("main_joins_stuck", ["--no-deadlock-check"], 2_500);
    expect(r.timedOut, shown(r)).toBe(true);
    expect(r.stderr).toBe("");
  });
});

describe("no false reports", () => {
  const cases: [string, string][] = [
    ["ok_timeouts", "timed out\ndone\n"],
    ["ok_sleeps", "releasing\nwaiter got it\ndone\n"],
    ["ok_compute", "computed\ntotal 8999994\n"],
    ["ok_timer", "ring\ndone\n"],
    ["ok_condition", "got 42\n"],
    ["ok_signal_lock", "signalled\n"],
    ["ok_event_timeout", "set? False\n"],
  ];
  for (const [name, out] of cases) {
    it(name, async () => {
      const r = await run(name);
      expect(r.stderr, shown(r)).toBe("");
      expect(r.status, shown(r)).toBe(0);
      expect(r.stdout).toBe(out);
    });
  }

  it("a thread waits for a lock held by MainThread in input()", async () => {
    const argv = [...pytCommand(), "ok_input.pyt"];
    const r = await new Promise<RunResult>((resolve) => {
      const started = performance.now();
      const child = spawn(argv[0], argv.slice(1), { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
      child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
      const feed = setTimeout(() => child.stdin.end("Ada\n"), 1_500);
      const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
      child.on("close", (status, signal) => {
        clearTimeout(feed);
        clearTimeout(kill);
        resolve({ stdout, stderr, status, signal, timedOut: false, ms: performance.now() - started });
      });
    });
    expect(r.stderr, shown(r)).toBe("");
    expect(r.status, shown(r)).toBe(0);
    expect(r.stdout).toBe("hello Ada\nworker\n");
  });
});
