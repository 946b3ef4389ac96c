// Issue 4: ThreadPoolExecutor.map's native job (modules/futures-native.ts) when the pool breaks: the
// initializer's traceback on stderr names CPython's library frames, so stderr is checked by pattern.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runPyt } from "../helpers/run.js";

describe("map on a broken pool", () => {
  it("the result raises BrokenThreadPool after the initializer's report", async () => {
    const r = await runPyt(join(repoRoot, "test", "issue4", "map_broken_pool.pyt"), { timeoutMs: 20_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("BrokenThreadPool A thread initializer failed, the thread pool is not usable anymore\n");
    expect(r.stderr).toMatch(/^Exception in initializer:\nTraceback \(most recent call last\):\n[^]*\nValueError: no init\n$/);
  }, 30_000);
});
