// Issue 5: 12_deadlock.pyt must not hang as CPython does. pyt reports the deadlock on stderr (naming the
// threads' functions, both locks by variable name and the lines where each thread waits) and exits with
// status 3 within 2 s of the deadlock forming (about 0.1 s after the threads start).
// Skipped under CPython (PYT_CMD=python3), which hangs forever on this program.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pytCommand, pytIsCPython, repoRoot, runArgv, runPyt } from "../helpers/run.js";

const program = join(repoRoot, "test", "lessons", "12_deadlock.pyt");

describe.skipIf(pytIsCPython())(`12_deadlock (${pytCommand().join(" ")})`, () => {
  it("reports the deadlock on stderr and exits 3 within 2 s of it forming", async () => {
    // Start-up cost of the command, measured on a trivial program, is not held against the 2 s.
    const probe = await runArgv([...pytCommand(), "-c", "pass"], { timeoutMs: 20_000 });
    const startup = probe.status === 0 ? probe.ms : 1_000;
    const r = await runPyt(program, { timeoutMs: 15_000 });
    const shown = `exit ${r.status}, ${Math.round(r.ms)} ms (start-up ${Math.round(startup)} ms)\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
    expect(r.timedOut, `hung (killed after 15 s)\n${shown}`).toBe(false);
    expect(r.status, shown).toBe(3);
    expect(r.stdout, shown).toBe("");
    // deadlock forms ~0.1 s after start (sleep(0.1)); allow 2 s after that, plus start-up
    expect(r.ms, shown).toBeLessThan(startup + 100 + 2_000);
    for (const word of ["lock_a", "lock_b", "worker_one", "worker_two"]) expect(r.stderr, shown).toContain(word);
    // the waiting lines: worker_one waits at line 11 (lock_b.acquire()), worker_two at line 17 (lock_a.acquire())
    expect(r.stderr, shown).toMatch(/\b11\b/);
    expect(r.stderr, shown).toMatch(/\b17\b/);
  }, 60_000);
});
