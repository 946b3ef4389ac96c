// Fills the int, bool, float and NoneType shells: constructors (int("12"), float("1.5")), repr,
// hash and __format__ (via lib/format-spec), plus the `real`-world bits lessons touch.
import { PyFloat, PyObject, PyValue, fillType, intType, boolType, floatType, noneType, PyType, typeOf } from "./object.js";
import { typeError, tn, toPyException } from "./exceptions.js";
import { formatInt, formatFloat } from "../lib/format-spec.js";
import * as I from "../lib/int-ops.js";
import { floatFromString } from "../lib/float-parse.js";
import { floatRepr } from "../lib/float-repr.js";
import { str } from "../protocol/repr.js";
import { truthy, pyHash } from "../protocol/ops.js";
import { positional, callBound } from "../protocol/call.js";
import { adopt } from "./object-type.js";

function lib<T>(f: () => T): T {
  try { return f(); } catch (e) { throw toPyException(e); }
}

/** int(x) / int(s, base). */
export function toInt(v: PyValue, base?: PyValue): PyValue {
  if (v instanceof PyStrSub) v = v.value;
  if (base !== undefined) {
    if (typeof v !== "string") throw typeError("int() can't convert non-string with explicit base");
    return lib(() => I.intFromString(v, Number(base)));
  }
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return lib(() => I.intFromString(v, 10));
  if (v instanceof PyFloat) return lib(() => I.intFromFloat(v.value));
  const t = typeOf(v);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = t.lookup(name);
    if (f != null) return callBound(f, v, []);
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${tn(v)}'`);
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
    if (r instanceof PyFloat) return r.value;
  }
  throw typeError(`float() argument must be a string or a real number, not '${tn(v)}'`);
}

fillType(intType, {
  slots: {
    new: (cls: PyType, args, kw) => {
      const a = positional(args, kw);
      const v = a.length === 0 ? 0 : toInt(a[0], a[1]);
      return cls === intType ? v : adopt(new PyIntSub(v as number | bigint), cls);
    },
    // (an int itself never reaches these slots: they serve int subclasses' instances)
    repr: (v) => String(intOf(v)),
    hash: (v) => pyHash(intOf(v)),
    // an empty spec formats a subclass's instance as str() does (its own __str__ or __repr__), as CPython
    format: (v, spec) => (spec === "" && v instanceof PyIntSub ? str(v) : lib(() => formatInt(intOf(v), spec))),
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
    new: (_cls, args) => (args.length ? truthy(args[0]) : false),
    repr: (v) => (v ? "True" : "False"),
    format: (v, spec) => (spec === "" ? (v ? "True" : "False") : lib(() => formatInt(v ? 1 : 0, spec))),
  },
});

fillType(floatType, {
  slots: {
    new: (cls: PyType, args, kw) => {
      const a = positional(args, kw);
      const x = a.length === 0 ? 0 : toFloat(a[0]);
      return cls === floatType ? new PyFloat(x) : adopt(new PyFloatSub(x), cls);
    },
    // (also the slots of float subclasses' instances, PyFloatSub, which have the same `value`)
    repr: (v: PyFloat) => floatRepr(v.value),
    hash: (v) => pyHash(floatOf(v)),
    // an empty spec formats a subclass's instance as str() does (its own __str__ or __repr__), as CPython
    format: (v: PyFloat, spec) => (spec === "" && v instanceof PyFloatSub ? str(v) : lib(() => formatFloat(v.value, spec))),
    bool: (v: PyFloat) => v.value !== 0,
  },
  methods: {
    is_integer: (v: PyFloat) => Number.isInteger(v.value),
  },
});

fillType(noneType, {
  slots: {
    new: () => null,
    repr: () => "None",
    bool: () => false,
    hash: () => 0x5f3759df,
  },
});
