// PyRange: range(start, stop, step) (immutable: fields are public read-only; the for-loop fast path
// reads them). Slots as CPython's rangeobject.c: len, O(1) int containment, index/count, slicing to
// a new range, reversed, equality as sequences, repr `range(0, 10, 2)`.
import { PyObject, PyValue, PyType, defineType, NotImplemented } from "./object.js";
import { typeError, valueError, indexError, overflowError, tn } from "./exceptions.js";
import { pyEquals } from "../protocol/ops.js";
import { arity, noKwargs } from "../protocol/call.js";
import { indexValue } from "./args.js";
import { PySlice, sliceIndices } from "./slice.js";
import { PyNativeIter, rangeIteratorType } from "./iterators.js";
import { getset } from "./getset.js";
import { PyTuple, tupleType, tupleHash64 } from "./tuple.js";
import { exactHashes } from "./hashing.js";

export class PyRange extends PyObject {
  constructor(readonly start: number, readonly stop: number, readonly step: number) { super(); }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  at(i: number): number { return this.start + i * this.step; }
}
/** A range whose bounds are JS numbers (loops over it may count with plain numbers). */
export function isSmallRange(r: PyRange): boolean {
  const x = r as unknown as { start: unknown; stop: unknown; step: unknown };
  return typeof x.start === "number" && typeof x.stop === "number" && typeof x.step === "number";
}
function asInt(v: PyValue): number {
  const i = indexValue(v);
  if (i === null) throw typeError(`'${tn(v)}' object cannot be interpreted as an integer`);
  // Bounds are JS numbers (the for-loop fast path reads them): past 2**53 say so rather than go wrong.
  if (typeof i === "bigint") throw overflowError("range() bounds beyond 2**53 are not supported by pyt yet");
  return i;
}
export function makeRange(args: PyValue[]): PyRange {
  if (args.length === 0) throw typeError("range expected at least 1 argument, got 0");
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PyRange(0, asInt(args[0]), 1);
  const start = asInt(args[0]), stop = asInt(args[1]);
  const step = args.length === 3 ? asInt(args[2]) : 1;
  if (step === 0) throw valueError("range() arg 3 must not be zero");
  return new PyRange(start, stop, step);
}
/** A range iterator's sequence: what it counts from, by, and how many (reversed ones count down). */
export class RangeCount {
  constructor(readonly start: number, readonly step: number, readonly n: number) {}
}
export function rangeIterStep(it: PyNativeIter): PyValue | undefined {
  const c = it.seq as RangeCount;
  return it.i < c.n ? c.start + c.step * it.i++ : undefined;
}
function rangeIter(r: PyRange, reverse = false): PyNativeIter {
  const n = r.length;
  const c = reverse ? new RangeCount(r.at(n - 1), -r.step, n) : new RangeCount(r.start, r.step, n);
  return new PyNativeIter(rangeIteratorType, rangeIterStep, c);
}
function rangeIndexOf(r: PyRange, v: PyValue): number {
  if (typeof v === "number" || typeof v === "boolean") {
    const x = +v;
    const { start, stop, step } = r;
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return -1;
    return (x - start) % step === 0 ? (x - start) / step : -1;
  }
  const n = r.length;
  for (let i = 0; i < n; i++) if (pyEquals(r.at(i), v)) return i;
  return -1;
}
function rangeGetitem(r: PyRange, k: PyValue): PyValue {
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, r.length);
    return new PyRange(r.at(start), r.at(stop), r.step * step);
  }
  const iv = indexValue(k);
  if (iv === null) throw typeError(`range indices must be integers or slices, not ${tn(k)}`);
  let i = Number(iv);
  const n = r.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError("range object index out of range");
  return r.at(i);
}
function rangeEq(a: PyRange, b: PyRange): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  if (n === 0) return true;
  if (a.start !== b.start) return false;
  return n === 1 || a.step === b.step;
}

export const rangeType: PyType = defineType("range", {
  proto: PyRange,
  baseType: false,
  slots: {
    new: (_cls, args, kw) => { noKwargs("range", kw); return makeRange(args); },
    iter: (r: PyRange) => rangeIter(r),
    len: (r: PyRange) => r.length,
    bool: (r: PyRange) => r.length > 0,
    repr: (r: PyRange) => (r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`),
    getitem: rangeGetitem,
    contains: (r: PyRange, v) => rangeIndexOf(r, v) >= 0,
    hash: (r: PyRange) => {
      const n = r.length;
      const t = new PyTuple([n, n === 0 ? null : r.start, n <= 1 ? null : r.step]);
      return tupleType.slots.hash!(t);
    },
  },
  methods: {
    count: (r: PyRange, args, kw) => { noKwargs("count", kw); arity("range.count", args, 1, 1); return rangeIndexOf(r, args[0]) >= 0 ? 1 : 0; },
    index: (r: PyRange, args, kw) => {
      noKwargs("index", kw); arity("range.index", args, 1, 1);
      const i = rangeIndexOf(r, args[0]);
      if (i < 0) throw valueError(typeof args[0] === "number" ? `${args[0]} is not in range` : "sequence.index(x): x not in sequence");
      return i;
    },
    __reversed__: (r: PyRange) => rangeIter(r, true),
    __eq__: (a: PyRange, [b]) => (b instanceof PyRange ? rangeEq(a, b) : NotImplemented),
    __ne__: (a: PyRange, [b]) => (b instanceof PyRange ? !rangeEq(a, b) : NotImplemented),
  },
  attrs: {
    start: getset("start", (r: PyRange) => r.start),
    stop: getset("stop", (r: PyRange) => r.stop),
    step: getset("step", (r: PyRange) => r.step),
  },
});
exactHashes.set(rangeType, (r: PyRange) => {
  const n = r.length;
  return tupleHash64(new PyTuple([n, n === 0 ? null : r.start, n <= 1 ? null : r.step]));
});
