// PyTuple: Python's tuple (immutable, so `items` is public read-only).
// OWNED BY THE TYPES ENGINEER — interpreter-core placeholder; keep `new PyTuple(items)` and `.items`.
import { PyObject, PyValue, defineType, NotImplemented } from "./object.js";
import { excHooks } from "./exceptions.js";
import { repr } from "../protocol/repr.js";
import { pyEquals, pyHash, compare } from "../protocol/ops.js";
import { indexError, typeError, tn } from "./exceptions.js";
import { PySlice, sliceIndices } from "./slice.js";
import { truthy } from "../protocol/ops.js";

export class PyTuple extends PyObject {
  constructor(readonly items: PyValue[]) { super(); }
}
export const EMPTY_TUPLE = new PyTuple([]);
excHooks.tuple = (items) => new PyTuple(items);

function tupleRepr(t: PyTuple): string {
  if (t.items.length === 1) return `(${repr(t.items[0])},)`;
  return `(${t.items.map(repr).join(", ")})`;
}
function tupleHash(t: PyTuple): number {
  let h = 0x345678;
  for (const x of t.items) h = (Math.imul(h, 1000003) ^ pyHash(x)) | 0;
  return h === -1 ? -2 : h;
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
    const out: PyValue[] = [];
    for (let i = 0, j = start; i < len; i++, j += step) out.push(t.items[j]);
    return new PyTuple(out);
  }
  if (typeof k === "boolean") return tupleGetitem(t, k ? 1 : 0);
  throw typeError(`tuple indices must be integers or slices, not ${tn(k)}`);
}
function seqCompare(a: PyValue[], b: PyValue[], op: "<" | "<=" | ">" | ">="): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!pyEquals(a[i], b[i])) return truthy(compare(op, a[i], b[i]));
  }
  const la = a.length, lb = b.length;
  return op === "<" ? la < lb : op === "<=" ? la <= lb : op === ">" ? la > lb : la >= lb;
}
export { seqCompare };
function eqItems(a: PyValue[], b: PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!pyEquals(a[i], b[i])) return false;
  return true;
}
export { eqItems };

export const tupleType = defineType("tuple", {
  proto: PyTuple,
  slots: {
    repr: tupleRepr,
    hash: tupleHash,
    len: (t: PyTuple) => t.items.length,
    getitem: tupleGetitem,
    contains: (t: PyTuple, v) => t.items.some((x) => pyEquals(x, v)),
    iter: (t: PyTuple) => { let i = 0; const it = t.items; return { next: () => (i < it.length ? it[i++] : undefined) }; },
    bool: (t: PyTuple) => t.items.length > 0,
  },
  methods: {
    __eq__: (s: PyTuple, [o]) => (o instanceof PyTuple ? eqItems(s.items, o.items) : NotImplemented),
    __lt__: (s: PyTuple, [o]) => (o instanceof PyTuple ? seqCompare(s.items, o.items, "<") : NotImplemented),
    __le__: (s: PyTuple, [o]) => (o instanceof PyTuple ? seqCompare(s.items, o.items, "<=") : NotImplemented),
    __gt__: (s: PyTuple, [o]) => (o instanceof PyTuple ? seqCompare(s.items, o.items, ">") : NotImplemented),
    __ge__: (s: PyTuple, [o]) => (o instanceof PyTuple ? seqCompare(s.items, o.items, ">=") : NotImplemented),
    __add__: (s: PyTuple, [o]) => {
      if (!(o instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${tn(o)}") to tuple`);
      return new PyTuple(s.items.concat(o.items));
    },
    count: (s: PyTuple, [v]) => s.items.filter((x) => pyEquals(x, v)).length,
    index: (s: PyTuple, [v]) => { const i = s.items.findIndex((x) => pyEquals(x, v)); if (i < 0) throw typeError("tuple.index(x): x not in tuple"); return i; },
  },
});
