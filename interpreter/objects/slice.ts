// PySlice: the value of `a:b:c` inside a subscript, and the index arithmetic of CPython's
// PySlice_GetIndicesEx (sliceIndices) that every sequence type uses.
import { PyObject, PyValue, defineType } from "./object.js";
import { typeError, valueError } from "./exceptions.js";
import { repr } from "../protocol/repr.js";

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) { super(); }
}

function asIndex(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  throw typeError("slice indices must be integers or None or have an __index__ method");
}

/** [start, stop, step, length] for a sequence of length n. */
export function sliceIndices(s: PySlice, n: number): [number, number, number, number] {
  const step = s.step === null ? 1 : asIndex(s.step);
  if (step === 0) throw valueError("slice step cannot be zero");
  let start: number, stop: number;
  if (s.start === null) start = step < 0 ? n - 1 : 0;
  else {
    start = asIndex(s.start);
    if (start < 0) { start += n; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= n) start = step < 0 ? n - 1 : n;
  }
  if (s.stop === null) stop = step < 0 ? -1 : n;
  else {
    stop = asIndex(s.stop);
    if (stop < 0) { stop += n; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= n) stop = step < 0 ? n - 1 : n;
  }
  let len = 0;
  if (step < 0) { if (stop < start) len = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) len = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, len];
}

export const sliceType = defineType("slice", {
  proto: PySlice,
  slots: { repr: (s: PySlice) => `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})` },
  attrs: { __hash__: null },
});
