// PyRange: range(start, stop, step) (immutable: fields are public read-only).
// OWNED BY THE TYPES ENGINEER — interpreter-core placeholder (the for-loop fast path reads start/stop/step).
import { PyObject, PyValue, defineType } from "./object.js";
import { typeError, valueError, indexError, tn } from "./exceptions.js";
import type { PyIterator } from "./object.js";

export class PyRange extends PyObject {
  constructor(readonly start: number, readonly stop: number, readonly step: number) { super(); }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}
function asInt(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return +v;
  throw typeError(`'${tn(v)}' object cannot be interpreted as an integer`);
}
export function makeRange(args: PyValue[]): PyRange {
  if (args.length === 0) throw typeError("range expected at least 1 argument, got 0");
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PyRange(0, asInt(args[0]), 1);
  const step = args.length === 3 ? asInt(args[2]) : 1;
  if (step === 0) throw valueError("range() arg 3 must not be zero");
  return new PyRange(asInt(args[0]), asInt(args[1]), step);
}
function rangeIter(r: PyRange): PyIterator {
  let i = r.start;
  const { stop, step } = r;
  return step > 0
    ? { next: () => { if (i < stop) { const v = i; i += step; return v; } return undefined; } }
    : { next: () => { if (i > stop) { const v = i; i += step; return v; } return undefined; } };
}
export const rangeType = defineType("range", {
  proto: PyRange,
  baseType: false,
  slots: {
    new: (_cls, args) => makeRange(args),
    iter: rangeIter,
    len: (r: PyRange) => r.length,
    bool: (r: PyRange) => r.length > 0,
    repr: (r: PyRange) => (r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`),
    getitem: (r: PyRange, k) => {
      let i = asInt(k);
      const n = r.length;
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw indexError("range object index out of range");
      return r.start + i * r.step;
    },
    contains: (r: PyRange, v) => {
      if (typeof v !== "number") return false;
      const { start, stop, step } = r;
      if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
      return (v - start) % step === 0;
    },
  },
});
