// A full shared heap is a Python MemoryError in the thread that allocates, never an internal error:
// the real interpreter on real workers, with a small buffer (the CLI's is 1 GiB: minutes to fill).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startProgram } from "../../dist/runtime/index.js";
import { nodePlatform } from "../../dist/runtime/node/index.js";
import { repoRoot } from "../helpers/run.js";

async function run(how: "caught" | "uncaught") {
  const file = join(repoRoot, "test", "threads", "programs", "heap_full.pyt");
  const source = readFileSync(file, "utf8");
  const program = startProgram({ source, file, argv: [file, how], platform: nodePlatform, layout: { bytes: 32 * 1024 * 1024 } });
  const out: string[] = [];
  const err: string[] = [];
  program.onOutput((stream, text) => (stream === 1 ? out : err).push(text));
  const status = await program.exited;
  return { status, stdout: out.join(""), stderr: err.join("") };
}

describe("shared heap full", () => {
  it("raises MemoryError in the allocating thread, which can catch it", async () => {
    const r = await run("caught");
    expect(r.stdout, r.stderr).toMatch(/^caught: MemoryError shared heap exhausted \(\d+ MB\)\nmain goes on: True\n$/);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 60_000);

  it("uncaught, it is the thread's exception as any other, and the program goes on", async () => {
    const r = await run("uncaught");
    const lines = r.stderr.split("\n");
    expect(lines[0], r.stderr).toBe("Exception in thread Thread-1 (fill_uncaught):");
    expect(lines[1]).toBe("Traceback (most recent call last):");
    expect(r.stderr).toMatch(/\n {4}shared\.append\(\[1\]\)\n/);
    expect(lines.at(-2)).toMatch(/^MemoryError: shared heap exhausted \(\d+ MB\)$/);
    expect(r.stdout).toBe("main goes on: True\n");
    expect(r.status).toBe(0);
  }, 60_000);
});
