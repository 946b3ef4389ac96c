// PySlice: the value of `a:b:c` inside a subscript, and the index arithmetic of CPython's
// PySlice_GetIndicesEx (sliceIndices) that every sequence type uses.
import { PyObject, PyValue, defineType, NotImplemented } from "./object.js";
import { typeError, valueError, tn } from "./exceptions.js";
import { repr } from "../protocol/repr.js";
import { getset } from "./getset.js";
import { PyTuple } from "./tuple.js";
import { arity, noKwargs } from "../protocol/call.js";
import { compare } from "../protocol/ops.js";
import { indexValue } from "./args.js";

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) { super(); }
}

function asIndex(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  const i = v instanceof PyObject ? indexValue(v) : null;
  if (i !== null) return asIndex(i);
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

const asTuple = (s: PySlice) => new PyTuple([s.start, s.stop, s.step]);
export const sliceType = defineType("slice", {
  proto: PySlice,
  slots: {
    repr: (s: PySlice) => `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`,
    // slice(stop) or slice(start, stop[, step])
    new: (_cls, args, kw) => {
      noKwargs("slice", kw); arity("slice", args, 1, 3);
      return args.length === 1 ? new PySlice(null, args[0], null) : new PySlice(args[0], args[1], args.length > 2 ? args[2] : null);
    },
  },
  methods: {
    indices: (s: PySlice, args, kw) => {
      noKwargs("slice.indices", kw); arity("slice.indices", args, 1, 1);
      const n = indexValue(args[0]);
      if (n === null) throw typeError(`'${tn(args[0])}' object cannot be interpreted as an integer`);
      if (n < 0) throw valueError("length should not be negative");
      const [start, stop, step] = sliceIndices(s, Number(n));
      return new PyTuple([start, stop, step]);
    },
    __eq__: (s: PySlice, [o]) => (o instanceof PySlice ? compare("==", asTuple(s), asTuple(o)) : NotImplemented),
    __ne__: (s: PySlice, [o]) => (o instanceof PySlice ? compare("!=", asTuple(s), asTuple(o)) : NotImplemented),
  },
  attrs: {
    __hash__: null,
    start: getset("start", (s: PySlice) => s.start),
    stop: getset("stop", (s: PySlice) => s.stop),
    step: getset("step", (s: PySlice) => s.step),
  },
});
