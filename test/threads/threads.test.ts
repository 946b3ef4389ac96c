// Real threads through the real command (PYT_CMD, default `node bin/pyt.js`): shared counters with and
// without a lock, a time-bounded stress run over shared list/dict/globals with the shared heap's
// figures, lock timeouts, and the threading API's behaviour and error wording checked against CPython
// 3.11 (api.out/api.err were produced by python3 on the same file; threading.py frames left out).
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

  it.skipIf(pytIsCPython())("stress: 4 threads for 3 s; list length exact, every value read was written, heap back near start", async () => {
    const r = await runPyt(file("stress"), { timeoutMs: 60_000, args: ["3"] });
    expect(r.stdout, shown(r)).toBe(
      "list exact: True\nbad reads: 0\ndict values ok: True\nglobals ok: True True\nheap back near start: True\n",
    );
    expect(r.status, shown(r)).toBe(0);
    console.log(`stress: ${r.stderr.trim()}`);
  }, 90_000);

  it("Lock timeouts, Thread API and errors worded as CPython 3.11", async () => {
    const r = await runPyt(file("api"), { timeoutMs: 30_000 });
    expect(r.stdout, shown(r)).toBe(readFileSync(join(dir, "api.out"), "utf8"));
    if (!pytIsCPython()) expect(r.stderr, shown(r)).toBe(readFileSync(join(dir, "api.err"), "utf8"));
    expect(r.status, shown(r)).toBe(0);
  }, 60_000);
});
