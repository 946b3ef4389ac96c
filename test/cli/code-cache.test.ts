// tools/load-cached.cjs, the loader of dist/bundle's CommonJS bundles with V8 code caches: a bundle
// runs the same with or without its cache, the cache is written once and then used, and a changed
// bundle never runs from the cache of the old one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const loader = fileURLToPath(new URL("../../tools/load-cached.cjs", import.meta.url));

/** Loads `file` in a fresh process; returns its exports' `value` and how many caches were written. */
function load(file: string): { value: string; written: number } {
  const script = `const l = require(${JSON.stringify(loader)}); const m = l.load(${JSON.stringify(file)}, "t");
    console.log(JSON.stringify({ value: m.value(), written: l.saveCaches() }));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
}

describe("load-cached", () => {
  it("writes the cache once, then runs from it; a changed bundle of the same length gets its own", () => {
    const dir = mkdtempSync(join(tmpdir(), "pyt-cache-"));
    const file = join(dir, "b.js");
    writeFileSync(file, 'exports.value = () => "one " + require("node:path").basename(__filename);\n');
    expect(load(file)).toEqual({ value: "one b.js", written: 1 });
    expect(readdirSync(dir).filter((f) => f.endsWith(".cache"))).toHaveLength(1);
    expect(load(file)).toEqual({ value: "one b.js", written: 0 });
    // Same length, new text and time: V8 alone would accept the old cache (it checks the length).
    writeFileSync(file, 'exports.value = () => "two " + require("node:path").basename(__filename);\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(load(file)).toEqual({ value: "two b.js", written: 1 });
    expect(load(file)).toEqual({ value: "two b.js", written: 0 });
  });

  it("rewrites a cache V8 rejects", () => {
    const dir = mkdtempSync(join(tmpdir(), "pyt-cache-"));
    const file = join(dir, "b.js");
    writeFileSync(file, "exports.value = () => 'ok';\n");
    expect(load(file).written).toBe(1);
    const cache = readdirSync(dir).find((f) => f.endsWith(".cache"))!;
    writeFileSync(join(dir, cache), "not a V8 code cache");
    expect(load(file)).toEqual({ value: "ok", written: 1 });
    expect(load(file)).toEqual({ value: "ok", written: 0 });
  });
});
