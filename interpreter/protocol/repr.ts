// repr() and str() of any value (CPython's PyObject_Repr / PyObject_Str), and str's own repr
// (quote choice and escapes). Floats go through lib's floatRepr.
import { PyFloat, PyObject, PyValue, typeOf } from "../objects/object.js";
import { floatRepr } from "../lib/float-repr.js";
import { intToDecimal } from "../lib/int-ops.js";
import { toPyException } from "../objects/exceptions.js";

/** A big int's decimal text, with CPython's int-max-str-digits ValueError. */
function bigDecimal(v: bigint): string {
  try { return intToDecimal(v); } catch (e) { throw toPyException(e); }
}
import { strRepr } from "../lib/str-methods.js";
import { sharedHooks } from "../shared/hooks.js";

export function repr(v: PyValue): string {
  switch (typeof v) {
    case "number": return String(v);
    case "string": return strRepr(v);
    case "boolean": return v ? "True" : "False";
    case "bigint": return bigDecimal(v);
  }
  if (v === null) return "None";
  if (v instanceof PyFloat) return floatRepr(v.value);
  const r = (v as PyObject).cls.slots.repr;
  return r ? r(v) : defaultRepr(v as PyObject);
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case "string": return v;
    case "number": return String(v);
    case "boolean": return v ? "True" : "False";
    case "bigint": return bigDecimal(v);
  }
  if (v === null) return "None";
  if (v instanceof PyFloat) return floatRepr(v.value);
  const s = (v as PyObject).cls.slots.str;
  return s ? s(v) : repr(v);
}

let nextId = 1;
const ids = new WeakMap<object, number>();
// ints, strs, bools and None are JS primitives: an id per value (equal values are one object here)
const primIds = new Map<unknown, number>();
let nextPrimId = 0x7e0000000000;
/** id() of a value: stable per object. */
export function objectId(v: PyValue): number {
  if (typeof v !== "object" || v === null) {
    let p = primIds.get(v);
    if (p === undefined) { p = nextPrimId += 32; primIds.set(v, p); }
    return p;
  }
  let id = ids.get(v);
  if (id === undefined) { id = sharedHooks.objectId?.(v) ?? 0x7f0000000000 + 16 * nextId++; ids.set(v, id); }
  return id;
}

export function defaultRepr(o: PyObject): string {
  const t = typeOf(o);
  const mod = t.module === "builtins" ? "" : t.module + ".";
  return `<${mod}${t.qualname} object at 0x${objectId(o).toString(16).padStart(12, "0")}>`;
}

export { strRepr };

/** ascii(): repr with non-ASCII escaped. */
export function asciiRepr(v: PyValue): string {
  const r = repr(v);
  let out = "";
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out;
}
