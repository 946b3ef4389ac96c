// The bundled parser takes its productions from a table recorded at build time (grammar/gast.ts) instead
// of chevrotain's recording: it must parse, and fail, exactly as the recorded one does.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recordGast, withGast } from "../../grammar/index.js";
import { restoreGast, serializeGast } from "../../grammar/gast.js";
import * as T from "../../grammar/tokens.js";
import { corpus, outcome } from "./corpus.js";

describe("recorded grammar table", () => {
  it("holds every rule, and restores to the same productions", () => {
    const table = JSON.parse(JSON.stringify(recordGast()));
    expect(Object.keys(table).length).toBeGreaterThan(50);
    expect(serializeGast(restoreGast(table, T.allTokens))).toEqual(table);
  });

  it("gives a parser that parses the corpus and the parser tests' snippets as the recording one does", () => {
    const table = JSON.parse(JSON.stringify(recordGast()));
    const { files, snippets } = corpus();
    expect(files.length).toBeGreaterThan(300);
    let compared = 0;
    for (const [name, source] of [...files.map((f) => [f, readFileSync(f, "utf8")]), ...snippets.map((s) => [JSON.stringify(s), s])]) {
      expect(withGast(table, () => outcome(source)), name).toBe(outcome(source));
      compared++;
    }
    expect(compared).toBe(files.length + snippets.length);
  }, 120_000);

  it("a table missing a rule is an internal error, not a different grammar", () => {
    const table = JSON.parse(JSON.stringify(recordGast()));
    delete table.classDef;
    expect(() => withGast(table, () => null)).toThrow(/no rule classDef/);
  });
});
