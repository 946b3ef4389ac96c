// Running out of memory is a MemoryError, never an internal error: a full shared heap in the thread
// that allocates, a worker's full JS heap for the program. The real interpreter on real workers, with
// a small buffer and a small V8 heap (the CLI's are 1 GiB and V8's default: minutes to fill).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startProgram } from "../../dist/runtime/index.js";
import { createNodePlatform, nodePlatform } from "../../dist/runtime/node/index.js";
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

describe("a worker's JS heap full", () => {
  it("ends the program with MemoryError and status 1, not an internal error", async () => {
    // The Node platform with a small V8 heap per worker (the real one leaves V8's default, ~2-4 GB).
    const platform = createNodePlatform({ maxOldGenerationSizeMb: 48 });
    const source = "print('start')\nkeep = []\nwhile True:\n    keep.append([0] * 1000)\n";
    const program = startProgram({ source, file: "t.py", platform });
    const out: string[] = [];
    const err: string[] = [];
    program.onOutput((stream, text) => (stream === 1 ? out : err).push(text));
    expect(await program.exited).toBe(1);
    expect(out.join("")).toBe("start\n");
    expect(err.join("")).toBe("MemoryError: out of memory (a worker reached V8's JavaScript heap limit)\n");
  }, 60_000);
});
