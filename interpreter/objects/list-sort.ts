// list.sort / sorted: CPython's comparison order for short lists (count_run + binary insertion, so
// the first failing `<` names the same types as CPython: "'<' not supported between instances of
// 'str' and 'int'"), a stable merge sort beyond that. Only `<` is ever used, as in CPython.
import { PyValue, PyFloat } from "./object.js";
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

function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) < 0;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value < b.value;
  const r = compare("<", a, b);
  return typeof r === "boolean" ? r : truthy(r);
}

/** Sorts `keys` (with `vals` permuted alongside) stably by `<`; reverse keeps stability like CPython. */
function sortPairs(keys: PyValue[], vals: PyValue[]): void {
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
  const idx = mergeSort(keys.map((_, i) => i), keys);
  const k2 = idx.map((i) => keys[i]), v2 = idx.map((i) => vals[i]);
  for (let i = 0; i < n; i++) { keys[i] = k2[i]; vals[i] = v2[i]; }
}

function mergeSort(idx: number[], keys: PyValue[]): number[] {
  if (idx.length <= 1) return idx;
  const mid = idx.length >> 1;
  const a = mergeSort(idx.slice(0, mid), keys), b = mergeSort(idx.slice(mid), keys);
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (lessThan(keys[b[j]], keys[a[i]])) out.push(b[j++]); else out.push(a[i++]);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function reverseRange(a: PyValue[], lo: number, hi: number): void {
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
