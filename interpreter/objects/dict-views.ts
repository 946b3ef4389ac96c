// dict views (dict_keys, dict_values, dict_items: live, with len/iter/contains/reversed, and set
// operations on keys/items views) and the dict iterators, which raise CPython's RuntimeError when
// the dict changes size while being iterated.
import { PyObject, PyValue, PyType, defineType, NotImplemented, Methods } from "./object.js";
import type { PyDict } from "./dict.js";
import { runtimeError } from "./exceptions.js";
import { repr } from "../protocol/repr.js";
import { pyEquals } from "../protocol/ops.js";
import { dictKeyHooks } from "./dict-hooks.js";
import {
  PyNativeIter, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType,
  dictRevKeyIteratorType, dictRevValueIteratorType, dictRevItemIteratorType,
} from "./iterators.js";
import { PySet, makeSet } from "./set.js";
import { iterate } from "../protocol/iter.js";
import { reprGuard } from "./args.js";

export type ViewKind = "keys" | "values" | "items";

export class PyDictView extends PyObject {
  constructor(cls: PyType, readonly kind: ViewKind, readonly mapping: PyDict) {
    super();
    this.cls = cls;
  }
}

function entryValue(kind: ViewKind, e: [PyValue, PyValue]): PyValue {
  return kind === "keys" ? e[0] : kind === "values" ? e[1] : dictKeyHooks.tuple(e);
}

const ITER_TYPES = { keys: dictKeyIteratorType, values: dictValueIteratorType, items: dictItemIteratorType };
const REV_TYPES = { keys: dictRevKeyIteratorType, values: dictRevValueIteratorType, items: dictRevItemIteratorType };

/** Iteration over a dict: a snapshot, checked against size changes at every step (CPython's error). */
export function dictIterator(kind: ViewKind, d: PyDict, reverse = false): PyNativeIter {
  const entries = d.entries();
  if (reverse) entries.reverse();
  const n = d.size;
  let i = 0;
  return new PyNativeIter((reverse ? REV_TYPES : ITER_TYPES)[kind], () => {
    if (d.size !== n) { i = entries.length; throw runtimeError("dictionary changed size during iteration"); }
    return i < entries.length ? entryValue(kind, entries[i++]) : undefined;
  });
}
export function dictReversed(kind: ViewKind, d: PyDict): PyNativeIter {
  return dictIterator(kind, d, true);
}

function viewItems(v: PyDictView): PyValue[] {
  return v.mapping.entries().map((e) => entryValue(v.kind, e));
}
function viewContains(v: PyDictView, x: PyValue): boolean {
  const d = v.mapping;
  if (v.kind === "keys") return d.get(x) !== undefined;
  if (v.kind === "values") return d.values().some((y) => y === x || pyEquals(y, x));
  const t = x as { items?: PyValue[] };
  if (!(x instanceof PyObject) || !Array.isArray(t.items) || t.items.length !== 2 || x.cls.name !== "tuple") return false;
  const w = d.get(t.items[0]);
  return w !== undefined && (w === t.items[1] || pyEquals(w, t.items[1]));
}
function viewRepr(v: PyDictView): string {
  return reprGuard(v, "...", () => `${v.cls.name}([${viewItems(v).map(repr).join(", ")}])`);
}
function asSet(o: PyValue): PySet {
  if (o instanceof PySet) return o;
  const s = new PySet();
  s.update(o);
  return s;
}
function isIterable(o: PyValue): boolean {
  try { iterate(o); return true; } catch { return false; }
}
const setOp = (f: (a: PySet, b: PyValue) => PySet) => (self: PyDictView, [o]: PyValue[]) =>
  (isIterable(o) ? f(makeSet(viewItems(self)), o) : NotImplemented);
const rsetOp = (f: (a: PySet, b: PyValue) => PySet) => (self: PyDictView, [o]: PyValue[]) =>
  (isIterable(o) ? f(asSet(o), makeSet(viewItems(self))) : NotImplemented);

function and(a: PySet, b: PyValue): PySet {
  const r = new PySet();
  const bs = asSet(b);
  for (const x of a.items()) if (bs.has(x)) r.add(x);
  return r;
}
function or(a: PySet, b: PyValue): PySet { a.update(b); return a; }
function sub(a: PySet, b: PyValue): PySet { a.differenceUpdate(b); return a; }
function xor(a: PySet, b: PyValue): PySet { a.symmetricUpdate(b); return a; }
/** CPython's dictview_richcompare: against a set or a keys/items view, by sizes then containment. */
function setLikeCompare(self: PyDictView, o: PyValue, op: "eq" | "lt" | "le" | "gt" | "ge"): PyValue {
  if (!(o instanceof PySet) && !(o instanceof PyDictView && o.kind !== "values")) return NotImplemented;
  const n = self.mapping.size, m = o instanceof PySet ? o.size : (o as PyDictView).mapping.size;
  const ok = op === "eq" ? n === m : op === "lt" ? n < m : op === "le" ? n <= m : op === "gt" ? n > m : n >= m;
  if (!ok) return false;
  const other = o instanceof PySet ? o : makeSet(viewItems(o as PyDictView));
  if (op === "gt" || op === "ge") return other.items().every((x) => viewContains(self, x));
  return viewItems(self).every((x) => other.has(x));
}

const setLikeMethods: Methods = {
  __and__: setOp(and), __or__: setOp(or), __sub__: setOp(sub), __xor__: setOp(xor),
  __rand__: rsetOp(and), __ror__: rsetOp(or), __rsub__: rsetOp(sub), __rxor__: rsetOp(xor),
  __eq__: (s: PyDictView, [o]) => setLikeCompare(s, o, "eq"),
  __ne__: (s: PyDictView, [o]) => { const r = setLikeCompare(s, o, "eq"); return r === NotImplemented ? r : !r; },
  __lt__: (s: PyDictView, [o]) => setLikeCompare(s, o, "lt"),
  __le__: (s: PyDictView, [o]) => setLikeCompare(s, o, "le"),
  __gt__: (s: PyDictView, [o]) => setLikeCompare(s, o, "gt"),
  __ge__: (s: PyDictView, [o]) => setLikeCompare(s, o, "ge"),
  isdisjoint: (s: PyDictView, [o]) => { const a = asSet(o); return !viewItems(s).some((x) => a.has(x)); },
  __reversed__: (s: PyDictView) => dictReversed(s.kind, s.mapping),
};

function viewType(name: string, kind: ViewKind): PyType {
  return defineType(name, {
    baseType: false,
    slots: {
      len: (v: PyDictView) => v.mapping.size,
      iter: (v: PyDictView) => dictIterator(v.kind, v.mapping),
      contains: viewContains,
      repr: viewRepr,
    },
    attrs: kind === "values" ? {} : { __hash__: null },
    methods: kind === "values" ? { __reversed__: (s: PyDictView) => dictReversed(s.kind, s.mapping) } : setLikeMethods,
  });
}
export const dictKeysType = viewType("dict_keys", "keys");
export const dictValuesType = viewType("dict_values", "values");
export const dictItemsType = viewType("dict_items", "items");

export function makeView(kind: ViewKind, d: PyDict): PyDictView {
  return new PyDictView(kind === "keys" ? dictKeysType : kind === "values" ? dictValuesType : dictItemsType, kind, d);
}
