// Programs exercising the builtin types (list, tuple, dict, set, range, str, int/float/bool) whose
// stdout, stderr and exit status were produced by CPython 3.11 (gen-expected.py regenerates them).
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run, TestHost } from "../test-host.js";

export function programSuite(title: string, dir: string): void {
  const names = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();
  describe(title, () => {
    for (const name of names) {
      it(name, () => {
        const stem = join(dir, name.slice(0, -3));
        const r = run(readFileSync(join(dir, name), "utf8"), name, new TestHost([], [name, "arg1"]));
        expect(r.stdout).toBe(readFileSync(stem + ".out", "utf8"));
        expect(r.stderr).toBe(readFileSync(stem + ".err", "utf8"));
        expect(r.status).toBe(Number(readFileSync(stem + ".status", "utf8")));
      });
    }
  });
}

programSuite("builtin types vs CPython 3.11", join(dirname(fileURLToPath(import.meta.url)), "programs"));
