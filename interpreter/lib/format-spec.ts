// The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// parsed as CPython's parse_internal_render_format_spec, and applied to int, float and str
// values (format(), f-strings, str.format) with CPython's layout rules and error messages.
import { LibError } from "./lib-error.js";
import { floatBody, type FloatType } from "./float-repr.js";
import { intToDecimal, intToFloat, type PyInt } from "./int-ops.js";

export { formatTemplate, type TemplateCallbacks } from "./format-template.js";

export interface FormatSpec {
  fill: string;          // one code point
  align: "<" | ">" | "^" | "=";
  sign: "" | "+" | "-" | " ";
  z: boolean;            // coerce negative zero
  alt: boolean;          // '#'
  width: number;         // -1 when absent
  grouping: "" | "," | "_" | "_4";
  precision: number;     // -1 when absent
  type: string;          // one code point, or "" (float's default)
}

function isAlign(c: string | undefined): c is FormatSpec["align"] {
  return c === "<" || c === ">" || c === "^" || c === "=";
}
function codeName(t: string): string {
  const cp = t.codePointAt(0)!;
  return cp > 32 && cp < 127 ? t : `\\x${cp.toString(16)}`;
}

/** Parse a spec for a value of `typeName` whose default type/alignment are given. */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: "<" | ">"): FormatSpec {
  const c = [...spec];
  const end = c.length;
  let pos = 0;
  const f: FormatSpec = { fill: " ", align: defaultAlign, sign: "", z: false, alt: false, width: -1, grouping: "", precision: -1, type: defaultType };
  let fillGiven = false, alignGiven = false;
  if (end - pos >= 2 && isAlign(c[pos + 1])) {
    f.fill = c[pos]; f.align = c[pos + 1] as FormatSpec["align"]; fillGiven = alignGiven = true; pos += 2;
  } else if (end - pos >= 1 && isAlign(c[pos])) {
    f.align = c[pos] as FormatSpec["align"]; alignGiven = true; pos++;
  }
  if (c[pos] === "+" || c[pos] === "-" || c[pos] === " ") f.sign = c[pos++] as FormatSpec["sign"];
  if (c[pos] === "z") { f.z = true; pos++; }
  if (c[pos] === "#") { f.alt = true; pos++; }
  if (!fillGiven && c[pos] === "0") {
    f.fill = "0";
    if (!alignGiven && defaultAlign === ">") f.align = "=";
    pos++;
  }
  const readInt = (): number => {
    let n = -1;
    while (pos < end && c[pos] >= "0" && c[pos] <= "9") {
      n = (n < 0 ? 0 : n) * 10 + (c[pos].charCodeAt(0) - 48);
      if (n > 2 ** 53) throw new LibError("ValueError", "Too many decimal digits in format string");
      pos++;
    }
    return n;
  };
  f.width = readInt();
  const both = (): never => { throw new LibError("ValueError", "Cannot specify both ',' and '_'."); };
  if (c[pos] === ",") { f.grouping = ","; pos++; }
  if (c[pos] === "_") { if (f.grouping) both(); f.grouping = "_"; pos++; }
  if (c[pos] === "," && f.grouping === "_") both();
  if (c[pos] === ".") {
    pos++;
    f.precision = readInt();
    if (f.precision < 0) throw new LibError("ValueError", "Format specifier missing precision");
  }
  if (end - pos > 1) throw new LibError("ValueError", `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = c[pos];
  if (f.grouping) {
    switch (f.type) {
      case "d": case "e": case "f": case "g": case "E": case "G": case "%": case "F": case "":
        break;
      case "b": case "o": case "x": case "X":
        // Underscores group bin/oct/hex digits by four (PEP 515); commas are not allowed.
        if (f.grouping === "_") { f.grouping = "_4"; break; }
        throw new LibError("ValueError", `Cannot specify '${f.grouping}' with '${codeName(f.type)}'.`);
      default:
        throw new LibError("ValueError", `Cannot specify '${f.grouping}' with '${codeName(f.type)}'.`);
    }
  }
  return f;
}

function unknownCode(type: string, typeName: string): LibError {
  return new LibError("ValueError", `Unknown format code '${codeName(type)}' for object of type '${typeName}'`);
}

function cpLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Pad `body` (already including sign) to the spec's width. `signLen` = chars of sign+prefix
 *  before which '=' padding cannot go. */
function pad(body: string, f: FormatSpec, signLen: number): string {
  const n = f.width - cpLen(body);
  if (n <= 0) return body;
  switch (f.align) {
    case "<": return body + f.fill.repeat(n);
    case ">": return f.fill.repeat(n) + body;
    case "^": {
      const left = Math.floor(n / 2);
      return f.fill.repeat(left) + body + f.fill.repeat(n - left);
    }
    case "=": return body.slice(0, signLen) + f.fill.repeat(n) + body.slice(signLen);
  }
}

/** CPython's _PyUnicode_InsertThousandsGrouping, including zero-padding to minWidth. */
export function insertGrouping(digits: string, sep: string, group: number, minWidth: number): string {
  const parts: string[] = [];
  let remaining = digits.length, pos = digits.length, minW = minWidth;
  for (;;) {
    const l = Math.min(group, Math.max(remaining, minW, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push("0".repeat(nZeros) + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    minW -= l;
    if (remaining <= 0 && minW <= 0) break;
    minW -= sep.length;
  }
  return parts.reverse().join(sep);
}

/** Lay out sign + prefix + digits (grouped) + remainder, then pad. */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, remainder: string): string {
  const sign = negative ? "-" : f.sign === "+" ? "+" : f.sign === " " ? " " : "";
  const lead = sign + prefix;
  if (f.grouping) {
    const sep = f.grouping === "," ? "," : "_";
    const group = f.grouping === "_4" ? 4 : 3;
    const minWidth = f.fill === "0" && f.align === "=" ? f.width - lead.length - cpLen(remainder) : 0;
    digits = insertGrouping(digits, sep, group, minWidth);
  }
  return pad(lead + digits + remainder, f, lead.length);
}

/** format(v, spec) for an int (or bool: `format(True, "")` is "True"). */
export function formatInt(v: PyInt | boolean, spec: string, typeName?: string): string {
  const tn = typeName ?? (typeof v === "boolean" ? "bool" : "int");
  if (spec === "") return typeof v === "boolean" ? (v ? "True" : "False") : intToDecimal(v);
  const n: PyInt = typeof v === "boolean" ? (v ? 1 : 0) : v;
  const f = parseFormatSpec(spec, tn, "d", ">");
  switch (f.type) {
    case "e": case "E": case "f": case "F": case "g": case "G": case "%":
      return formatFloatParsed(intToFloat(n), f);
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      break;
    default:
      throw unknownCode(f.type, tn);
  }
  if (f.precision >= 0) throw new LibError("ValueError", "Precision not allowed in integer format specifier");
  if (f.z) throw new LibError("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign) throw new LibError("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw new LibError("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof n === "bigint" && (n < -(2n ** 63n) || n >= 2n ** 63n)) {
      throw new LibError("OverflowError", "Python int too large to convert to C long");
    }
    if (n < 0 || n > 0x10ffff) throw new LibError("OverflowError", "%c arg not in range(0x110000)");
    return layoutNumber(f, false, "", String.fromCodePoint(Number(n)), "");
  }
  const negative = n < 0;
  const a = negative ? (typeof n === "bigint" ? -n : -n) : n;
  let digits: string;
  let prefix = "";
  switch (f.type) {
    case "b": digits = a.toString(2); prefix = "0b"; break;
    case "o": digits = a.toString(8); prefix = "0o"; break;
    case "x": digits = a.toString(16); prefix = "0x"; break;
    case "X": digits = a.toString(16).toUpperCase(); prefix = "0X"; break;
    default: digits = intToDecimal(a);
  }
  return layoutNumber(f, negative, f.alt ? prefix : "", digits, "");
}

function formatFloatParsed(x: number, f: FormatSpec): string {
  const type = f.type as FloatType;
  const body = floatBody(x, type, f.precision < 0 ? null : f.precision, f.alt);
  let negative = x < 0 || Object.is(x, -0);
  if (negative && f.z && /^[0.]*(?:[eE][+-]\d+|%)?$/.test(body)) negative = false;
  // Split the integer digits (grouped) from the remainder (".frac", exponent, '%').
  const m = /^\d*/.exec(body)![0];
  const digits = m === "" ? body : m;
  const remainder = m === "" ? "" : body.slice(m.length);
  if (m === "" && f.grouping) {
    // inf/nan: no grouping
    return layoutNumber({ ...f, grouping: "" }, negative, "", digits, remainder);
  }
  return layoutNumber(f, negative, "", digits, remainder);
}

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, typeName = "float"): string {
  const f = parseFormatSpec(spec, typeName, "", ">");
  switch (f.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      break;
    default:
      throw unknownCode(f.type, typeName);
  }
  return formatFloatParsed(x, f);
}

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec === "") return s;
  const f = parseFormatSpec(spec, typeName, "s", "<");
  if (f.type !== "s") throw unknownCode(f.type, typeName);
  if (f.sign === " ") throw new LibError("ValueError", "Space not allowed in string format specifier");
  if (f.sign) throw new LibError("ValueError", "Sign not allowed in string format specifier");
  if (f.z) throw new LibError("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) throw new LibError("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw new LibError("ValueError", "'=' alignment not allowed in string format specifier");
  if (f.precision >= 0) {
    const cps = [...s];
    if (cps.length > f.precision) s = cps.slice(0, f.precision).join("");
  }
  return pad(s, f, 0);
}

/** object.__format__ default: format(str(v), spec) must have an empty spec. */
export function formatObjectDefault(strValue: string, spec: string, typeName: string): string {
  if (spec !== "") throw new LibError("TypeError", `unsupported format string passed to ${typeName}.__format__`);
  return strValue;
}
