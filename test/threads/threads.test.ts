// Real threads through the real command (PYT_CMD, default `node bin/pyt.js`): shared counters with and
// without a lock, a time-bounded stress run over shared list/dict/globals with the shared heap's
// figures, lock timeouts, and the threading API's behaviour and error wording checked against CPython
// 3.11 (api.out/api.err were produced by python3 on the same file; threading.py frames left out).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pytCommand, pytIsCPython, repoRoot, runPyt, type RunResult } from "../helpers/run.js";

const dir = join(repoRoot, "test", "threads", "programs");
const file = (name: string) => join(dir, `${name}.pyt`);

function shown(r: RunResult): string {
  return `exit ${r.status}${r.timedOut ? " (timed out)" : ""}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

describe(`threads (${pytCommand().join(" ")})`, () => {
  it("4 threads x 100 000 locked increments of a global, an attribute, a dict value, a list item: exactly 400 000", async () => {
    const r = await runPyt(file("counter_locked"), { timeoutMs: 60_000 });
    expect(r.stdout, shown(r)).toBe("400000 400000 400000 400000\n");
    expect(r.status, shown(r)).toBe(0);
    console.log(`counter_locked (4 x 100 000 each): ${r.stderr.trim().split("\n").join(", ")}`);
  }, 90_000);

  it("the same without the lock: never above 400 000, never a crash", async () => {
    for (let i = 0; i < 3; i++) {
      const r = await runPyt(file("counter_unlocked"), { timeoutMs: 60_000 });
      expect(r.stdout, shown(r)).toBe("True\nTrue\nTrue\nTrue\n");
      expect(r.stderr, shown(r)).toBe("");
      expect(r.status, shown(r)).toBe(0);
    }
  }, 180_000);

  it.skipIf(pytIsCPython())("stress: 4 threads for 3 s; list length exact, every value read was written, shared heap and JS heaps back near start", async () => {
    const r = await runPyt(file("stress"), { timeoutMs: 60_000, args: ["3"] });
    expect(r.stdout, shown(r)).toBe(
      "list exact: True\nbad reads: 0\ndict values ok: True\nglobals ok: True True\nheap back near start: True\nJS heaps back near start: True\n",
    );
    expect(r.status, shown(r)).toBe(0);
    console.log(`stress: ${r.stderr.trim()}`);
  }, 90_000);

  it("sets, frozensets and class attributes shared between threads (output as CPython 3.11)", async () => {
    const r = await runPyt(file("shared_sets_classes"), { timeoutMs: 60_000 });
    expect(r.stdout + r.stderr, shown(r)).toBe(readFileSync(join(dir, "shared_sets_classes.out"), "utf8"));
    expect(r.status, shown(r)).toBe(0);
  }, 90_000);

  it("time.thread_time is the thread's CPU time, process_time every thread's (as CPython 3.11)", async () => {
    const r = await runPyt(file("cpu_clocks"), { timeoutMs: 30_000 });
    expect(r.stdout, shown(r)).toBe(
      "sleeper: little CPU while it slept True\nworker: some CPU, at most its wall time True\nprocess: at least the worker's True\nint int\n",
    );
    expect(r.status, shown(r)).toBe(0);
  }, 60_000);

  it("Lock timeouts, Thread API and errors worded as CPython 3.11", async () => {
    const r = await runPyt(file("api"), { timeoutMs: 30_000 });
    expect(r.stdout, shown(r)).toBe(readFileSync(join(dir, "api.out"), "utf8"));
    if (!pytIsCPython()) expect(r.stderr, shown(r)).toBe(readFileSync(join(dir, "api.err"), "utf8"));
    expect(r.status, shown(r)).toBe(0);
  }, 60_000);

  /** Runs interrupt_join.pyt, sends SIGINT once it printed "ready" (and again once the traceback is out,
   *  when `twice`); resolves with stderr, the exit status, and when the traceback and the exit came. */
  function interrupted(where: string, twice: boolean, program = "interrupt_join") {
    const [cmd, ...args] = pytCommand();
    const p = spawn(cmd, [...args, file(program), where], { cwd: repoRoot });
    let out = "", err = "", t0 = 0, tb = -1;
    return new Promise<{ out: string; err: string; status: number | null; signal: string | null; tbMs: number; exitMs: number }>((done) => {
      const kill = setTimeout(() => p.kill("SIGKILL"), 30_000);
      p.stdout.on("data", (d) => {
        out += d;
        // 300 ms after "ready": MainThread is then blocked in the wait (a SIGINT before it would raise
        // at a loop or call check instead, and exit would wait for the thread, in CPython too).
        if (t0 === 0 && out.includes("ready")) {
          t0 = -1;
          setTimeout(() => { t0 = Date.now(); p.kill("SIGINT"); }, 300);
        }
      });
      p.stderr.on("data", (d) => {
        err += d;
        if (tb < 0 && /KeyboardInterrupt\n$/.test(err)) {
          tb = Date.now() - t0;
          if (twice) p.kill("SIGINT");
        }
      });
      p.on("exit", (status, signal) => {
        clearTimeout(kill);
        done({ out, err, status, signal, tbMs: tb, exitMs: Date.now() - t0 });
      });
    });
  }

  for (const where of ["join", "acquire", "sleep"]) {
    it.skipIf(pytIsCPython())(`Ctrl-C reaches MainThread blocked in ${where}: traceback within 1 s, exit 130; a second Ctrl-C stops everything`, async () => {
      const r = await interrupted(where, true);
      expect(r.err, JSON.stringify(r)).toMatch(/^Traceback \(most recent call last\):\n[^]*\nKeyboardInterrupt\n/);
      expect(r.tbMs, JSON.stringify(r)).toBeGreaterThanOrEqual(0);
      expect(r.tbMs, JSON.stringify(r)).toBeLessThan(1000);
      // Stopped by the second Ctrl-C: 130. In join, the first may end the program before the second comes
      // (the joined thread is marked stopped: see below), and then it dies of SIGINT: a shell shows 130.
      if (where === "join" && r.signal !== null) expect(r.signal, JSON.stringify(r)).toBe("SIGINT");
      else expect(r.status, JSON.stringify(r)).toBe(130);
      expect(r.exitMs, JSON.stringify(r)).toBeLessThan(3000); // not the thread's 10 s
    }, 40_000);
  }

  for (const where of ["plain", "atexit"]) {
    it.skipIf(pytIsCPython())(`Ctrl-C while the program's end waits for a thread (${where}): ignored with a message, status kept, atexit callbacks run`, async () => {
      const r = await interrupted(where, false, "interrupt_shutdown");
      expect(r.err, JSON.stringify(r)).toBe("Exception ignored in: <module 'threading'>\nKeyboardInterrupt: \n");
      expect(r.out, JSON.stringify(r)).toBe(where === "atexit" ? "ready\natexit ran\n" : "ready\n");
      expect(r.status, JSON.stringify(r)).toBe(4);
      expect(r.exitMs, JSON.stringify(r)).toBeLessThan(3000); // not the thread's 10 s
    }, 40_000);
  }

  it.skipIf(pytIsCPython())("one Ctrl-C in join: CPython marks the joined thread stopped, so the program exits at once", async () => {
    const r = await interrupted("join", false);
    expect(r.err, JSON.stringify(r)).toMatch(/t\.join\(\)\nKeyboardInterrupt\n$/);
    // An uncaught KeyboardInterrupt: the process dies of SIGINT, as CPython's (a shell shows status 130).
    expect(r.signal, JSON.stringify(r)).toBe("SIGINT");
    expect(r.exitMs, JSON.stringify(r)).toBeLessThan(3000);
  }, 40_000);
});
