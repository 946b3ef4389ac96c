// The corpus the parser variants are compared on (lookahead.test.ts, gast.test.ts): every program under
// test/conformance, conformance-threads and lessons, and the parser tests' snippets, malformed ones included.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../grammar/index.js";

const root = join(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(pyt|py)$/.test(name) ? [path] : [];
  });
}

/** The corpus's programs (paths) and snippets. */
export function corpus(): { files: string[]; snippets: string[] } {
  const files = ["conformance", "conformance-threads", "lessons"].flatMap((d) => sources(join(root, d)));
  const snippets = ["parse.json", "errors.json"].flatMap((f) =>
    (JSON.parse(readFileSync(join(root, "grammar", "fixtures", f), "utf8")) as { src: string }[]).map((c) => c.src),
  );
  return { files, snippets };
}

/** What parsing `source` gives: the AST as JSON, or the SyntaxError with its place. */
export function outcome(source: string): string {
  try {
    return JSON.stringify(parse(source, "x.pyt"));
  } catch (e) {
    const err = e as Error & { lineno?: number; offset?: number };
    return `${err.name}: ${err.message} at ${err.lineno}:${err.offset}`;
  }
}
