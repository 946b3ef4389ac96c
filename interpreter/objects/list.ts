// PyList: Python's list. Its state (_items) is private to this file (docs/internals.md): everything
// else uses the methods below, each one Python-level operation, so they can later forward atomically
// to the shared heap. Slots and methods follow CPython's listobject.c, with its error wording.
import { PyObject, PyValue, PyType, typeOf, defineType, NotImplemented, Methods } from "./object.js";
import { indexError, typeError, valueError, tn } from "./exceptions.js";
import { repr } from "../protocol/repr.js";
import { pyEquals } from "../protocol/ops.js";
import { PySlice, sliceIndices } from "./slice.js";
import { eqItems, seqCompare } from "./tuple.js";
import { iterate } from "../protocol/iter.js";
import { arity, noKwargs } from "../protocol/call.js";
import { asSsize, clampIndex, parseArgs, reprGuard, indexValue, repeatCount } from "./args.js";
import { sortValues, sortReverse, sortOrder, plainItem } from "./list-sort.js";
import { truthy } from "../protocol/ops.js";
import { PyNativeIter, listIteratorType, listReverseIteratorType } from "./iterators.js";
import { adopt } from "./object-type.js";
import { listOps, type SharedRef } from "../shared/hooks.js";

export class PyList extends PyObject {
  private _items: PyValue[];
  /** Non-null once published into the shared heap: then every method forwards (interpreter/shared/). */
  _shared: SharedRef | null = null;
  constructor(items: PyValue[] = []) { super(); this._items = items; }
  get length(): number { return this._shared === null ? this._items.length : listOps.length(this); }
  getItem(i: number): PyValue { return this._shared === null ? this._items[i] : listOps.getItem(this, i); }
  setItem(i: number, v: PyValue): void { if (this._shared === null) this._items[i] = v; else listOps.setItem(this, i, v); }
  append(v: PyValue): void { if (this._shared === null) this._items.push(v); else listOps.append(this, v); }
  extend(vs: PyValue[]): void { if (this._shared !== null) return listOps.extend(this, vs); for (const v of vs) this._items.push(v); }
  pop(i: number, msg?: string): PyValue { return this._shared === null ? this._items.splice(i, 1)[0] : listOps.pop(this, i, msg); }
  insert(i: number, v: PyValue): void { if (this._shared === null) this._items.splice(i, 0, v); else listOps.insert(this, i, v); }
  /** A copy of the items (for iteration that must not see later changes, repr, sorting). */
  snapshot(): PyValue[] { return this._shared === null ? this._items.slice() : listOps.snapshot(this); }
  /**
   * The items, for a reader that runs no Python code until it is done with them (so nothing changes
   * them meanwhile): this worker's own array, not a copy; a shared list's snapshot.
   */
  readItems(): readonly PyValue[] { return this._shared === null ? this._items : listOps.snapshot(this); }
  replaceAll(vs: PyValue[]): void { if (this._shared === null) this._items = vs; else listOps.replaceAll(this, vs); }
  splice(start: number, del: number, ins: PyValue[]): void { if (this._shared === null) this._items.splice(start, del, ...ins); else listOps.splice(this, start, del, ins); }
  clear(): void { if (this._shared === null) this._items = []; else listOps.clear(this); }
  reverse(): void { if (this._shared === null) this._items.reverse(); else listOps.reverse(this); }
}

function listIndex(l: PyList, k: PyValue): number {
  const i = indexValue(k);
  if (i === null) throw typeError(`list indices must be integers or slices, not ${tn(k)}`);
  if (typeof i === "bigint") throw indexError("cannot fit 'int' into an index-sized integer");
  return i < 0 ? i + l.length : i;
}
function listGetitem(l: PyList, k: PyValue): PyValue {
  if (typeof k === "number") {
    const i = k < 0 ? k + l.length : k;
    if (i < 0 || i >= l.length) throw indexError("list index out of range");
    return l.getItem(i);
  }
  if (k instanceof PySlice) {
    const items = l.snapshot();
    const [start, , step, len] = sliceIndices(k, items.length);
    if (step === 1) return new PyList(items.slice(start, start + len));
    const out: PyValue[] = [];
    for (let i = 0, j = start; i < len; i++, j += step) out.push(items[j]);
    return new PyList(out);
  }
  const i = listIndex(l, k);
  if (i < 0 || i >= l.length) throw indexError("list index out of range");
  return l.getItem(i);
}
function listSetitem(l: PyList, k: PyValue, v: PyValue): void {
  if (k instanceof PySlice) {
    const [start, stop, step, len] = sliceIndices(k, l.length);
    const vals = v === l ? l.snapshot() : seqItems(v, step === 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    if (step === 1) { l.splice(start, Math.max(0, stop - start), vals); return; }
    if (vals.length !== len) throw valueError(`attempt to assign sequence of size ${vals.length} to extended slice of size ${len}`);
    for (let i = 0, j = start; i < len; i++, j += step) l.setItem(j, vals[i]);
    return;
  }
  const i = listIndex(l, k);
  if (i < 0 || i >= l.length) throw indexError("list assignment index out of range");
  l.setItem(i, v);
}
function listDelitem(l: PyList, k: PyValue): void {
  if (k instanceof PySlice) {
    const items = l.snapshot();
    const [start, stop, step, len] = sliceIndices(k, items.length);
    if (step === 1) { l.splice(start, Math.max(0, stop - start), []); return; }
    const drop = new Set<number>();
    for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
    l.replaceAll(items.filter((_, i) => !drop.has(i)));
    return;
  }
  // A shared list's index is made absolute and checked under its lock, with the removal (one step).
  if (l._shared !== null && typeof k === "number") return void l.pop(k, "list assignment index out of range");
  const i = listIndex(l, k);
  if (i < 0 || i >= l.length) throw indexError("list assignment index out of range");
  l.pop(i);
}
/** Items of an iterable (a fresh array); `msg` replaces "'x' object is not iterable" when given. */
function seqItems(v: PyValue, msg?: string): PyValue[] {
  // (a subclass's own __iter__ is called, as CPython's list(x) does)
  if (v instanceof PyList && v.cls.slots.iter === listType.slots.iter) return v.snapshot();
  let it;
  try { it = iterate(v); } catch (e) {
    if (msg) throw typeError(msg);
    throw e;
  }
  const out: PyValue[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
  return out;
}
export function listIterStep(it: PyNativeIter): PyValue | undefined {
  const l = it.seq as PyList;
  return it.i < l.length ? l.getItem(it.i++) : undefined;
}
export function listIter(l: PyList): PyNativeIter {
  return new PyNativeIter(listIteratorType, listIterStep, l);
}
export function listRevIterStep(it: PyNativeIter): PyValue | undefined {
  const l = it.seq as PyList;
  if (it.i >= 0 && it.i < l.length) return l.getItem(it.i--);
  it.i = -1;
  return undefined;
}
function listReversed(l: PyList): PyNativeIter {
  const it = new PyNativeIter(listReverseIteratorType, listRevIterStep, l);
  it.i = l.length - 1;
  return it;
}
function listRepr(l: PyList): string {
  return reprGuard(l, "[...]", () => `[${l.snapshot().map(repr).join(", ")}]`);
}
import { makeExc, MemoryError } from "./exceptions.js";
function makeMemoryError() { return makeExc(MemoryError); }

/** True when `o` is a user object with the reflected dunder (it gets its chance, as in CPython). */
export function reflected(o: PyValue, name: string): boolean {
  return o instanceof PyObject && typeOf(o).isHeap && typeOf(o).lookup(name) != null;
}
/** seq * non-int: let a user __rmul__ answer, else CPython's sq_repeat error. */
export function noRepeat(n: PyValue, forward: boolean): PyValue {
  if (forward && reflected(n, "__rmul__")) return NotImplemented;
  throw typeError(`can't multiply sequence by non-int of type '${tn(n)}'`);
}

function repeat(items: PyValue[], n: number): PyValue[] {
  if (items.length === 0) return [];
  if (items.length * n > 1e8) throw makeMemoryError();
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}
function findIndex(self: PyList, v: PyValue, start: number, stop: number): number {
  const n = self.length;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < Math.min(stop, self.length); i++) {
    const x = self.getItem(i);
    if (x === v || pyEquals(x, v)) return i;
  }
  return -1;
}

const listMethods: Methods = {
  append(self: PyList, args, kw) { noKwargs("list.append", kw); arity("list.append", args, 1, 1); self.append(args[0]); return null; },
  extend(self: PyList, args, kw) { noKwargs("list.extend", kw); arity("list.extend", args, 1, 1); self.extend(seqItems(args[0])); return null; },
  pop(self: PyList, args, kw) {
    noKwargs("list.pop", kw); arity("pop", args, 0, 1);
    let i = args.length ? asSsize(args[0]) : -1;
    // A shared list's index is made absolute and checked under its lock, with the removal, as CPython's
    // pop is one step under the GIL: threads popping one work list each get a different item.
    if (self._shared !== null) return self.pop(i);
    if (self.length === 0) throw indexError("pop from empty list");
    if (i < 0) i += self.length;
    if (i < 0 || i >= self.length) throw indexError("pop index out of range");
    return self.pop(i);
  },
  insert(self: PyList, args, kw) {
    noKwargs("list.insert", kw); arity("insert", args, 2, 2);
    let i = asSsize(args[0]);
    // (a shared list's negative index is made absolute under its lock, as CPython's insert is one step)
    if (self._shared !== null) return self.insert(i, args[1]), null;
    const n = self.length;
    if (i < 0) i = Math.max(0, i + n);
    self.insert(Math.min(i, n), args[1]);
    return null;
  },
  remove(self: PyList, args, kw) {
    noKwargs("list.remove", kw); arity("list.remove", args, 1, 1);
    const x = args[0];
    // A shared list's, found and removed in one step when no comparison runs Python code (as CPython's
    // under the GIL): two threads removing different items never remove one item's neighbour instead.
    if (self._shared !== null && plainItem(x)) {
      const removed = listOps.removeFirst(self, (item) => (plainItem(item) ? item === x || pyEquals(item, x) : null));
      if (removed === false) throw valueError("list.remove(x): x not in list");
      if (removed === true) return null;
    }
    const i = findIndex(self, x, 0, self.length);
    if (i < 0) throw valueError("list.remove(x): x not in list");
    self.pop(i);
    return null;
  },
  index(self: PyList, args, kw) {
    noKwargs("list.index", kw); arity("index", args, 1, 3);
    const start = args.length > 1 ? clampIndex(args[1]) : 0;
    const stop = args.length > 2 ? clampIndex(args[2]) : Number.MAX_SAFE_INTEGER;
    const i = findIndex(self, args[0], start, stop);
    if (i < 0) throw valueError(`${repr(args[0])} is not in list`);
    return i;
  },
  count(self: PyList, args, kw) {
    noKwargs("list.count", kw); arity("list.count", args, 1, 1);
    let c = 0;
    for (const x of self.snapshot()) if (x === args[0] || pyEquals(x, args[0])) c++;
    return c;
  },
  sort(self: PyList, args, kw) {
    const [key, rev] = parseArgs("sort", args, kw, ["key", "reverse"], 0);
    const reverse = sortReverse(rev);
    // A shared list of items whose `<` runs no Python code sorts in one step under its lock, as CPython's
    // sort is one step under the GIL: other threads never see it empty, nor lose an append to it.
    if (self._shared !== null && (key === undefined || key === null) && listOps.rewrite(self, (items, words) => (items.every(plainItem) ? sortOrder(items, null, reverse).map((i) => words[i]) : null))) return null;
    const items = self.snapshot();
    // As CPython, the list is empty while it sorts (a key function sees it so) and a change made to
    // it meanwhile is discarded and reported.
    self.clear();
    let sorted: PyValue[];
    try { sorted = sortValues(items, key ?? null, reverse); } catch (e) { self.replaceAll(items); throw e; }
    const modified = self.length !== 0;
    self.replaceAll(sorted);
    if (modified) throw valueError("list modified during sort");
    return null;
  },
  reverse(self: PyList, args, kw) { noKwargs("list.reverse", kw); arity("list.reverse", args, 0, 0); self.reverse(); return null; },
  copy(self: PyList, args, kw) { noKwargs("list.copy", kw); arity("list.copy", args, 0, 0); return new PyList(self.snapshot()); },
  clear(self: PyList, args, kw) { noKwargs("list.clear", kw); arity("list.clear", args, 0, 0); self.clear(); return null; },
  __add__(self: PyList, [o]) {
    if (!(o instanceof PyList) && reflected(o, "__radd__")) return NotImplemented;
    if (!(o instanceof PyList)) throw typeError(`can only concatenate list (not "${tn(o)}") to list`);
    return new PyList(self.snapshot().concat(o.snapshot()));
  },
  __iadd__(self: PyList, [o]) { self.extend(seqItems(o)); return self; },
  __mul__(self: PyList, [n]) {
    const c = repeatCount(n);
    if (c === null) return noRepeat(n, true);
    return new PyList(repeat(self.snapshot(), c));
  },
  __rmul__(self: PyList, [n]) {
    const c = repeatCount(n);
    if (c === null) return noRepeat(n, false);
    return new PyList(repeat(self.snapshot(), c));
  },
  __imul__(self: PyList, [n]) {
    const c = repeatCount(n);
    if (c === null) throw typeError(`can't multiply sequence by non-int of type '${tn(n)}'`);
    self.replaceAll(repeat(self.snapshot(), c));
    return self;
  },
  __reversed__: (self: PyList) => listReversed(self),
  __eq__: (s: PyList, [o]) => (o instanceof PyList ? eqItems(s.snapshot(), o.snapshot()) : NotImplemented),
  __ne__: (s: PyList, [o]) => (o instanceof PyList ? !eqItems(s.snapshot(), o.snapshot()) : NotImplemented),
  __lt__: (s: PyList, [o]) => (o instanceof PyList ? seqCompare(s.snapshot(), o.snapshot(), "<") : NotImplemented),
  __le__: (s: PyList, [o]) => (o instanceof PyList ? seqCompare(s.snapshot(), o.snapshot(), "<=") : NotImplemented),
  __gt__: (s: PyList, [o]) => (o instanceof PyList ? seqCompare(s.snapshot(), o.snapshot(), ">") : NotImplemented),
  __ge__: (s: PyList, [o]) => (o instanceof PyList ? seqCompare(s.snapshot(), o.snapshot(), ">=") : NotImplemented),
};

export const listType: PyType = defineType("list", {
  proto: PyList,
  slots: {
    repr: listRepr,
    len: (l: PyList) => l.length,
    getitem: listGetitem, setitem: listSetitem, delitem: listDelitem,
    contains: (l: PyList, v) => findIndex(l, v, 0, l.length) >= 0,
    iter: listIter,
    bool: (l: PyList) => l.length > 0,
    new: (cls: PyType) => (cls === listType ? new PyList() : adopt(new PyList(), cls)),
    init: (l: PyList, args, kw) => {
      noKwargs("list", kw);
      if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
      l.replaceAll(args.length ? seqItems(args[0]) : []);
    },
  },
  attrs: { __hash__: null },
  methods: listMethods,
});
