// Small programs whose output (stdout, stderr with tracebacks, exit status) was produced by CPython
// 3.11: test/interpreter/programs/<name>.py and .out/.err/.status (gen-expected.py regenerates them).
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./test-host.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "programs");
const names = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();

describe("programs vs CPython 3.11", () => {
  for (const name of names) {
    it(name, () => {
      const stem = join(dir, name.slice(0, -3));
      const r = run(readFileSync(join(dir, name), "utf8"), name);
      expect(r.stdout).toBe(readFileSync(stem + ".out", "utf8"));
      expect(r.stderr).toBe(readFileSync(stem + ".err", "utf8"));
      expect(r.status).toBe(Number(readFileSync(stem + ".status", "utf8")));
    });
  }
});
