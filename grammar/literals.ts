// Number and string literals: lexical checks (with CPython's messages), values, escape decoding,
// and the split of an f-string body into literal text and replacement fields.
import type { ConstValue } from "./ast.js";

const KW_AFTER_NUMBER = /^(?:and|else|for|if|in|is|not|or)(?![A-Za-z0-9_])/;

/** Checks what follows a number token; returns CPython's error (message, source offset) or null. */
export function checkNumber(src: string, start: number, end: number): { msg: string; off: number } | null {
  const img = src.slice(start, end);
  const next = src[end] ?? "";
  const base = /^0[xX]/.test(img) ? "hexadecimal" : /^0[oO]/.test(img) ? "octal" : /^0[bB]/.test(img) ? "binary" : "decimal";
  if (base === "decimal" && /^0+\d/.test(img.replace(/_/g, "")) && /^[\d_]+$/.test(img) && /[1-9]/.test(img)) {
    return { msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", off: start };
  }
  if (/^0[xXoObB]$/.test(src.slice(start, start + 2)) && img.length === 1) {
    // "0x" with no digits: the regex matched only "0"
    const b = src[start + 1].toLowerCase() === "x" ? "hexadecimal" : src[start + 1].toLowerCase() === "o" ? "octal" : "binary";
    const d = src[start + 2] ?? "";
    if (b === "octal" && /\d/.test(d)) return { msg: `invalid digit '${d}' in octal literal`, off: start + 2 };
    if (b === "binary" && /\d/.test(d)) return { msg: `invalid digit '${d}' in binary literal`, off: start + 2 };
    return { msg: `invalid ${b} literal`, off: start + 1 };
  }
  if (base === "octal" && /\d/.test(next)) return { msg: `invalid digit '${next}' in octal literal`, off: end };
  if (base === "binary" && /\d/.test(next)) return { msg: `invalid digit '${next}' in binary literal`, off: end };
  // a non-ASCII character after a number is left to the next token (CPython 3.11: "invalid character")
  if (next === "_" || /[A-Za-z0-9_]/.test(next)) {
    if (next !== "_" && KW_AFTER_NUMBER.test(src.slice(end))) return null;
    if (/[eE]/.test(next) && base === "decimal" && !/[eEjJ]/.test(img)) return { msg: "invalid decimal literal", off: end - 1 };
    return { msg: `invalid ${base} literal`, off: next === "_" ? end : end - 1 };
  }
  return null;
}

export function numberValue(img: string): ConstValue {
  const s = img.replace(/_/g, "");
  if (/^0[xXoObB]/.test(s)) return { type: "int", value: BigInt(s).toString() };
  if (/[jJ]$/.test(s)) return { type: "complex", value: floatText(s.slice(0, -1)) };
  if (/[.eE]/.test(s)) return { type: "float", value: floatText(s) };
  return { type: "int", value: s.replace(/^0+(?=\d)/, "") };
}

function floatText(s: string): string {
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : s;
}

export interface StringParts {
  raw: boolean; bytes: boolean; f: boolean; body: string;
  /** source offset of the body's first character */
  bodyOff: number;
}

export function splitString(src: string, start: number, end: number): StringParts {
  let i = start;
  let raw = false, bytes = false, f = false;
  for (; src[i] !== "'" && src[i] !== '"'; i++) {
    const c = src[i].toLowerCase();
    if (c === "r") raw = true; else if (c === "b") bytes = true; else if (c === "f") f = true;
  }
  const q = src[i];
  const ql = src[i + 1] === q && src[i + 2] === q && end - i >= 6 ? 3 : 1;
  return { raw, bytes, f, body: src.slice(i + ql, end - ql), bodyOff: i + ql };
}

/** An unterminated string: where it starts and whether it was triple-quoted. */
export function checkString(src: string, start: number, end: number): { off: number; triple: boolean } | null {
  let i = start;
  while (src[i] !== "'" && src[i] !== '"') i++;
  const q = src[i];
  const triple = src[i + 1] === q && src[i + 2] === q;
  const ql = triple ? 3 : 1;
  const body = end - i;
  if (body >= 2 * ql && src.slice(end - ql, end) === q.repeat(ql)) {
    // the closing quote must not be escaped: count backslashes before it
    let b = 0;
    for (let j = end - ql - 1; j >= i + ql && src[j] === "\\"; j--) b++;
    if (b % 2 === 0) return null;
  }
  if (!triple && body === 2 && src[end - 1] === q) return null;
  return { off: start, triple };
}

export class EscapeError { constructor(readonly msg: string, readonly off: number) {} }

/** Decodes backslash escapes of a (non-raw) literal body. off is the body's source offset (for errors). */
export function decodeEscapes(s: string, bytes: boolean, off: number): string {
  if (!s.includes("\\")) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\") { out += c; continue; }
    const n = s[++i];
    switch (n) {
      case "\n": break;
      case "\r": if (s[i + 1] === "\n") i++; break;
      case "\\": out += "\\"; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case "a": out += "\x07"; break;
      case "b": out += "\b"; break;
      case "f": out += "\f"; break;
      case "n": out += "\n"; break;
      case "r": out += "\r"; break;
      case "t": out += "\t"; break;
      case "v": out += "\v"; break;
      case "0": case "1": case "2": case "3": case "4": case "5": case "6": case "7": {
        let j = i, v = 0;
        while (j < i + 3 && /[0-7]/.test(s[j] ?? "")) v = v * 8 + Number(s[j++]);
        i = j - 1;
        out += String.fromCodePoint(bytes ? v & 0xff : v);
        break;
      }
      case "x": case "u": case "U": {
        const len = n === "x" ? 2 : n === "u" ? 4 : 8;
        if (bytes && n !== "x") { out += "\\" + n; break; }
        const hex = s.slice(i + 1, i + 1 + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) {
          const what = n === "x" ? "\\xXX" : n === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
          throw new EscapeError(bytes ? `(value error) invalid \\x escape at position ${i - 1}`
            : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + hex.length}: truncated ${what} escape`, off);
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + len}: illegal Unicode character`, off);
        out += String.fromCodePoint(cp);
        i += len;
        break;
      }
      case "N": {
        if (bytes) { out += "\\N"; break; }
        throw new EscapeError("(unicode error) \\N{...} escapes are not supported yet", off);
      }
      default: out += "\\" + (n ?? "");
    }
  }
  return out;
}

/** One piece of an f-string body: literal text, or a replacement field with its source offsets. */
export type FPiece =
  | { kind: "text"; value: string }
  | { kind: "field"; expr: string; exprOff: number; debug: string | null; conversion: "" | "r" | "s" | "a"; spec: FPiece[] | null; off: number; end: number };

/** Splits an f-string body (3.11 rules: no backslash or '#' in fields, `{{`/`}}` escapes). */
export function splitFString(body: string, bodyOff: number, raw: boolean): FPiece[] {
  const [pieces, i] = scanPieces(body, 0, bodyOff, raw, 0);
  void i;
  return pieces;
}

/** level: 0 for the string's body, n for the format spec of a field at level n - 1. */
function scanPieces(b: string, i: number, base: number, raw: boolean, level: number): [FPiece[], number] {
  const inSpec = level > 0;
  const pieces: FPiece[] = [];
  let text = "", textStart = i;
  const flush = () => {
    if (text) pieces.push({ kind: "text", value: raw ? text : decodeEscapes(text, false, base + textStart) });
    text = "";
  };
  while (i < b.length) {
    const c = b[i];
    if (c === "{") {
      if (b[i + 1] === "{" && !inSpec) { text += "{"; i += 2; continue; }
      flush();
      // (3.11: a spec's fields may not have fields in their own specs)
      if (level >= 2) throw new EscapeError("f-string: expressions nested too deeply", base + i);
      const [field, j] = scanField(b, i, base, raw, level);
      pieces.push(field);
      i = j; textStart = i;
      continue;
    }
    if (c === "}") {
      if (inSpec) break;
      if (b[i + 1] === "}") { text += "}"; i += 2; continue; }
      throw new EscapeError("f-string: single '}' is not allowed", base + i);
    }
    if (c === "\\" && !raw && b[i + 1] === "N" && b[i + 2] === "{") {
      const close = b.indexOf("}", i);
      text += b.slice(i, close + 1); i = close + 1; continue;
    }
    // a backslash before a brace stays a backslash and the brace keeps its meaning (f'\{x}' is "\5",
    // as CPython 3.11's fstring_find_literal reads it)
    if (c === "\\" && (b[i + 1] === "{" || b[i + 1] === "}")) { text += raw ? "\\" : "\\\\"; i++; continue; }
    if (c === "\\" && i + 1 < b.length) { text += c + b[i + 1]; i += 2; continue; }
    text += c; i++;
  }
  flush();
  return [pieces, i];
}

function scanField(b: string, open: number, base: number, raw: boolean, level: number): [FPiece, number] {
  let i = open + 1, depth = 0;
  let quote = "";
  for (; i < b.length; i++) {
    const c = b[i];
    // (in 3.11 not even a string literal of the expression may have one)
    if (c === "\\") throw new EscapeError("f-string expression part cannot include a backslash", base + i);
    if (quote) {
      if (b.startsWith(quote, i)) { i += quote.length - 1; quote = ""; }
      continue;
    }
    if (c === "#") throw new EscapeError("f-string expression part cannot include '#'", base + i);
    if (c === "'" || c === '"') { quote = b.startsWith(c.repeat(3), i) ? c.repeat(3) : c; i += quote.length - 1; continue; }
    if ("([{".includes(c)) depth++;
    else if (")]".includes(c)) depth--;
    else if (c === "}") { if (depth === 0) break; depth--; }
    else if (depth === 0 && c === "!" && b[i + 1] !== "=") break;
    else if (depth === 0 && c === ":") break;
    else if (depth === 0 && c === "=" && b[i + 1] !== "=" && !"=!<>".includes(b[i - 1])) break;
    else if (c === "=" && b[i + 1] === "=") i++;
  }
  if (quote || i >= b.length) throw new EscapeError("f-string: expecting '}'", base + i);
  const expr = b.slice(open + 1, i);
  if (!expr.trim()) throw new EscapeError("f-string: empty expression not allowed", base + i);
  let debug: string | null = null;
  let conversion: "" | "r" | "s" | "a" = "";
  let spec: FPiece[] | null = null;
  if (b[i] === "=") {
    i++;
    while (b[i] === " " || b[i] === "\t" || b[i] === "\n") i++;
    debug = b.slice(open + 1, i);
  }
  if (b[i] === "!") {
    const k = b[i + 1];
    if (k !== "r" && k !== "s" && k !== "a") {
      // (3.11's wording: "missing conversion character" is 3.12's)
      throw new EscapeError(k === undefined ? "f-string: expecting '}'"
        : "f-string: invalid conversion character: expected 's', 'r', or 'a'", base + i + 1);
    }
    conversion = k;
    i += 2;
  }
  if (b[i] === ":") {
    const [pieces, j] = scanPieces(b, i + 1, base, raw, level + 1);
    spec = pieces;
    i = j;
  }
  if (b[i] !== "}") throw new EscapeError("f-string: expecting '}'", base + i);
  if (debug !== null && !conversion && !spec) conversion = "r";
  return [{ kind: "field", expr, exprOff: base + open + 1, debug, conversion, spec, off: base + open, end: base + i + 1 }, i + 1];
}
