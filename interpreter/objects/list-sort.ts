// list.sort / sorted: CPython's comparison order for short lists (count_run + binary insertion, so
// the first failing `<` names the same types as CPython: "'<' not supported between instances of
// 'str' and 'int'"), a stable merge sort beyond that. Only `<` is ever used, as in CPython.
// Keys all ints, all floats (no NaN) or all strs are totally ordered and their `<` can neither raise nor
// run user code: they are compared directly, without the comparison protocol.
import { PyValue, PyFloat, typeOf, floatType } from "./object.js";
import { PyTuple, tupleType } from "./tuple.js";
import { compare, truthy } from "../protocol/ops.js";
import { call } from "../protocol/call.js";
import { asInt } from "./args.js";
import { overflowError } from "./exceptions.js";
import { strCompare } from "../lib/str-methods.js";

/** sort()'s reverse= as CPython's clinic converts it (`bool(accept={int})`): an int, never truthiness. */
export function sortReverse(v: PyValue | undefined): boolean {
  if (v === undefined || typeof v === "boolean") return v === true;
  const i = asInt(v);
  if (typeof i === "bigint" || i > 2147483647 || i < -2147483648) throw overflowError("Python int too large to convert to C int");
  return i !== 0;
}

/** Whether `<` on v runs no Python code: None, bool, int, float, str, and tuples of them. */
export function plainItem(v: PyValue): boolean {
  if (v === null || typeof v === "number" || typeof v === "bigint" || typeof v === "string" || typeof v === "boolean") return true;
  const t = typeOf(v);
  return t === floatType || (t === tupleType && (v as PyTuple).items.every(plainItem));
}

/** `a < b` as sort compares (the comparison protocol, but for ints, floats and strs). */
export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) < 0;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value < b.value;
  const r = compare("<", a, b);
  return typeof r === "boolean" ? r : truthy(r);
}

const MIXED = 0, INTS = 1, FLOATS = 2, STRS = 3;

/** Whether every key is a small int, a float other than NaN, or a str (MIXED otherwise). */
function keyKind(keys: PyValue[]): number {
  const k0 = keys[0];
  const kind = typeof k0 === "number" ? INTS : typeof k0 === "string" ? STRS : k0 instanceof PyFloat ? FLOATS : MIXED;
  if (kind === INTS) { for (const k of keys) if (typeof k !== "number") return MIXED; }
  else if (kind === STRS) { for (const k of keys) if (typeof k !== "string") return MIXED; }
  else if (kind === FLOATS) { for (const k of keys) if (!(k instanceof PyFloat) || Number.isNaN(k.value)) return MIXED; }
  return kind;
}

/** `less` for keys of one totally ordered kind (keyKind): plain comparisons, no protocol. */
function nativeLess(keys: PyValue[], kind: number): (x: number, y: number) => boolean {
  if (kind === STRS) {
    const k = keys as string[];
    return (x, y) => strCompare(k[x], k[y]) < 0;
  }
  const k = new Float64Array(keys.length);
  for (let i = 0; i < k.length; i++) k[i] = kind === INTS ? (keys[i] as number) : (keys[i] as PyFloat).value;
  return (x, y) => k[x] < k[y];
}

/** The indices of `items` in the order sortValues would leave them. */
export function sortOrder(items: PyValue[], key: PyValue, reverse: boolean): number[] {
  const order = items.map((_, i) => i);
  const keys = key === null ? items.slice() : items.map((v) => call(key, [v]));
  if (reverse) { keys.reverse(); order.reverse(); }
  sortPairs(keys, order);
  if (reverse) order.reverse();
  return order;
}

/** Sorts `keys` (with `vals` permuted alongside) stably by `<`; reverse keeps stability like CPython. */
function sortPairs<V>(keys: PyValue[], vals: V[]): void {
  const n = keys.length;
  if (n < 2) return;
  if (n <= 64) {
    // count_run
    let runEnd = 1;
    if (lessThan(keys[1], keys[0])) {
      runEnd = 2;
      while (runEnd < n && lessThan(keys[runEnd], keys[runEnd - 1])) runEnd++;
      reverseRange(keys, 0, runEnd); reverseRange(vals, 0, runEnd);
    } else {
      runEnd = 2;
      while (runEnd < n && !lessThan(keys[runEnd], keys[runEnd - 1])) runEnd++;
    }
    // binary insertion of the rest
    for (let start = runEnd; start < n; start++) {
      const pk = keys[start], pv = vals[start];
      let l = 0, r = start;
      while (l < r) {
        const p = (l + r) >> 1;
        if (lessThan(pk, keys[p])) r = p; else l = p + 1;
      }
      for (let p = start; p > l; p--) { keys[p] = keys[p - 1]; vals[p] = vals[p - 1]; }
      keys[l] = pk; vals[l] = pv;
    }
    return;
  }
  const kind = keyKind(keys);
  const idx = mergeSort(n, kind === MIXED ? (x, y) => lessThan(keys[x], keys[y]) : nativeLess(keys, kind));
  const k2 = new Array<PyValue>(n), v2 = new Array<V>(n);
  for (let i = 0; i < n; i++) { k2[i] = keys[idx[i]]; v2[i] = vals[idx[i]]; }
  for (let i = 0; i < n; i++) { keys[i] = k2[i]; vals[i] = v2[i]; }
}

/** The indices 0..n-1 in the stable order of `less`: bottom-up merges of runs of RUN sorted by insertion. */
function mergeSort(n: number, less: (x: number, y: number) => boolean): Int32Array {
  let a = new Int32Array(n), b = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  const RUN = 32;
  for (let lo = 0; lo < n; lo += RUN) { // binary insertion within each run
    const hi = Math.min(lo + RUN, n);
    for (let s = lo + 1; s < hi; s++) {
      const x = a[s];
      let l = lo, r = s;
      while (l < r) {
        const p = (l + r) >> 1;
        if (less(x, a[p])) r = p; else l = p + 1;
      }
      for (let p = s; p > l; p--) a[p] = a[p - 1];
      a[l] = x;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid, o = lo;
      while (i < mid && j < hi) b[o++] = less(a[j], a[i]) ? a[j++] : a[i++];
      while (i < mid) b[o++] = a[i++];
      while (j < hi) b[o++] = a[j++];
    }
    const t = a; a = b; b = t;
  }
  return a;
}

function reverseRange<V>(a: V[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) { const t = a[i]; a[i] = a[j]; a[j] = t; }
}

/** A sorted copy of `items` (CPython's list.sort algorithm contract: stable, `<` only). */
export function sortValues(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const vals = items.slice();
  const keys = key === null ? vals.slice() : vals.map((v) => call(key, [v]));
  // CPython reverses before and after sorting so that equal elements keep their order.
  if (reverse) { keys.reverse(); vals.reverse(); }
  sortPairs(keys, vals);
  if (reverse) vals.reverse();
  return vals;
}
