// The lock table under real contention: worker_threads on one SharedArrayBuffer.
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { ACQUIRED, INTERRUPTED, LockTable, TIMED_OUT, WAKE_INC, type WaitHooks } from "../../dist/runtime/lock-table.js";

const BASE = 16;
const COUNT = 64;
const workerUrl = new URL("./fixtures/lock-worker.mjs", import.meta.url);

function buffer(logWords = 0) {
  const sab = new SharedArrayBuffer((BASE + LockTable.wordsFor(COUNT) + logWords) * 4);
  return { sab, i32: new Int32Array(sab), table: new LockTable(new Int32Array(sab), BASE, COUNT) };
}

const hooks: WaitHooks = { now: () => performance.now(), beginWait() {}, interrupted: () => false, endWait() {} };

/** Starts workers, opens the start gate once all are ready, resolves with their messages. */
async function run(sab: SharedArrayBuffer, configs: object[]): Promise<{ t: string; ms: number; result?: number }[][]> {
  const i32 = new Int32Array(sab);
  const workers = configs.map((c) => new Worker(workerUrl, { workerData: { sab, base: BASE, count: COUNT, ...c } }));
  const messages: { t: string; ms: number; result?: number }[][] = workers.map(() => []);
  let ready = 0;
  const done = workers.map(
    (w, i) =>
      new Promise<void>((resolve, reject) => {
        w.on("error", reject);
        w.on("message", (m) => {
          messages[i].push(m);
          if (m.t === "ready" && ++ready === workers.length) {
            Atomics.store(i32, 4, 1);
            Atomics.notify(i32, 4);
          }
          if (m.t === "done") resolve();
        });
      }),
  );
  await Promise.all(done);
  await Promise.all(workers.map((w) => w.terminate()));
  return messages;
}

describe("lock table", () => {
  it("keeps 4 workers x 100 000 locked increments exact", async () => {
    const { sab, i32, table } = buffer();
    const id = table.allocate();
    const msgs = await run(sab, [0, 1, 2, 3].map((slot) => ({ slot, mode: "count", n: 100_000, a: id })));
    expect(i32[0]).toBe(400_000);
    expect(table.locked(id)).toBe(false);
    const ms = Math.max(...msgs.map((m) => m.at(-1)!.ms));
    console.log(`4 x 100000 locked increments: ${ms.toFixed(1)} ms`);
  });

  it("lets a holder that re-takes its lock at once keep it while another worker spins for it", async () => {
    // Two workers each taking the lock 100 000 times in a loop, on two cores: a spinner that took the
    // lock whenever it saw it free got it between many a release and re-take (the holder's gap is ~0.1
    // µs), 36 000-130 000 hand-overs here; one that learns the holder re-takes it leaves it the lock until
    // it stops, is preempted, or a woken waiter's patience ends (lock-table.ts FREE_LOADS): 100-1000.
    const n = 100_000;
    const { sab, i32, table } = buffer();
    const id = table.allocate();
    await run(sab, [0, 1].map((slot) => ({ slot, mode: "handovers", n, a: id })));
    expect(i32[0]).toBe(2 * n);
    console.log(`2 x ${n} tight-loop holds: ${i32[6]} hand-overs`);
    expect(i32[6]).toBeLessThan(n / 10);
  });

  it("hands off in strict alternation between two workers (two-lock ping-pong)", async () => {
    const n = 20_000;
    const { sab, i32, table } = buffer(2 * n);
    const l1 = table.allocate();
    const l2 = table.allocate();
    expect(table.acquire(l2, 9, -1, hooks)).toBe(ACQUIRED); // worker 2 waits until worker 1 releases l2
    const msgs = await run(sab, [
      { slot: 1, mode: "pingpong", n, a: l1, b: l2 },
      { slot: 2, mode: "pingpong", n, a: l2, b: l1 },
    ]);
    expect(i32[1]).toBe(2 * n);
    const logBase = BASE + LockTable.wordsFor(COUNT);
    let alternating = true;
    for (let k = 0; k < 2 * n; k++) if (i32[logBase + k] !== 1 + (k % 2)) alternating = false;
    expect(alternating).toBe(true);
    const ms = Math.max(...msgs.map((m) => m.at(-1)!.ms));
    console.log(`ping-pong: ${Math.round((2 * n) / (ms / 1000))} hand-offs/s`);
  });

  it("times out close to the requested time", () => {
    const { table } = buffer();
    const id = table.allocate();
    expect(table.acquire(id, 0, -1, hooks)).toBe(ACQUIRED);
    // Never early; the best of a few tries within ~1 ms (a loaded machine only ever adds delay).
    for (const ms of [1, 5, 50]) {
      const took: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        expect(table.acquire(id, 1, ms, hooks)).toBe(TIMED_OUT);
        took.push(performance.now() - t0);
      }
      expect(Math.min(...took)).toBeGreaterThanOrEqual(ms - 0.05);
      expect(Math.min(...took)).toBeLessThan(ms + 2);
    }
  });

  it("a non-blocking acquire returns at once", () => {
    const { table } = buffer();
    const id = table.allocate();
    expect(table.acquire(id, 0, 0, hooks)).toBe(ACQUIRED);
    const took: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      expect(table.acquire(id, 1, 0, hooks)).toBe(TIMED_OUT);
      expect(table.tryAcquire(id, 1)).toBe(false);
      took.push(performance.now() - t0);
    }
    expect(Math.min(...took)).toBeLessThan(0.5);
  });

  it("an acquire guessing the lock's free word stays right when the guess is wrong", () => {
    const { table, i32 } = buffer();
    const a = table.allocate();
    expect(table.acquire(a, 1, -1, hooks)).toBe(ACQUIRED);
    expect(table.releaseFrom(a)).toBe(1); // the guess for a is now its free word
    Atomics.add(i32, table.wordIndex(a), WAKE_INC); // an interrupt's bump: the guess is stale
    expect(table.acquire(a, 2, 0, hooks)).toBe(ACQUIRED);
    expect(table.holder(a)).toBe(2);
    expect(table.acquire(a, 1, 0, hooks)).toBe(TIMED_OUT); // held: the guess must not take it
    expect(table.holder(a)).toBe(2);
    expect(table.releaseFrom(a)).toBe(2);
    // Two locks sharing a place in the guess cache (ids equal modulo 64), one word bumped.
    const big = new Int32Array(new SharedArrayBuffer((BASE + LockTable.wordsFor(128)) * 4));
    const t2 = new LockTable(big, BASE, 128);
    const x = 5, y = 69;
    expect(t2.acquire(x, 1, 0, hooks)).toBe(ACQUIRED);
    expect(t2.releaseFrom(x)).toBe(1);
    Atomics.add(big, t2.wordIndex(y), 3 * WAKE_INC);
    expect(t2.acquire(y, 4, 0, hooks)).toBe(ACQUIRED);
    expect(t2.releaseFrom(y)).toBe(4);
    expect(t2.acquire(x, 5, 0, hooks)).toBe(ACQUIRED); // guess from y: wrong, taken by the usual path
    expect(t2.acquire(y, 6, 0, hooks)).toBe(ACQUIRED);
    expect([t2.holder(x), t2.holder(y)]).toEqual([5, 6]);
    expect(t2.acquire(y, 7, 0, hooks)).toBe(TIMED_OUT);
  });

  it("lets a non-owner release, and reports releasing an unlocked lock", () => {
    const { table } = buffer();
    const id = table.allocate();
    expect(table.acquire(id, 3, -1, hooks)).toBe(ACQUIRED);
    expect(table.holder(id)).toBe(3);
    expect(table.release(id)).toBe(true); // by anyone
    expect(table.locked(id)).toBe(false);
    expect(table.release(id)).toBe(false);
  });

  it("wakes a waiter blocked in another worker when its lock is released", async () => {
    const { sab, table } = buffer();
    const id = table.allocate();
    table.acquire(id, 0, -1, hooks);
    const i32 = new Int32Array(sab);
    const p = run(sab, [{ slot: 1, mode: "wait", n: -1, a: id }]);
    // Release once the worker has recorded its wait (word 3), i.e. it is blocked or about to block.
    while (Atomics.load(i32, 3) === 0) await new Promise((r) => setImmediate(r));
    table.release(id);
    const [msgs] = await p;
    expect(msgs.find((m) => m.t === "result")!.result).toBe(ACQUIRED);
  });

  it("interrupts a waiter blocked in another worker", async () => {
    const { sab, table } = buffer();
    const id = table.allocate();
    table.acquire(id, 0, -1, hooks);
    const i32 = new Int32Array(sab);
    const p = run(sab, [{ slot: 1, mode: "wait", n: 60_000, a: id }]);
    while (Atomics.load(i32, 3) === 0) await new Promise((r) => setImmediate(r));
    // The interrupter's side of the protocol: flag first, then bump and notify the recorded word.
    Atomics.store(i32, 2, 1);
    const addr = Atomics.load(i32, 3) - 1;
    Atomics.add(i32, addr, WAKE_INC);
    Atomics.notify(i32, addr);
    const [msgs] = await p;
    const r = msgs.find((m) => m.t === "result")!;
    expect(r.result).toBe(INTERRUPTED);
    expect(r.ms).toBeLessThan(5000);
    expect(table.holder(id)).toBe(0); // the wake bits did not disturb the lock
  });

  it("allocates distinct ids, skips reserved ones, reuses freed ones, and reports a full table", () => {
    const sab = new SharedArrayBuffer((BASE + LockTable.wordsFor(COUNT)) * 4);
    const table = new LockTable(new Int32Array(sab), BASE, COUNT, 2);
    table.initReserved();
    const ids = Array.from({ length: COUNT - 2 }, () => table.allocate());
    expect(new Set(ids).size).toBe(COUNT - 2);
    expect(Math.min(...ids)).toBe(2);
    expect(table.tryAllocate()).toBe(-1);
    expect(() => table.allocate()).toThrow(/full/);
    table.acquire(ids[5], 0, -1, hooks);
    table.free(ids[5]);
    expect(table.allocate()).toBe(ids[5]);
    expect(table.locked(ids[5])).toBe(false);
  });
});
