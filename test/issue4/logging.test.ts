// Issue 4: logging fields that differ from run to run (asctime, thread ids, the order of threads' lines)
// are checked by pattern, through the real pyt command.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runPyt } from "../helpers/run.js";

describe("logging from several threads", () => {
  it("asctime, threadName, thread, levelname, name, message; datefmt", async () => {
    const r = await runPyt(join(repoRoot, "test", "issue4", "logging_fields.pyt"), { timeoutMs: 20_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    const full = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (\S+) (\d+) (DEBUG|INFO) (\S+) (.*)$/;
    const workers = lines.slice(0, 3).map((l) => l.match(full));
    for (const m of workers) expect(m).not.toBeNull();
    expect(workers.map((m) => `${m![2]} ${m![4]} ${m![5]} ${m![6]}`).sort()).toEqual([
      "W0 INFO pool item 0", "W1 INFO pool item 1", "W2 INFO pool item 2",
    ]);
    expect(new Set(workers.map((m) => m![3])).size).toBe(3); // one thread id per worker
    const main = lines[3].match(full)!;
    expect(main).not.toBeNull();
    expect(main[2]).toBe("MainThread");
    expect(main[6]).toBe(`main ${main[3]}`); // %(thread)d is threading.get_ident()
    expect(Math.abs(Date.parse(main[1].replace(" ", "T").replace(",", ".")) - Date.now())).toBeLessThan(60_000);
    expect(lines[4]).toMatch(/^\d\d:\d\d:\d\d\|datefmt$/);
  }, 30_000);
});
