// The parser's lookahead comes from a table computed at build time (grammar/lookahead.ts): built from
// that table, round-tripped through JSON as the bundles carry it, the parser must choose exactly as
// chevrotain's own LL(k) strategy does, on every program of the corpus (ASTs and errors alike).
import { readFileSync } from "node:fs";
import { LLkLookaheadStrategy } from "chevrotain";
import { describe, expect, it } from "vitest";
import { recordLookahead, withLookahead } from "../../grammar/index.js";
import { TabledLookahead } from "../../grammar/lookahead.js";
import { MAX_LOOKAHEAD } from "../../grammar/parser-expr.js";
import * as T from "../../grammar/tokens.js";
import { corpus, outcome } from "./corpus.js";

describe("lookahead table", () => {
  // The parser tests' snippets, malformed ones included: errors must be chosen alike too.
  const { files, snippets } = corpus();

  it("covers every production, and the parser built from it parses the corpus and the parser tests' snippets as chevrotain's LL(k) does", () => {
    const table = JSON.parse(JSON.stringify(recordLookahead()));
    expect(Object.keys(table).length).toBeGreaterThan(50);
    const tabled = new TabledLookahead(T.allTokens, MAX_LOOKAHEAD, table);
    expect(files.length).toBeGreaterThan(300);
    let compared = 0;
    const programs = [...files.map((file) => [file, readFileSync(file, "utf8")]), ...snippets.map((src) => [JSON.stringify(src), src])];
    for (const [file, source] of programs) {
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
