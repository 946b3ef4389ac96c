// PyList: Python's list. State (_items) is private to this file (docs/internals.md).
// OWNED BY THE TYPES ENGINEER — interpreter-core placeholder; keep the method API
// (getItem/setItem/append/length/snapshot/extend/pop) that the core uses.
import { PyObject, PyValue, defineType, NotImplemented } from "./object.js";
import { indexError, typeError, valueError, tn } from "./exceptions.js";
import { repr } from "../protocol/repr.js";
import { pyEquals } from "../protocol/ops.js";
import { PySlice, sliceIndices } from "./slice.js";
import { eqItems, seqCompare } from "./tuple.js";
import { iterate } from "../protocol/iter.js";
import type { PyIterator } from "./object.js";

export class PyList extends PyObject {
  private _items: PyValue[];
  constructor(items: PyValue[] = []) { super(); this._items = items; }
  get length(): number { return this._items.length; }
  getItem(i: number): PyValue { return this._items[i]; }
  setItem(i: number, v: PyValue): void { this._items[i] = v; }
  append(v: PyValue): void { this._items.push(v); }
  extend(vs: PyValue[]): void { for (const v of vs) this._items.push(v); }
  pop(i: number): PyValue { return this._items.splice(i, 1)[0]; }
  insert(i: number, v: PyValue): void { this._items.splice(i, 0, v); }
  /** A copy of the items (for iteration that must not see later changes, repr, sorting). */
  snapshot(): PyValue[] { return this._items.slice(); }
  replaceAll(vs: PyValue[]): void { this._items = vs; }
  splice(start: number, del: number, ins: PyValue[]): void { this._items.splice(start, del, ...ins); }
}

function normIndex(l: PyList, k: PyValue): number {
  let i: number;
  if (typeof k === "number") i = k;
  else if (typeof k === "boolean") i = k ? 1 : 0;
  else throw typeError(`list indices must be integers or slices, not ${tn(k)}`);
  return i < 0 ? i + l.length : i;
}
function listGetitem(l: PyList, k: PyValue): PyValue {
  if (k instanceof PySlice) {
    const [start, , step, len] = sliceIndices(k, l.length);
    const out: PyValue[] = [];
    for (let i = 0, j = start; i < len; i++, j += step) out.push(l.getItem(j));
    return new PyList(out);
  }
  const i = normIndex(l, k);
  if (i < 0 || i >= l.length) throw indexError("list index out of range");
  return l.getItem(i);
}
function listSetitem(l: PyList, k: PyValue, v: PyValue): void {
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, l.length);
    const vals = listFromIterable(v);
    if (step === 1) { l.splice(start, Math.max(0, stop - start), vals); return; }
    throw typeError("extended slice assignment not supported yet");
  }
  const i = normIndex(l, k);
  if (i < 0 || i >= l.length) throw indexError("list assignment index out of range");
  l.setItem(i, v);
}
function listDelitem(l: PyList, k: PyValue): void {
  if (k instanceof PySlice) {
    const [start, , step, len] = sliceIndices(k, l.length);
    const keep = l.snapshot();
    const drop = new Set<number>();
    for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
    l.replaceAll(keep.filter((_, i) => !drop.has(i)));
    return;
  }
  const i = normIndex(l, k);
  if (i < 0 || i >= l.length) throw indexError("list assignment index out of range");
  l.pop(i);
}
function listFromIterable(v: PyValue): PyValue[] {
  const it = iterate(v); const out: PyValue[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
  return out;
}
function listIter(l: PyList): PyIterator {
  let i = 0;
  return { next: () => (i < l.length ? l.getItem(i++) : undefined) };
}

export const listType = defineType("list", {
  proto: PyList,
  slots: {
    repr: (l: PyList) => `[${l.snapshot().map(repr).join(", ")}]`,
    len: (l: PyList) => l.length,
    getitem: listGetitem, setitem: listSetitem, delitem: listDelitem,
    contains: (l: PyList, v) => l.snapshot().some((x) => x === v || pyEquals(x, v)),
    iter: listIter,
    bool: (l: PyList) => l.length > 0,
    new: () => new PyList(),
    init: (l: PyList, args) => { l.replaceAll(args.length ? listFromIterable(args[0]) : []); },
  },
  attrs: { __hash__: null },
  methods: {
    append(self: PyList, args) { self.append(args[0]); return null; },
    extend(self: PyList, args) { self.extend(listFromIterable(args[0])); return null; },
    pop(self: PyList, args) {
      if (self.length === 0) throw indexError("pop from empty list");
      let i = args.length ? (args[0] as number) : self.length - 1;
      if (i < 0) i += self.length;
      if (i < 0 || i >= self.length) throw indexError("pop index out of range");
      return self.pop(i);
    },
    insert(self: PyList, args) { let i = args[0] as number; if (i < 0) i = Math.max(0, i + self.length); self.insert(Math.min(i, self.length), args[1]); return null; },
    index(self: PyList, args) { const i = self.snapshot().findIndex((x) => pyEquals(x, args[0])); if (i < 0) throw valueError(`${repr(args[0])} is not in list`); return i; },
    count(self: PyList, args) { return self.snapshot().filter((x) => pyEquals(x, args[0])).length; },
    reverse(self: PyList) { self.replaceAll(self.snapshot().reverse()); return null; },
    copy(self: PyList) { return new PyList(self.snapshot()); },
    clear(self: PyList) { self.replaceAll([]); return null; },
    __add__(self: PyList, [o]) {
      if (!(o instanceof PyList)) throw typeError(`can only concatenate list (not "${tn(o)}") to list`);
      return new PyList(self.snapshot().concat(o.snapshot()));
    },
    __iadd__(self: PyList, [o]) { self.extend(listFromIterable(o)); return self; },
    __mul__(self: PyList, [n]) {
      if (typeof n !== "number") { if (typeof n === "boolean") n = +n; else throw typeError(`can't multiply sequence by non-int of type '${tn(n)}'`); }
      const s = self.snapshot(); const out: PyValue[] = [];
      for (let i = 0; i < (n as number); i++) for (const x of s) out.push(x);
      return new PyList(out);
    },
    __eq__: (s: PyList, [o]) => (o instanceof PyList ? eqItems(s.snapshot(), o.snapshot()) : NotImplemented),
    __lt__: (s: PyList, [o]) => (o instanceof PyList ? seqCompare(s.snapshot(), o.snapshot(), "<") : NotImplemented),
    __le__: (s: PyList, [o]) => (o instanceof PyList ? seqCompare(s.snapshot(), o.snapshot(), "<=") : NotImplemented),
    __gt__: (s: PyList, [o]) => (o instanceof PyList ? seqCompare(s.snapshot(), o.snapshot(), ">") : NotImplemented),
    __ge__: (s: PyList, [o]) => (o instanceof PyList ? seqCompare(s.snapshot(), o.snapshot(), ">=") : NotImplemented),
  },
});
