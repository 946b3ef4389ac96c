// Argument helpers shared by the builtin container types and builtin functions: integer coercion
// with CPython's wording (__index__ included), keyword parsing for natives that take a few keywords,
// and the guard that makes repr of self-containing containers print `[...]`.
import { PyValue, PyObject, typeOf, PyFloat } from "./object.js";
import { typeError, indexError, overflowError, tn } from "./exceptions.js";
import { callBound } from "../protocol/call.js";

/** An int (int, bool, __index__) as a JS value, or null when `v` has no __index__. */
export function indexValue(v: PyValue): number | bigint | null {
  switch (typeof v) {
    case "number": case "bigint": return v;
    case "boolean": return v ? 1 : 0;
  }
  if (v instanceof PyObject && !(v instanceof PyFloat)) {
    const f = typeOf(v).lookup("__index__");
    if (f != null) {
      const r = callBound(f, v, []);
      if (typeof r === "number" || typeof r === "bigint") return r;
      if (typeof r === "boolean") return r ? 1 : 0;
      throw typeError(`__index__ returned non-int (type ${tn(r)})`);
    }
  }
  return null;
}

/** `v` as an int or TypeError "'str' object cannot be interpreted as an integer". */
export function asInt(v: PyValue): number | bigint {
  const i = indexValue(v);
  if (i === null) throw typeError(`'${tn(v)}' object cannot be interpreted as an integer`);
  return i;
}

/** A sequence index (Py_ssize_t): big ints raise IndexError like CPython. */
export function asSsize(v: PyValue, msg?: (v: PyValue) => string): number {
  const i = indexValue(v);
  if (i === null) throw typeError(msg ? msg(v) : `'${tn(v)}' object cannot be interpreted as an integer`);
  if (typeof i === "bigint") throw indexError(`cannot fit 'int' into an index-sized integer`);
  return i;
}

/**
 * The count of `seq * n`: null when n has no __index__, 0 for negatives, Infinity for a count no
 * sequence could reach (the caller raises MemoryError unless its sequence is empty), and CPython's
 * OverflowError past Py_ssize_t.
 */
export function repeatCount(v: PyValue): number | null {
  const i = indexValue(v);
  if (i === null) return null;
  if (typeof i === "number") return Math.max(0, i);
  if (i > 0x7fffffffffffffffn || i < -0x8000000000000000n) throw overflowError("cannot fit 'int' into an index-sized integer");
  return i <= 0n ? 0 : Infinity;
}

/** Clamp an index to a big-int-safe number (for slice-like arguments of index()/count()). */
export function clampIndex(v: PyValue): number {
  const i = indexValue(v);
  if (i === null) throw typeError("slice indices must be integers or have an __index__ method");
  if (typeof i === "bigint") return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return i;
}

/**
 * Parses (args, kwnames) against parameter names: returns one slot per name (undefined = not
 * given). `npos` = how many of the names may be given positionally. CPython's messages.
 */
export function parseArgs(fname: string, args: PyValue[], kwnames: string[] | null, names: string[], npos = names.length, required = 0, style: "c" | "py" = "c"): (PyValue | undefined)[] {
  const nk = kwnames ? kwnames.length : 0;
  const np = args.length - nk;
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  // a C function's messages (getargs.c) unless `style` is "py" (functions CPython writes in Python)
  if (style === "c" && np + nk > names.length) {
    const n = names.length;
    throw typeError(`${fname}() takes at most ${n} ${np === 0 ? "keyword " : ""}argument${n === 1 ? "" : "s"} (${np + nk} given)`);
  }
  if (np > npos) {
    if (npos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(`${fname}() takes at most ${npos} positional argument${npos === 1 ? "" : "s"} (${np} given)`);
  }
  for (let i = 0; i < np; i++) out[i] = args[i];
  for (let j = 0; j < nk; j++) {
    const k = kwnames![j];
    const idx = names.indexOf(k);
    if (idx < 0) {
      throw typeError(style === "c" ? `'${k}' is an invalid keyword argument for ${fname}()` : `${fname}() got an unexpected keyword argument '${k}'`);
    }
    if (out[idx] !== undefined) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${idx + 1})`);
    out[idx] = args[np + j];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

const inRepr = new Set<object>();
/** repr of a container that may contain itself: `f` runs unless `o` is already being repr'd. */
export function reprGuard(o: object, recursive: string, f: () => string): string {
  if (inRepr.has(o)) return recursive;
  inRepr.add(o);
  try { return f(); } finally { inRepr.delete(o); }
}
