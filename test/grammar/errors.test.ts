// Malformed programs: CPython 3.11's SyntaxError type, message, line and column (fixtures generated
// by tools/gen-grammar-fixtures.py with compile(src, "x.py", "exec")).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse, PySyntaxError } from "../../grammar/index.js";

interface Case { src: string; type: string; msg: string; line: number; col: number; endLine: number | null; endCol: number | null }
const cases = JSON.parse(readFileSync(new URL("./fixtures/errors.json", import.meta.url), "utf8")) as Case[];

function err(src: string): PySyntaxError {
  try {
    parse(src, "x.py");
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("syntax errors match CPython", () => {
  for (const c of cases) {
    it(JSON.stringify(c.src).slice(0, 80), () => {
      const e = err(c.src);
      expect({ type: e.type, msg: e.msg, line: e.line, col: e.col }).toEqual({ type: c.type, msg: c.msg, line: c.line, col: c.col });
      expect(e.file).toBe("x.py");
      expect(e.text).toBe(c.src.split(/\r\n|\r|\n/)[c.line - 1] ?? "");
    });
  }
});
