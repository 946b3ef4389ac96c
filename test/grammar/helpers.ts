// Test helpers: normalize ASTs for comparison with CPython's (positions inside f-strings are not
// compared, floats are compared by value), and list token names.
import { createLexer } from "../../grammar/lexer.js";

const POS = ["line", "col", "endLine", "endCol"];

/** Deep copy of an AST with positions removed below JoinedStr nodes and float texts made canonical. */
export function normalize(node: unknown, inFString = false): unknown {
  if (Array.isArray(node)) return node.map((x) => normalize(x, inFString));
  if (node === null || typeof node !== "object") return node;
  const o = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (inFString && POS.includes(k)) continue;
    if (k === "value" && (o.type === "float" || o.type === "complex") && typeof v === "string") {
      const n = v === "inf" ? Infinity : Number(v);
      out[k] = Number.isFinite(n) ? n : String(n);
      continue;
    }
    out[k] = normalize(v, inFString || o.kind === "JoinedStr");
  }
  return out;
}

export function tokenNames(src: string): string[] {
  const r = createLexer().tokenize(src);
  if (r.error) throw new Error(r.error.msg);
  return r.tokens.map((t) => t.tokenType.name);
}
