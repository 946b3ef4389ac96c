// str.format / str.format_map: CPython's MarkupIterator, field-name lookup ({0.attr}, {0[key]}),
// conversions (!r !s !a), automatic/manual numbering and nested {} in specs. Rendering a value
// with a spec and looking up attributes/items go through callbacks supplied by the interpreter.
import { LibError } from "./lib-error.js";
import { strRepr } from "./str-methods.js";

export interface TemplateCallbacks {
  /** format(value, spec): builtins via format-spec.ts, other objects via __format__. */
  format(value: unknown, spec: string): string;
  repr(value: unknown): string;
  str(value: unknown): string;
  ascii(value: unknown): string;
  getAttr(value: unknown, name: string): unknown;
  /** value[key]: key is a number when the text was all digits, else the str. */
  getItem(value: unknown, key: string | number): unknown;
}

/** Keyword lookup: a Map, or a function that returns the value or throws (format_map). */
export type TemplateKwargs = ReadonlyMap<string, unknown> | ((key: string) => unknown) | null;

const enum Numbering { Init, Auto, Manual }
interface State { numbering: Numbering; next: number }

function err(msg: string): LibError {
  return new LibError("ValueError", msg);
}

function toDecimal(c: string): number {
  if (c >= "0" && c <= "9") return c.charCodeAt(0) - 48;
  if (!/\p{Nd}/u.test(c)) return -1;
  let cp = c.codePointAt(0)!, k = 0;
  while (k < 10 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) { cp--; k++; }
  return k % 10;
}
/** get_integer: -1 unless the whole text is decimal digits. */
function getInteger(s: string): number {
  if (s === "") return -1;
  let acc = 0;
  for (const c of s) {
    const d = toDecimal(c);
    if (d < 0) return -1;
    acc = acc * 10 + d;
    if (acc > 2 ** 63) throw err("Too many decimal digits in format string");
  }
  return acc;
}

function getFieldObject(field: string, args: readonly unknown[] | null, kwargs: TemplateKwargs, st: State, cbs: TemplateCallbacks): unknown {
  let i = 0;
  while (i < field.length && field[i] !== "." && field[i] !== "[") i++;
  const first = field.slice(0, i);
  let idx = getInteger(first);
  const empty = first === "";
  const numeric = empty || idx !== -1;
  if (st.numbering === Numbering.Init && numeric) st.numbering = empty ? Numbering.Auto : Numbering.Manual;
  if (numeric) {
    if (st.numbering === Numbering.Manual && empty) throw err("cannot switch from manual field specification to automatic field numbering");
    if (st.numbering !== Numbering.Manual && !empty) throw err("cannot switch from automatic field numbering to manual field specification");
  }
  if (empty) idx = st.next++;
  let obj: unknown;
  if (idx === -1) {
    if (kwargs === null) throw new LibError("KeyError", strRepr(first), [first]);
    if (typeof kwargs === "function") obj = kwargs(first);
    else {
      if (!kwargs.has(first)) throw new LibError("KeyError", strRepr(first), [first]);
      obj = kwargs.get(first);
    }
  } else {
    if (args === null) throw err("Format string contains positional fields");
    if (idx >= args.length) throw new LibError("IndexError", `Replacement index ${idx} out of range for positional args tuple`);
    obj = args[idx];
  }
  // The rest: .attr and [key] parts.
  while (i < field.length) {
    const c = field[i++];
    let name: string;
    if (c === ".") {
      const s = i;
      while (i < field.length && field[i] !== "." && field[i] !== "[") i++;
      name = field.slice(s, i);
      if (name === "") throw err("Empty attribute in format string");
      obj = cbs.getAttr(obj, name);
    } else if (c === "[") {
      const s = i;
      while (i < field.length && field[i] !== "]") i++;
      if (i >= field.length) throw err("Missing ']' in format string");
      name = field.slice(s, i);
      i++;
      if (name === "") throw err("Empty attribute in format string");
      const k = getInteger(name);
      obj = cbs.getItem(obj, k === -1 ? name : k);
    } else {
      throw err("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

/** One step of CPython's MarkupIterator: the literal text from p, then the replacement field after it if
 * markup is true (its name, conversion, spec, and whether the spec holds fields to expand); end is
 * where the next step starts. */
interface Markup { literal: string; markup: boolean; field: string; conversion: string; spec: string; expand: boolean; end: number }

function nextMarkup(t: string, p: number): Markup {
  const end = t.length;
  // Literal text up to an unescaped brace.
  const start = p;
  let c = "";
  let markup = false;
  while (p < end) {
    c = t[p++];
    if (c === "{" || c === "}") { markup = true; break; }
  }
  const atEnd = p >= end;
  let len = p - start;
  if (c === "}" && markup && (atEnd || t[p] !== "}")) throw err("Single '}' encountered in format string");
  if (atEnd && c === "{" && markup) throw err("Single '{' encountered in format string");
  if (markup && !atEnd) {
    if (t[p] === c) { p++; markup = false; } else len--;
  }
  const literal = t.slice(start, start + len);
  if (!markup) return { literal, markup, field: "", conversion: "", spec: "", expand: false, end: p };

  // parse_field
  const fstart = p;
  c = "";
  while (p < end) {
    c = t[p++];
    if (c === "{") throw err("unexpected '{' in field name");
    if (c === "[") {
      while (p < end && t[p] !== "]") p++;
      c = "";
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
    c = "";
  }
  const field = t.slice(fstart, c ? p - 1 : p);
  let conversion = "";
  let spec = "";
  let expand = false;
  if (c === "!" || c === ":") {
    let done = false;
    if (c === "!") {
      if (p >= end) throw err("end of string while looking for conversion specifier");
      conversion = String.fromCodePoint(t.codePointAt(p)!);
      p += conversion.length;
      if (p < end) {
        const c2 = t[p++];
        if (c2 === "}") done = true;
        else if (c2 !== ":") throw err("expected ':' after conversion specifier");
      }
    }
    if (!done) {
      const sstart = p;
      let count = 1;
      let closed = false;
      while (p < end) {
        const c3 = t[p++];
        if (c3 === "{") { expand = true; count++; }
        else if (c3 === "}") {
          if (--count === 0) { spec = t.slice(sstart, p - 1); closed = true; break; }
        }
      }
      if (!closed) throw err("unmatched '{' in format spec");
    }
  } else if (c !== "}") {
    throw err("expected '}' before end of string");
  }
  return { literal, markup, field, conversion, spec, expand, end: p };
}

function build(t: string, args: readonly unknown[] | null, kwargs: TemplateKwargs, depth: number, st: State, cbs: TemplateCallbacks): string {
  if (depth <= 0) throw err("Max string recursion exceeded");
  let out = "";
  let p = 0;
  while (p < t.length) {
    const m = nextMarkup(t, p);
    p = m.end;
    out += m.literal;
    if (!m.markup) continue;

    // output_markup
    let obj = getFieldObject(m.field, args, kwargs, st, cbs);
    const conversion = m.conversion;
    if (conversion) {
      if (conversion === "r") obj = cbs.repr(obj);
      else if (conversion === "s") obj = cbs.str(obj);
      else if (conversion === "a") obj = cbs.ascii(obj);
      else {
        const cp = conversion.codePointAt(0)!;
        throw err(`Unknown conversion specifier ${cp > 32 && cp < 127 ? conversion : "\\x" + cp.toString(16)}`);
      }
    }
    out += cbs.format(obj, m.expand ? build(m.spec, args, kwargs, depth - 1, st, cbs) : m.spec);
  }
  return out;
}

/** _string.formatter_parser (string.Formatter.parse): (literal, field name, spec, conversion) per step,
 * the last three null after a literal with no field, conversion null when the field has none. */
export function formatterParser(t: string): [string, string | null, string | null, string | null][] {
  const out: [string, string | null, string | null, string | null][] = [];
  let p = 0;
  while (p < t.length) {
    const m = nextMarkup(t, p);
    p = m.end;
    out.push(m.markup ? [m.literal, m.field, m.spec, m.conversion || null] : [m.literal, null, null, null]);
  }
  return out;
}

/** template.format(*args, **kwargs); pass args = null for format_map. */
export function formatTemplate(template: string, args: readonly unknown[] | null, kwargs: TemplateKwargs, cbs: TemplateCallbacks): string {
  return build(template, args, kwargs, 2, { numbering: Numbering.Init, next: 0 }, cbs);
}
