// PyTuple: Python's tuple (immutable, so `items` is public read-only), with CPython's xxHash-based
// tuple hash (exact 64-bit value in tupleHash64, for hash() and set ordering) and the sequence
// comparison helpers list.ts shares.
import { PyObject, PyValue, PyType, defineType, NotImplemented, Methods } from "./object.js";
import { excHooks, valueError, makeExc, MemoryError } from "./exceptions.js";
import { repr } from "../protocol/repr.js";
import { pyEquals, compare, truthy } from "../protocol/ops.js";
import { indexError, typeError, tn } from "./exceptions.js";
import { PySlice, sliceIndices } from "./slice.js";
import { iterate } from "../protocol/iter.js";
import { arity, noKwargs } from "../protocol/call.js";
import { clampIndex, indexValue, reprGuard, repeatCount } from "./args.js";
import { PyNativeIter, tupleIteratorType } from "./iterators.js";
import { fullHash, exactHashes } from "./hashing.js";
import { adopt } from "./object-type.js";
import { reflected, noRepeat } from "./list.js";

export class PyTuple extends PyObject {
  constructor(readonly items: PyValue[]) { super(); }
}
export const EMPTY_TUPLE = new PyTuple([]);
excHooks.tuple = (items) => new PyTuple(items);

function tupleRepr(t: PyTuple): string {
  if (t.items.length === 1) return reprGuard(t, "(...)", () => `(${repr(t.items[0])},)`);
  return reprGuard(t, "(...)", () => `(${t.items.map(repr).join(", ")})`);
}

const M64 = (1n << 64n) - 1n;
const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
/** CPython 3.11 tuplehash (xxHash lanes), as a signed 64-bit bigint. */
export function tupleHash64(t: PyTuple): bigint {
  let acc = P5;
  for (const x of t.items) {
    const lane = BigInt.asUintN(64, BigInt(fullHash(x)));
    acc = (acc + lane * P2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * P1) & M64;
  }
  acc = (acc + (BigInt(t.items.length) ^ (P5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}
function tupleHash(t: PyTuple): number {
  return Number(tupleHash64(t));
}
function tupleGetitem(t: PyTuple, k: PyValue): PyValue {
  if (typeof k === "number") {
    const n = t.items.length;
    const i = k < 0 ? k + n : k;
    if (i < 0 || i >= n) throw indexError("tuple index out of range");
    return t.items[i];
  }
  if (k instanceof PySlice) {
    const [start, , step, len] = sliceIndices(k, t.items.length);
    if (step === 1 && len === t.items.length && t.cls === tupleType) return t;
    const out: PyValue[] = [];
    for (let i = 0, j = start; i < len; i++, j += step) out.push(t.items[j]);
    return new PyTuple(out);
  }
  const i = indexValue(k);
  if (i === null) throw typeError(`tuple indices must be integers or slices, not ${tn(k)}`);
  if (typeof i === "bigint") throw indexError("cannot fit 'int' into an index-sized integer");
  return tupleGetitem(t, i);
}
/** Lexicographic comparison of two sequences (CPython's list/tuple richcompare). */
export function seqCompare(a: PyValue[], b: PyValue[], op: "<" | "<=" | ">" | ">="): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i] && !pyEquals(a[i], b[i])) return truthy(compare(op, a[i], b[i]));
  }
  const la = a.length, lb = b.length;
  return op === "<" ? la < lb : op === "<=" ? la <= lb : op === ">" ? la > lb : la >= lb;
}
export function eqItems(a: PyValue[], b: PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !pyEquals(a[i], b[i])) return false;
  return true;
}
function repeatTuple(t: PyTuple, n: PyValue, forward: boolean): PyValue {
  const k = repeatCount(n);
  if (k === null) return noRepeat(n, forward);
  if (k === 1 && t.cls === tupleType) return t;
  if (t.items.length === 0) return new PyTuple([]);
  if (t.items.length * k > 1e8) throw makeExc(MemoryError);
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) for (const x of t.items) out.push(x);
  return new PyTuple(out);
}

const tupleMethods: Methods = {
  __eq__: (s: PyTuple, [o]) => (o instanceof PyTuple ? eqItems(s.items, o.items) : NotImplemented),
  __ne__: (s: PyTuple, [o]) => (o instanceof PyTuple ? !eqItems(s.items, o.items) : NotImplemented),
  __lt__: (s: PyTuple, [o]) => (o instanceof PyTuple ? seqCompare(s.items, o.items, "<") : NotImplemented),
  __le__: (s: PyTuple, [o]) => (o instanceof PyTuple ? seqCompare(s.items, o.items, "<=") : NotImplemented),
  __gt__: (s: PyTuple, [o]) => (o instanceof PyTuple ? seqCompare(s.items, o.items, ">") : NotImplemented),
  __ge__: (s: PyTuple, [o]) => (o instanceof PyTuple ? seqCompare(s.items, o.items, ">=") : NotImplemented),
  __add__: (s: PyTuple, [o]) => {
    if (!(o instanceof PyTuple) && reflected(o, "__radd__")) return NotImplemented;
    if (!(o instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${tn(o)}") to tuple`);
    return new PyTuple(s.items.concat(o.items));
  },
  __mul__: (s: PyTuple, [n]) => repeatTuple(s, n, true),
  __rmul__: (s: PyTuple, [n]) => repeatTuple(s, n, false),
  count: (s: PyTuple, args, kw) => {
    noKwargs("tuple.count", kw); arity("tuple.count", args, 1, 1);
    let c = 0;
    for (const x of s.items) if (x === args[0] || pyEquals(x, args[0])) c++;
    return c;
  },
  index: (s: PyTuple, args, kw) => {
    noKwargs("tuple.index", kw); arity("index", args, 1, 3);
    const n = s.items.length;
    let start = args.length > 1 ? clampIndex(args[1]) : 0;
    let stop = args.length > 2 ? clampIndex(args[2]) : n;
    if (start < 0) start = Math.max(0, start + n);
    if (stop < 0) stop = Math.max(0, stop + n);
    for (let i = start; i < Math.min(stop, n); i++) if (s.items[i] === args[0] || pyEquals(s.items[i], args[0])) return i;
    throw valueError("tuple.index(x): x not in tuple");
  },
};

export function tupleIterStep(it: PyNativeIter): PyValue | undefined {
  const items = it.seq as PyValue[];
  return it.i < items.length ? items[it.i++] : undefined;
}

export const tupleType: PyType = defineType("tuple", {
  proto: PyTuple,
  slots: {
    repr: tupleRepr,
    hash: tupleHash,
    len: (t: PyTuple) => t.items.length,
    getitem: tupleGetitem,
    contains: (t: PyTuple, v) => t.items.some((x) => x === v || pyEquals(x, v)),
    iter: (t: PyTuple) => new PyNativeIter(tupleIteratorType, tupleIterStep, t.items),
    bool: (t: PyTuple) => t.items.length > 0,
    new: (cls: PyType, args, kw) => {
      noKwargs("tuple", kw);
      if (args.length > 1) throw typeError(`tuple expected at most 1 argument, got ${args.length}`);
      let items: PyValue[] = [];
      if (args.length) {
        const a = args[0];
        // tuple(t) is t itself only for an exact tuple (a namedtuple gives a plain copy)
        if (a instanceof PyTuple && cls === tupleType && a.cls === tupleType) return a;
        const it = iterate(a);
        for (let x = it.next(); x !== undefined; x = it.next()) items.push(x);
      }
      if (cls === tupleType) return items.length ? new PyTuple(items) : EMPTY_TUPLE;
      return adopt(new PyTuple(items), cls);
    },
  },
  methods: tupleMethods,
});
exactHashes.set(tupleType, tupleHash64);
