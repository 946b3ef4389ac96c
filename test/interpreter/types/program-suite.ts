// Runs every <name>.py of a folder in-process and compares stdout, stderr and exit status with the
// committed CPython 3.11 results (<name>.out/.err/.status, made by types/gen-expected.py).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

