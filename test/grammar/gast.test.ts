// The bundled parser takes its productions from a table recorded at build time (grammar/gast.ts) instead
// of chevrotain's recording: it must parse, and fail, exactly as the recorded one does.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, recordGast, withGast } from "../../grammar/index.js";
import { restoreGast, serializeGast } from "../../grammar/gast.js";
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

describe("recorded grammar table", () => {
  it("holds every rule, and restores to the same productions", () => {
    const table = JSON.parse(JSON.stringify(recordGast()));
    expect(Object.keys(table).length).toBeGreaterThan(50);
    expect(serializeGast(restoreGast(table, T.allTokens))).toEqual(table);
  });

  it("gives a parser that parses the corpus and the parser tests' snippets as the recording one does", () => {
    const table = JSON.parse(JSON.stringify(recordGast()));
    const files = ["conformance", "conformance-threads", "lessons"].flatMap((d) => sources(join(root, d)));
    const snippets = ["parse.json", "errors.json"].flatMap((f) =>
      (JSON.parse(readFileSync(join(root, "grammar", "fixtures", f), "utf8")) as { src: string }[]).map((c) => c.src),
    );
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
