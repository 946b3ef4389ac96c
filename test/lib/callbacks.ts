// Test-side stand-ins for the interpreter's callbacks: ints are JS numbers/bigints, floats are F,
// tuples Tup, lists arrays, dicts Map, and Obj a user object with __format__ and a .real attribute.
import { F, Tup, Obj } from "./fixture.js";
import { LibError } from "../../interpreter/lib/lib-error.js";
import { floatRepr } from "../../interpreter/lib/float-repr.js";
import { formatInt, formatFloat, formatStr } from "../../interpreter/lib/format-spec.js";
import type { PercentCallbacks } from "../../interpreter/lib/percent-format.js";
import type { TemplateCallbacks } from "../../interpreter/lib/format-template.js";
import { strRepr, strAscii } from "../../interpreter/lib/str-methods.js";

export function pyRepr(v: unknown): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "string") return strRepr(v);
  if (v instanceof F) return floatRepr(v.x);
  if (v instanceof Obj) return "Obj()";
  if (v instanceof Tup) return "(" + v.items.map(pyRepr).join(", ") + (v.items.length === 1 ? ",)" : ")");
  if (Array.isArray(v)) return "[" + v.map(pyRepr).join(", ") + "]";
  if (v instanceof Map) return "{" + [...v].map(([k, x]) => pyRepr(k) + ": " + pyRepr(x)).join(", ") + "}";
  throw new Error("repr?");
}
export function pyStr(v: unknown): string {
  return typeof v === "string" ? v : pyRepr(v);
}
export function typeName(v: unknown): string {
  if (v === null) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number" || typeof v === "bigint") return "int";
  if (typeof v === "string") return "str";
  if (v instanceof F) return "float";
  if (v instanceof Tup) return "tuple";
  if (Array.isArray(v)) return "list";
  if (v instanceof Map) return "dict";
  return "Obj";
}
function pyFormat(v: unknown, spec: string): string {
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return formatInt(v, spec);
  if (v instanceof F) return formatFloat(v.x, spec);
  if (typeof v === "string") return formatStr(v, spec);
  if (v instanceof Obj) return "OBJ" + spec;
  if (spec !== "") throw new LibError("TypeError", `unsupported format string passed to ${typeName(v)}.__format__`);
  return pyStr(v);
}
function getItem(v: unknown, key: unknown): unknown {
  if (Array.isArray(v) && typeof key === "number") {
    if (key >= v.length) throw new LibError("IndexError", "list index out of range");
    return v[key];
  }
  if (Array.isArray(v)) throw new LibError("TypeError", `list indices must be integers or slices, not ${typeName(key)}`);
  if (v instanceof Map) {
    if (!v.has(key)) throw new LibError("KeyError", pyRepr(key));
    return v.get(key);
  }
  throw new LibError("TypeError", `'${typeName(v)}' object is not subscriptable`);
}

export const simpleCallbacks: PercentCallbacks & TemplateCallbacks = {
  tupleItems: (v) => (v instanceof Tup ? v.items : null),
  isMapping: (v) => v instanceof Map || Array.isArray(v),
  getItem,
  str: pyStr,
  repr: pyRepr,
  ascii: (v) => (typeof v === "string" ? strAscii(v) : pyRepr(v)),
  typeName,
  toIndex: () => null,
  toFloat: (v) => (v instanceof F ? v.x : null),
  format: pyFormat,
  getAttr: (v, name) => {
    if (v instanceof Obj && name === "real") return v.real;
    if (typeof v === "number" && name === "real") return v;
    throw new LibError("AttributeError", `'${typeName(v)}' object has no attribute '${name}'`);
  },
};
