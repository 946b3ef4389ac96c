// The parser's lookahead comes from a table computed at build time (grammar/lookahead.ts): built from
// that table, round-tripped through JSON as the bundles carry it, the parser must choose exactly as
// chevrotain's own LL(k) strategy does, on every program of the corpus (ASTs and errors alike).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { LLkLookaheadStrategy } from "chevrotain";
import { describe, expect, it } from "vitest";
import { parse, recordLookahead, withLookahead } from "../../grammar/index.js";
import { TabledLookahead } from "../../grammar/lookahead.js";
import { MAX_LOOKAHEAD } from "../../grammar/parser-expr.js";
import * as T from "../../grammar/tokens.js";

const root = join(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(pyt|py)$/.test(name) ? [path] : [];
  });
}

function outcome(source: string): string {
  try {
    return JSON.stringify(parse(source, "x.pyt"));
  } catch (e) {
    const err = e as Error & { lineno?: number; offset?: number };
    return `${err.name}: ${err.message} at ${err.lineno}:${err.offset}`;
  }
}

describe("lookahead table", () => {
  const files = ["conformance", "conformance-threads", "lessons"].flatMap((d) => sources(join(root, d)));
  // The parser tests' snippets, malformed ones included: errors must be chosen alike too.
  const snippets = ["parse.json", "errors.json"].flatMap((f) =>
    (JSON.parse(readFileSync(join(root, "grammar", "fixtures", f), "utf8")) as { src: string }[]).map((c) => c.src),
  );

  it("covers every production, and the parser built from it parses the corpus and the parser tests' snippets as chevrotain's LL(k) does", () => {
    const table = JSON.parse(JSON.stringify(recordLookahead()));
    expect(Object.keys(table).length).toBeGreaterThan(50);
    const tabled = new TabledLookahead(T.allTokens, MAX_LOOKAHEAD, table);
    expect(files.length).toBeGreaterThan(300);
    let compared = 0;
    const corpus = [...files.map((file) => [file, readFileSync(file, "utf8")]), ...snippets.map((src) => [JSON.stringify(src), src])];
    for (const [file, source] of corpus) {
      const ours = withLookahead(tabled, () => outcome(source));
      const theirs = withLookahead(new LLkLookaheadStrategy({ maxLookahead: MAX_LOOKAHEAD }), () => outcome(source));
      expect(ours, file).toBe(theirs);
      compared++;
    }
    // Nothing was computed: every production's paths came from the table.
    expect(Object.keys(tabled.recorded).sort()).toEqual(Object.keys(table).sort());
    expect(compared).toBe(files.length + snippets.length);
  }, 120_000);
});
