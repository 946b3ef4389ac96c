// Fills the int, bool, float and NoneType shells: constructors (int("12"), float("1.5")), repr,
// hash and __format__ (via lib/format-spec), plus the `real`-world bits lessons touch.
import {
  PyFloat, PyObject, PyValue, fillType, intType, boolType, floatType, noneType, PyType, typeOf, notImplementedType, ellipsisType,
  NotImplemented, Ellipsis,
} from "./object.js";
import { typeError, valueError, tn, toPyException } from "./exceptions.js";
import { formatInt, formatFloat } from "../lib/format-spec.js";
import * as I from "../lib/int-ops.js";
import { floatFromString } from "../lib/float-parse.js";
import { floatRepr } from "../lib/float-repr.js";
import { str } from "../protocol/repr.js";
import { truthy, pyHash } from "../protocol/ops.js";
import { positional, callBound, noKwargs } from "../protocol/call.js";
import { asInt } from "./args.js";
import { adopt } from "./object-type.js";
import { warnDeprecated } from "../modules/deprecation.js";

function lib<T>(f: () => T): T {
  try { return f(); } catch (e) { throw toPyException(e); }
}

/** int(x) / int(s, base). */
export function toInt(v: PyValue, base?: PyValue): PyValue {
  if (v instanceof PyStrSub) v = v.value;
  if (base !== undefined) {
    const b = asInt(base);
    if (typeof v !== "string") throw typeError("int() can't convert non-string with explicit base");
    if (typeof b === "bigint") throw valueError("int() base must be >= 2 and <= 36, or 0");
    return lib(() => I.intFromString(v, b));
  }
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return lib(() => I.intFromString(v, 10));
  if (v instanceof PyFloat) return lib(() => I.intFromFloat(v.value));
  const t = typeOf(v);
  for (const name of ["__int__", "__index__"]) {
    const f = t.lookup(name);
    if (f != null) return exactInt(callBound(f, v, []), `${name} returned non-int`);
  }
  const trunc = t.lookup("__trunc__");
  if (trunc != null) {
    warnDeprecated("The delegation of int() to __trunc__ is deprecated.");
    const r = callBound(trunc, v, []);
    if (typeof r === "number" || typeof r === "bigint" || typeof r === "boolean" || r instanceof PyIntSub) return exactInt(r, "");
    if (typeOf(r).lookup("__index__") == null) throw typeError(`__trunc__ returned non-Integral (type ${tn(r)})`);
    return exactInt(callBound(typeOf(r).lookup("__index__")!, r, []), "__index__ returned non-int");
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${tn(v)}'`);
}

/** What __int__/__index__ gave, as a plain int (a bool or int subclass's value, as CPython keeps it). */
function exactInt(r: PyValue, what: string): number | bigint {
  if (typeof r === "number" || typeof r === "bigint") return r;
  if (typeof r === "boolean" || r instanceof PyIntSub) {
    if (what) warnDeprecated(`${what} (type ${tn(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
    return typeof r === "boolean" ? (r ? 1 : 0) : r.value;
  }
  throw typeError(`${what} (type ${tn(r)})`);
}

/** float(x). */
export function toFloat(v: PyValue): number {
  if (v instanceof PyStrSub) v = v.value;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return lib(() => I.intToFloat(v));
  if (typeof v === "string") return lib(() => floatFromString(v));
  const f = typeOf(v).lookup("__float__");
  if (f != null) {
    const r = callBound(f, v, []);
    if (r instanceof PyFloat || r instanceof PyFloatSub) return r.value;
    throw typeError(`${tn(v)}.__float__ returned non-float (type ${tn(r)})`);
  }
  // (CPython 3.8+: an object with __index__ converts through it)
  const ix = typeOf(v).lookup("__index__");
  if (ix != null) return toFloat(exactInt(callBound(ix, v, []), "__index__ returned non-int"));
  throw typeError(`float() argument must be a string or a real number, not '${tn(v)}'`);
}

fillType(intType, {
  slots: {
    new: (cls: PyType, args, kw) => {
      // int(x=0, /, base=10), with CPython's argument errors
      const a = positional(args, kw);
      if (args.length > 2) throw typeError(`int() takes at most 2 arguments (${args.length} given)`);
      let base = a[1];
      if (kw) for (let i = 0; i < kw.length; i++) {
        if (kw[i] !== "base") throw typeError(`'${kw[i]}' is an invalid keyword argument for int()`);
        base = args[a.length + i];
      }
      if (a.length === 0 && base !== undefined) throw typeError("int() missing string argument");
      const v = a.length === 0 ? 0 : toInt(a[0], base);
      return cls === intType ? v : adopt(new PyIntSub(v as number | bigint), cls);
    },
    // (an int itself never reaches these slots: they serve int subclasses' instances, and a bool given
    // to int's own dunders, as int.__repr__(True))
    repr: (v) => { const i = intOf(v); return typeof i === "bigint" ? lib(() => I.intToDecimal(i)) : String(+i); },
    hash: (v) => pyHash(intOf(v)),
    // an empty spec formats a subclass's instance as str() does (its own __str__ or __repr__), as CPython
    // (errors name a subclass's instance by its own type, as CPython's do)
    format: (v, spec) => (spec === "" && v instanceof PyIntSub ? str(v) : lib(() => formatInt(intOf(v), spec, v instanceof PyIntSub ? tn(v) : undefined))),
    bool: (v) => intOf(v) !== 0,
  },
});
/** An instance of a subclass of int (`class Level(int)`): its value, as an int, and its class. */
export class PyIntSub extends PyObject {
  constructor(readonly value: number | bigint) { super(); }
}
/** The int value of an int, a bool (as 0/1 kept boolean) or an int subclass instance. */
export function intOf(v: PyValue): number | bigint | boolean {
  return v instanceof PyIntSub ? v.value : (v as number | bigint | boolean);
}
/**
 * An instance of a subclass of float (`class Celsius(float)`): its value and its class. A PyObject, not
 * a PyFloat, so the float fast paths never mistake it for a plain float; float's slots and methods read
 * its `value` as they read a PyFloat's.
 */
export class PyFloatSub extends PyObject {
  constructor(readonly value: number) { super(); }
}
/** A float subclass's instance as the plain float of its value; any other value unchanged. */
export function floatOf<T extends PyValue>(v: T): T | PyFloat {
  return v instanceof PyFloatSub ? new PyFloat(v.value) : v;
}
/** An instance of a subclass of str (`class Name(str)`): its value, as a str, and its class. */
export class PyStrSub extends PyObject {
  constructor(readonly value: string) { super(); }
}
/** The text of a str or of a str subclass's instance, else undefined. */
export function strOf(v: PyValue): string | undefined {
  return typeof v === "string" ? v : v instanceof PyStrSub ? v.value : undefined;
}

fillType(boolType, {
  slots: {
    new: (_cls, args, kw) => {
      if (kw && kw.length) throw typeError("bool() takes no keyword arguments");
      if (args.length > 1) throw typeError(`bool expected at most 1 argument, got ${args.length}`);
      return args.length ? truthy(args[0]) : false;
    },
    repr: (v) => (v ? "True" : "False"),
    format: (v, spec) => (spec === "" ? (v ? "True" : "False") : lib(() => formatInt(v, spec))),
  },
});

fillType(floatType, {
  slots: {
    new: (cls: PyType, args, kw) => {
      noKwargs("float", kw);
      if (args.length > 1) throw typeError(`float expected at most 1 argument, got ${args.length}`);
      const x = args.length === 0 ? 0 : toFloat(args[0]);
      return cls === floatType ? new PyFloat(x) : adopt(new PyFloatSub(x), cls);
    },
    // (also the slots of float subclasses' instances, PyFloatSub, which have the same `value`)
    repr: (v: PyFloat) => floatRepr(v.value),
    hash: (v) => pyHash(floatOf(v)),
    // an empty spec formats a subclass's instance as str() does (its own __str__ or __repr__), as CPython
    format: (v: PyFloat, spec) => (spec === "" && v instanceof PyFloatSub ? str(v) : lib(() => formatFloat(v.value, spec, v instanceof PyFloatSub ? tn(v) : "float"))),
    bool: (v: PyFloat) => v.value !== 0,
  },
  methods: {
    is_integer: (v: PyFloat) => Number.isInteger(v.value),
  },
});

/** NoneType(), type(NotImplemented)(), type(...)(): the singleton; CPython's none_new and its kin take nothing. */
const singletonNew = (name: string, value: PyValue) => (_cls: PyType, args: PyValue[]): PyValue => {
  if (args.length) throw typeError(`${name} takes no arguments`);
  return value;
};
fillType(notImplementedType, { slots: { new: singletonNew("NotImplementedType", NotImplemented) } });
fillType(ellipsisType, { slots: { new: singletonNew("EllipsisType", Ellipsis) } });

fillType(noneType, {
  slots: {
    new: singletonNew("NoneType", null),
    repr: () => "None",
    bool: () => false,
    hash: () => 0x5f3759df,
  },
});
