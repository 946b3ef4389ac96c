// Numbers and comparison: binaryOp / inplaceOp / unaryOp (int fast paths, the int/float tower, str,
// then __add__/__radd__ dispatch with NotImplemented), compare (rich comparison with reflection),
// truthy, pyEquals, pyHash, contains. Compiled code inlines the int-int fast paths before calling these.
import { PyFloat, PyObject, PyValue, typeOf, NotImplemented, PyType, objectType, strType } from "../objects/object.js";
import type { BinOperator } from "../../grammar/ast.js";
import { typeError, zeroDivisionError, overflowError, notImplementedError, tn, toPyException, isExc, TypeError } from "../objects/exceptions.js";
import * as I from "../lib/int-ops.js";
import { crPow } from "../lib/cr-math.js";
import { strCompare } from "../lib/str-methods.js";
import { callBound } from "./call.js";
import { iterate } from "./iter.js";

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean": return v;
    case "number": return v !== 0;
    case "string": return v.length !== 0;
    case "bigint": return v !== 0n;
  }
  if (v === null) return false;
  if (v instanceof PyFloat) return v.value !== 0;
  const s = (v as PyObject).cls.slots;
  if (s.bool) return s.bool(v);
  if (s.len) return s.len(v) !== 0;
  return true;
}

type Num = number | bigint | boolean | PyFloat;
function isNum(v: PyValue): v is Num {
  const t = typeof v;
  return t === "number" || t === "boolean" || t === "bigint" || v instanceof PyFloat;
}
function toInt(v: number | bigint | boolean): number | bigint {
  return typeof v === "boolean" ? (v ? 1 : 0) : v;
}
function toF(v: Num): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "bigint") {
    const x = Number(v);
    if (!Number.isFinite(x)) throw overflowError("int too large to convert to float");
    return x;
  }
  return typeof v === "boolean" ? (v ? 1 : 0) : v;
}
function lib<T>(f: () => T): T {
  try { return f(); } catch (e) { throw toPyException(e); }
}

/** Arithmetic among int/bool/float; undefined if the operator does not apply. */
function numBinary(op: BinOperator, a: Num, b: Num): PyValue | undefined {
  if (!(a instanceof PyFloat) && !(b instanceof PyFloat)) {
    if (typeof a === "boolean" && typeof b === "boolean") {
      if (op === "&") return a && b;
      if (op === "|") return a || b;
      if (op === "^") return a !== b;
    }
    const x = toInt(a), y = toInt(b);
    switch (op) {
      case "+": return I.intAdd(x, y);
      case "-": return I.intSub(x, y);
      case "*": return I.intMul(x, y);
      case "/": return new PyFloat(lib(() => I.intTrueDiv(x, y)));
      case "//": return lib(() => I.floorDiv(x, y));
      case "%": return lib(() => I.mod(x, y));
      case "**":
        if (y < 0) {
          if (x === 0 || x === 0n) throw zeroDivisionError("0.0 cannot be raised to a negative power");
          return new PyFloat(crPow(toF(x), toF(y)));
        }
        return I.intPow(x, y);
      case "<<": return lib(() => I.lshift(x, y));
      case ">>": return lib(() => I.rshift(x, y));
      case "&": return I.bitAnd(x, y);
      case "|": return I.bitOr(x, y);
      case "^": return I.bitXor(x, y);
    }
    return undefined;
  }
  const x = toF(a), y = toF(b);
  switch (op) {
    case "+": return new PyFloat(x + y);
    case "-": return new PyFloat(x - y);
    case "*": return new PyFloat(x * y);
    case "/":
      if (y === 0) throw zeroDivisionError("float division by zero");
      return new PyFloat(x / y);
    case "//": return new PyFloat(lib(() => I.floatFloorDiv(x, y)));
    case "%": return new PyFloat(lib(() => I.floatMod(x, y)));
    case "**": {
      if (x === 0 && y < 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
      // CPython's result is a complex number, a type pyt does not have
      if (x < 0 && Number.isFinite(y) && !Number.isInteger(y)) throw notImplementedError("complex numbers are not supported (a negative number raised to a fractional power)");
      const r = crPow(x, y);
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw overflowError("(34, 'Numerical result out of range')");
      return new PyFloat(x === 1 || y === 0 ? 1 : r);
    }
  }
  return undefined;
}

export const BIN_DUNDERS: Record<BinOperator, [string, string, string]> = {
  "+": ["__add__", "__radd__", "__iadd__"], "-": ["__sub__", "__rsub__", "__isub__"],
  "*": ["__mul__", "__rmul__", "__imul__"], "/": ["__truediv__", "__rtruediv__", "__itruediv__"],
  "//": ["__floordiv__", "__rfloordiv__", "__ifloordiv__"], "%": ["__mod__", "__rmod__", "__imod__"],
  "**": ["__pow__", "__rpow__", "__ipow__"], "<<": ["__lshift__", "__rlshift__", "__ilshift__"],
  ">>": ["__rshift__", "__rrshift__", "__irshift__"], "&": ["__and__", "__rand__", "__iand__"],
  "|": ["__or__", "__ror__", "__ior__"], "^": ["__xor__", "__rxor__", "__ixor__"],
  "@": ["__matmul__", "__rmatmul__", "__imatmul__"],
};

/** Hook for str % args (lib percent-format); set by the str type. */
export const opHooks = { strMod: null as null | ((s: string, args: PyValue) => string) };

/** `inplace`: for `a op= b` (its error names `op=`, as CPython's). */
export function binaryOp(op: BinOperator, a: PyValue, b: PyValue, inplace = false): PyValue {
  if (isNum(a) && isNum(b)) {
    const r = numBinary(op, a, b);
    if (r !== undefined) return r;
  } else if (typeof a === "string") {
    if (op === "+" && typeof b === "string") return a + b;
    // (a result past V8's longest string goes to str.__mul__, which raises MemoryError)
    if (op === "*" && (typeof b === "number" || typeof b === "boolean") && a.length * +b < 0x1fffffe8) return a.repeat(Math.max(0, +b));
    if (op === "%" && opHooks.strMod && !(b instanceof PyObject && ownRmod(typeOf(b)))) return opHooks.strMod(a, b);
  } else if (typeof b === "string" && op === "*" && (typeof a === "number" || typeof a === "boolean") && b.length * +a < 0x1fffffe8) {
    return b.repeat(Math.max(0, +a));
  }
  const r = dunderBinary(op, a, b);
  if (r !== NotImplemented) return r;
  if (op === "+" && isText(a)) throw typeError(`can only concatenate str (not "${tn(b)}") to str`);
  if (op === "*" && (isText(a) || isText(b))) {
    throw typeError(`can't multiply sequence by non-int of type '${tn(isText(a) ? b : a)}'`);
  }
  const sym = inplace ? `${op}=` : op === "**" ? "** or pow()" : op;
  throw typeError(`unsupported operand type(s) for ${sym}: '${tn(a)}' and '${tn(b)}'`);
}

/** A str, or an instance of a subclass of str. */
function isText(v: PyValue): boolean {
  return typeof v === "string" || (v instanceof PyObject && v.cls.isSubtype(strType));
}

/** Whether a class statement (not int or float, whose __rmod__ a subclass inherits) defines __rmod__. */
function ownRmod(t: PyType): boolean {
  for (const c of t.mro) if (c.getOwn("__rmod__") !== undefined) return c.isHeap;
  return false;
}

function dunderBinary(op: BinOperator, a: PyValue, b: PyValue): PyValue {
  const [name, rname] = BIN_DUNDERS[op];
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.lookup(name);
  const fb = ta === tb ? undefined : tb.lookup(rname);
  if (fb != null && tb.isSubtype(ta) && fb !== ta.lookup(rname)) {
    const r = callBound(fb, b, [a]);
    if (r !== NotImplemented) return r;
    if (fa != null) return callBound(fa, a, [b]);
    return NotImplemented;
  }
  if (fa != null) {
    const r = callBound(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb != null) return callBound(fb, b, [a]);
  return NotImplemented;
}

export function inplaceOp(op: BinOperator, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyObject) {
    const f = a.cls.lookup(BIN_DUNDERS[op][2]);
    if (f != null) {
      const r = callBound(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  return binaryOp(op, a, b, true);
}

export function unaryOp(op: "-" | "+" | "~", a: PyValue): PyValue {
  if (typeof a === "number") {
    if (op === "-") return a === 0 ? 0 : -a;
    if (op === "+") return a;
    return I.bitInvert(a);
  }
  if (typeof a === "boolean" || typeof a === "bigint") {
    const x = toInt(a);
    return op === "-" ? I.intNeg(x) : op === "+" ? x : I.bitInvert(x);
  }
  if (a instanceof PyFloat && op !== "~") return op === "-" ? new PyFloat(-a.value) : a;
  const name = op === "-" ? "__neg__" : op === "+" ? "__pos__" : "__invert__";
  const f = typeOf(a).lookup(name);
  if (f != null) return callBound(f, a, []);
  throw typeError(`bad operand type for unary ${op}: '${tn(a)}'`);
}

export type CmpOp = "==" | "!=" | "<" | "<=" | ">" | ">=";
const CMP_DUNDER: Record<CmpOp, string> = { "==": "__eq__", "!=": "__ne__", "<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__" };
const CMP_SWAP: Record<CmpOp, CmpOp> = { "==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<=" };

function numCmp(op: CmpOp, x: number | bigint, y: number | bigint): boolean {
  switch (op) {
    case "==": return x == y;
    case "!=": return x != y;
    case "<": return x < y;
    case "<=": return x <= y;
    case ">": return x > y;
    case ">=": return x >= y;
  }
}

/** a OP b for the six rich comparisons; the result may be any value (user __lt__). */
export function compare(op: CmpOp, a: PyValue, b: PyValue): PyValue {
  if (isNum(a) && isNum(b)) {
    const x = a instanceof PyFloat ? a.value : toInt(a as number | bigint | boolean);
    const y = b instanceof PyFloat ? b.value : toInt(b as number | bigint | boolean);
    return numCmp(op, x, y);
  }
  if (typeof a === "string" && typeof b === "string") {
    switch (op) {
      case "==": return a === b;
      case "!=": return a !== b;
      case "<": return strCompare(a, b) < 0;
      case "<=": return strCompare(a, b) <= 0;
      case ">": return strCompare(a, b) > 0;
      case ">=": return strCompare(a, b) >= 0;
    }
  }
  const ta = typeOf(a), tb = typeOf(b);
  const name = CMP_DUNDER[op], rname = CMP_DUNDER[CMP_SWAP[op]];
  let triedReflected = false;
  if (ta !== tb && tb.isSubtype(ta)) {
    const fb = tb.lookup(rname);
    if (fb != null && fb !== ta.lookup(rname)) {
      triedReflected = true;
      const r = callBound(fb, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = ta.lookup(name);
  if (fa != null) {
    const r = callBound(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!triedReflected) {
    const fb = tb.lookup(rname);
    if (fb != null) {
      const r = callBound(fb, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === "==") return a === b;
  if (op === "!=") return a !== b;
  throw typeError(`'${op}' not supported between instances of '${tn(a)}' and '${tn(b)}'`);
}

export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const t = typeof a;
  // a str equals only another str (a str subclass's instance, a PyObject, compares through its __eq__)
  if ((t === "string" && !(b instanceof PyObject)) || (typeof b === "string" && !(a instanceof PyObject))) return false;
  if (t === "number" && typeof b === "number") return false;
  const r = compare("==", a, b);
  return r === true || (r !== false && truthy(r));
}

export function pyHash(v: PyValue): number {
  switch (typeof v) {
    case "number": return v === -1 ? -2 : v;
    case "string": return strHash(v);
    case "boolean": return v ? 1 : 0;
    case "bigint": return Number(I.intHash(v));
  }
  if (v === null) return 0x5f3759df;
  if (v instanceof PyFloat) return Number(I.floatHash(v.value));
  const h = (v as PyObject).cls.slots.hash;
  if (!h) throw typeError(`unhashable type: '${tn(v)}'`);
  return h(v);
}
function strHash(s: string): number {
  if (s.length === 0) return 0; // CPython's hash("") is 0 whatever PYTHONHASHSEED is
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h === -1 ? -2 : h;
}

/** `v in container`. */
export function contains(container: PyValue, v: PyValue): boolean {
  if (typeof container === "string") {
    if (typeof v !== "string") throw typeError(`'in <string>' requires string as left operand, not ${tn(v)}`);
    return container.includes(v);
  }
  const t = typeOf(container);
  if (t.slots.contains) return t.slots.contains(container, v);
  if (t.slots.iter || t.slots.getitem) {
    let it;
    try {
      it = iterate(container);
    } catch (e) {
      // (CPython's _PySequence_IterSearch: a TypeError getting the iterator is said so)
      if (isExc(e, TypeError)) throw typeError(`argument of type '${tn(container)}' is not iterable`);
      throw e;
    }
    for (let x = it.next(); x !== undefined; x = it.next()) if (x === v || pyEquals(x, v)) return true;
    return false;
  }
  throw typeError(`argument of type '${tn(container)}' is not iterable`);
}

/** For dicts: does this object hash and compare by identity? */
export function identityHashed(o: PyObject): boolean {
  const t = o.cls;
  return t.lookupOwner("__hash__") === objectType && t.lookupOwner("__eq__") === objectType;
}
export type { PyType };

/** len(v): a str's length, else its type's len slot (CPython's PyObject_Size). */
export function lenOf(v: PyValue): number {
  if (typeof v === "string") return v.length;
  const l = typeOf(v).slots.len;
  if (!l) throw typeError(`object of type '${tn(v)}' has no len()`);
  return l(v);
}
