// ThreadWaits.sleep's `meanwhile`: a pool worker's one-time collection runs inside its first long sleep,
// some way in (worker-main.ts Host.sleep), with the thread seen asleep all along.
import { describe, expect, it } from "vitest";
import { createBuffer, T, WaitKind } from "../../dist/runtime/layout.js";
import { ThreadTable } from "../../dist/runtime/thread-table.js";
import { ThreadWaits } from "../../dist/runtime/waits.js";

function waitsForOneThread() {
  const layout = createBuffer({ bytes: 1 << 20, threadSlots: 4, locks: 16 }, performance.timeOrigin);
  const threads = new ThreadTable(layout);
  const slot = threads.claim("T", false, 0);
  const kind = () => Atomics.load(layout.i32, threads.word(slot, T.WAIT_KIND));
  return { waits: new ThreadWaits(layout.i32, threads, slot), kind };
}

describe("ThreadWaits.sleep with work meanwhile", () => {
  it("runs the work once, `after` ms into the sleep, while the thread is recorded asleep", () => {
    const { waits, kind } = waitsForOneThread();
    const calls: { at: number; kind: number }[] = [];
    const start = performance.now();
    expect(waits.sleep(0.2, () => calls.push({ at: performance.now() - start, kind: kind() }), 50)).toBe(true);
    const took = performance.now() - start;
    expect(calls).toHaveLength(1);
    expect(calls[0].kind).toBe(WaitKind.Sleep);
    expect(calls[0].at).toBeGreaterThanOrEqual(49);
    expect(calls[0].at).toBeLessThan(took);
    expect(took).toBeGreaterThanOrEqual(199);
    expect(kind()).toBe(WaitKind.None);
  });

  it("runs the work at once without `after`, and not at all in a sleep shorter than `after`", () => {
    const { waits, kind } = waitsForOneThread();
    const start = performance.now();
    let at = -1;
    waits.sleep(0.05, () => (at = performance.now() - start));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(40);
    let ran = false;
    waits.sleep(0.02, () => (ran = true), 100);
    expect(ran).toBe(false);
    expect(kind()).toBe(WaitKind.None);
  });
});
