// The differential harness shared by test/differential.test.ts and test/conformance-threads/: every
// <corpus>/<topic>/<case>.pyt is run through the real command (PYT_CMD, default `node bin/pyt.js`) and its
// stdout, stderr and exit status must equal what CPython 3.11 produced (<case>.out, <case>.err if any,
// <case>.status if non-zero; <case>.in and <case>.args if present; see tools/gen-expected.py).
// Programs run concurrently in a small pool started up front; each it() awaits its own result.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { outcomeDiff } from "./diff.js";
import { normalizePaths, Pool, poolSize, pytCommand, repoRoot, runPyt, type RunResult } from "./run.js";

const TIMEOUT_MS = Number(process.env.PYT_TIMEOUT_MS) || 20_000;

function programs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? programs(join(dir, e.name)) : e.name.endsWith(".pyt") ? [join(dir, e.name)] : []))
    .sort();
}

function readOr(file: string, fallback: string | null): string | null {
  return existsSync(file) ? readFileSync(file, "utf8") : fallback;
}

/** One vitest describe() named `title` with an it() per program under `corpus` (an absolute folder). */
export function differentialSuite(title: string, corpus: string): void {
  const files = programs(corpus);
  const filter = process.env.PYT_FILTER; // substring of the relative path, to run a subset
  const selected = filter ? files.filter((f) => relative(corpus, f).includes(filter)) : files;
  const pool = new Pool(poolSize());
  const results = new Map<string, Promise<RunResult>>();
  function resultFor(file: string): Promise<RunResult> {
    let r = results.get(file);
    if (!r) {
      const stem = file.slice(0, -".pyt".length);
      const args = readOr(`${stem}.args`, null);
      r = pool.run(() =>
        runPyt(file, { stdin: readOr(`${stem}.in`, "") ?? "", args: args ? (JSON.parse(args) as string[]) : [], timeoutMs: TIMEOUT_MS }),
      );
      results.set(file, r);
    }
    return r;
  }

  describe(`${title} (${pytCommand().join(" ")})`, () => {
    // Start every run now, in file order, so the pool stays busy while the it()s await in the same order.
    for (const f of selected) void resultFor(f).catch(() => {});

    for (const file of selected) {
      const name = relative(corpus, file);
      it(name, async () => {
        const stem = file.slice(0, -".pyt".length);
        const expected = {
          stdout: readOr(`${stem}.out`, "")!,
          stderr: readOr(`${stem}.err`, "")!,
          status: Number(readOr(`${stem}.status`, "0")!.trim()),
        };
        const r = await resultFor(file);
        if (r.timedOut) expect.fail(`${name}: timed out after ${TIMEOUT_MS} ms\n--- stdout so far\n${r.stdout}\n--- stderr so far\n${r.stderr}`);
        const actual = {
          stdout: normalizePaths(r.stdout, file),
          stderr: normalizePaths(r.stderr, file),
          status: r.status ?? (r.signal ? `signal ${r.signal}` : null),
        } as { stdout: string; stderr: string; status: number | null };
        if (actual.stdout !== expected.stdout || actual.stderr !== expected.stderr || actual.status !== expected.status) {
          const where = `${relative(repoRoot, file)} (cwd ${relative(repoRoot, dirname(file))})`;
          expect.fail(`${where} differs from CPython 3.11:\n\n${outcomeDiff(expected, actual)}\n`);
        }
      }, TIMEOUT_MS * 4);
    }
  });
}
