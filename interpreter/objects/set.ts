// PySet / PyFrozenSet: Python's set and frozenset over a CPython-layout hash table (set-table.ts),
// so iteration and repr order match CPython. The table is private to this file: other files use
// add/has/remove/size/items/pop/clear, each one Python operation. Operations follow setobject.c.
import { PyObject, PyValue, PyType, defineType, NotImplemented, Methods, typeOf } from "./object.js";
import { keyError, typeError, runtimeError, tn } from "./exceptions.js";
import { repr } from "../protocol/repr.js";
import { pyEquals } from "../protocol/ops.js";
import { iterate } from "../protocol/iter.js";
import { arity, noKwargs } from "../protocol/call.js";
import { SetTable } from "./set-table.js";
import { fullHash, exactHashes, Hash } from "./hashing.js";
import { PyDict } from "./dict.js";
import { PyNativeIter, setIteratorType } from "./iterators.js";
import { adopt } from "./object-type.js";
import { reprGuard } from "./args.js";
import { setOps, type SharedRef } from "../shared/hooks.js";

export class PySet extends PyObject {
  private _t = new SetTable(pyEquals);
  /** Cached frozenset hash. */
  private _hash: bigint | null = null;
  /** Set when the set is published into the shared heap: every method then forwards (shared/). */
  _shared: SharedRef | null = null;
  /** Shared mode: the CPython-order replay of the heap table's items, valid while the version holds. */
  private _order: PyValue[] | null = null;
  private _orderVersion = -1;

  get size(): number { return this._shared === null ? this._t.used : setOps.size(this); }
  add(v: PyValue): void { if (this._shared === null) this._t.add(v, fullHash(v)); else setOps.add(this, v); }
  has(v: PyValue): boolean { return this._shared === null ? this._t.has(v, keyHash(v)) : setOps.has(this, v); }
  /** Removes v; false when absent (discard). */
  remove(v: PyValue): boolean { return this._shared === null ? this._t.discard(v, keyHash(v)) : setOps.discard(this, v); }
  /** The items in CPython's iteration order (a snapshot). */
  items(): PyValue[] {
    if (this._shared === null) return this._t.values();
    const ver = setOps.version(this);
    if (this._order === null || this._orderVersion !== ver) {
      const t = new SetTable(pyEquals);
      for (const k of setOps.keys(this)) t.add(k, keyHash(k));
      this._order = t.values();
      this._orderVersion = ver;
    }
    return this._order.slice();
  }
  clear(): void { if (this._shared === null) this._t.clear(); else setOps.clear(this); }
  /** CPython's set_swap_bodies for intersection_update and &=: takes the table of r, a set made for it. */
  takeBody(r: PySet): void {
    if (this._shared === null && r._shared === null) this._t = r._t;
    else { this.clear(); this.update(r); }
  }
  /** Removes and returns an arbitrary item (CPython's choice); undefined when empty. */
  pop(): PyValue | undefined { return this._shared === null ? this._t.pop() : setOps.pop(this); }

  /** set_update_internal: adds every item of an iterable. */
  update(other: PyValue): void {
    if (this._shared !== null) {
      if (other instanceof PySet) { if (other !== this) setOps.addMany(this, other.items()); return; }
      if (other instanceof PyDict) { setOps.addMany(this, other.keys()); return; }
      const vs: PyValue[] = [];
      const it = iterate(other);
      for (let x = it.next(); x !== undefined; x = it.next()) vs.push(x);
      setOps.addMany(this, vs);
      return;
    }
    if (other instanceof PySet) {
      if (other._shared === null) this._t.merge(other._t);
      else for (const k of other.items()) this._t.add(k, keyHash(k));
      return;
    }
    if (other instanceof PyDict) {
      this._t.presize(other.size);
      for (const k of other.keys()) this._t.add(k, keyHash(k));
      return;
    }
    const it = iterate(other);
    for (let x = it.next(); x !== undefined; x = it.next()) this._t.add(x, fullHash(x));
  }
  /** set_difference_update_internal. */
  differenceUpdate(other: PyValue): void {
    if (other === this) { this.clear(); return; }
    if (this._shared !== null) {
      const vs = other instanceof PySet ? other.items() : [];
      if (!(other instanceof PySet)) {
        const it = iterate(other);
        for (let x = it.next(); x !== undefined; x = it.next()) vs.push(x);
      }
      for (const x of vs) setOps.discard(this, x);
      return;
    }
    if (other instanceof PySet) for (const [k, h] of other.entries()) this._t.discard(k, h);
    else {
      const it = iterate(other);
      for (let x = it.next(); x !== undefined; x = it.next()) this._t.discard(x, keyHash(x));
    }
    this._t.compactAfterDiscards();
  }
  /** set_symmetric_difference_update. */
  symmetricUpdate(other: PyValue): void {
    if (other === this) { this.clear(); return; }
    const src = other instanceof PySet ? other : newSet(setType, other);
    if (this._shared !== null) {
      for (const k of src.items()) if (!setOps.discard(this, k)) setOps.add(this, k);
      return;
    }
    for (const [k, h] of src.entries()) if (!this._t.discard(k, h)) this._t.add(k, h);
  }
  /** Entries with their hashes, table order (for the set algebra below). */
  entries(): [PyValue, Hash][] {
    if (this._shared === null) return this._t.entries();
    return this.items().map((k) => [k, keyHash(k)]);
  }
  addHashed(k: PyValue, h: Hash): void { if (this._shared === null) this._t.add(k, h); else setOps.add(this, k); }
  hasHashed(k: PyValue, h: Hash): boolean { return this._shared === null ? this._t.has(k, h) : setOps.has(this, k); }
  frozenHash(): bigint {
    if (this._hash === null) this._hash = this._t.frozenHash((h) => BigInt.asUintN(64, BigInt(h)));
    return this._hash;
  }
}
export class PyFrozenSet extends PySet {}

/** A looked-up key's hash: a set is looked up as the equal frozenset (CPython's `in`, remove, discard; adding one
 *  is a TypeError, so add and update hash with fullHash). */
function keyHash(v: PyValue): Hash {
  if (v instanceof PySet && !(v instanceof PyFrozenSet)) {
    const f = new PyFrozenSet();
    f.update(v);
    return fullHash(f);
  }
  return fullHash(v);
}

function baseType(s: PySet): PyType {
  return s instanceof PyFrozenSet ? frozensetType : setType;
}
/** make_new_set: an empty set of `cls` filled from an iterable. */
function newSet(cls: PyType, it?: PyValue): PySet {
  const frozen = cls === frozensetType || cls.isSubtype(frozensetType);
  const s = frozen ? new PyFrozenSet() : new PySet();
  if (cls !== setType && cls !== frozensetType) adopt(s, cls);
  if (it !== undefined) s.update(it);
  return s;
}
/** A set of the same base type as `s` (never a subclass, as make_new_set_basetype). */
function copyOf(s: PySet): PySet {
  return newSet(baseType(s), s);
}
/**
 * A set display `{a, b, c}`. CPython compiles a display of more than two constants to
 * `set().update(frozenset(consts))`, which lays the table out differently: `constFolded` asks for that.
 */
export function makeSet(items: PyValue[], constFolded = false): PySet {
  const s = new PySet();
  if (constFolded && items.length > 2) {
    const f = new PyFrozenSet();
    for (const x of items) f.add(x);
    // the compiler's constant merging (merge_consts_recursive) makes the frozenset again from its own
    // iteration order, which moves colliding items ({1, 9, 17, 25, -1, -2, 33, 41})
    const merged = new PyFrozenSet();
    for (const x of f.items()) merged.add(x);
    s.update(merged);
    return s;
  }
  for (const x of items) s.add(x);
  return s;
}

function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

function intersection(so: PySet, other: PyValue): PySet {
  const result = newSet(baseType(so));
  if (other instanceof PySet) {
    let a = so, b = other;
    if (b.size > a.size) { const t = a; a = b; b = t; }
    for (const [k, h] of b.entries()) if (a.hasHashed(k, h)) result.addHashed(k, h);
    return result;
  }
  const it = iterate(other);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    const h = fullHash(x);
    if (so.hasHashed(x, h)) result.addHashed(x, h);
  }
  return result;
}
function difference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.size;
  else if (other instanceof PyDict) otherSize = other.size;
  else { const r = copyOf(so); r.differenceUpdate(other); return r; }
  if ((so.size >> 2) > otherSize) { const r = copyOf(so); r.differenceUpdate(other); return r; }
  const result = newSet(baseType(so));
  for (const [k, h] of so.entries()) {
    const inOther = other instanceof PySet ? other.hasHashed(k, h) : (other as PyDict).get(k) !== undefined;
    if (!inOther) result.addHashed(k, h);
  }
  return result;
}
function symmetricDifference(so: PySet, other: PyValue): PySet {
  const r = newSet(baseType(so), other);
  r.symmetricUpdate(so);
  return r;
}
function union(so: PySet, others: PyValue[]): PySet {
  const r = copyOf(so);
  for (const o of others) r.update(o);
  return r;
}
function issubset(so: PySet, other: PyValue): boolean {
  const o = other instanceof PySet ? other : newSet(setType, other);
  if (so.size > o.size) return false;
  for (const [k, h] of so.entries()) if (!o.hasHashed(k, h)) return false;
  return true;
}
function issuperset(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return issubset(other, so);
  const it = iterate(other);
  for (let x = it.next(); x !== undefined; x = it.next()) if (!so.has(x)) return false;
  return true;
}
function isdisjoint(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) {
    let a = so, b = other;
    if (a.size > b.size) { const t = a; a = b; b = t; }
    for (const [k, h] of a.entries()) if (b.hasHashed(k, h)) return false;
    return true;
  }
  const it = iterate(other);
  for (let x = it.next(); x !== undefined; x = it.next()) if (so.has(x)) return false;
  return true;
}

function setRepr(s: PySet): string {
  const t = typeOf(s);
  const items = s.items();
  if (t === setType) return items.length === 0 ? "set()" : reprGuard(s, "set(...)", () => `{${items.map(repr).join(", ")}}`);
  if (items.length === 0) return `${t.name}()`;
  return reprGuard(s, `${t.name}(...)`, () => `${t.name}({${items.map(repr).join(", ")}})`);
}
function setIter(s: PySet): PyNativeIter {
  const items = s.items();
  const n = s.size;
  let i = 0;
  return new PyNativeIter(setIteratorType, () => {
    if (s.size !== n) { i = items.length; throw runtimeError("Set changed size during iteration"); }
    return i < items.length ? items[i++] : undefined;
  });
}

const binop = (f: (a: PySet, b: PySet) => PyValue) => (self: PySet, [o]: PyValue[]) => (isAnySet(o) ? f(self, o) : NotImplemented);

/** "set.copy" or "frozenset.copy": a method's name as CPython's argument errors give it. */
const qn = (s: PySet, m: string) => `${s instanceof PyFrozenSet ? "frozenset" : "set"}.${m}`;
/** Methods shared by set and frozenset. */
const commonMethods: Methods = {
  copy: (s: PySet, args, kw) => { noKwargs(qn(s, "copy"), kw); arity(qn(s, "copy"), args, 0, 0); return s instanceof PyFrozenSet && typeOf(s) === frozensetType ? s : copyOf(s); },
  union: (s: PySet, args, kw) => { noKwargs("union", kw); return union(s, args); },
  intersection: (s: PySet, args, kw) => {
    noKwargs("intersection", kw);
    // as set_intersection_multi: from the set itself (its own table order), a copy when no argument
    let r: PySet = s;
    for (const o of args) r = intersection(r, o);
    return r === s ? copyOf(s) : r;
  },
  difference: (s: PySet, args, kw) => {
    noKwargs("difference", kw);
    if (args.length === 0) return copyOf(s);
    const r = difference(s, args[0]);
    for (let i = 1; i < args.length; i++) r.differenceUpdate(args[i]);
    return r;
  },
  symmetric_difference: (s: PySet, args, kw) => { noKwargs(qn(s, "symmetric_difference"), kw); arity(qn(s, "symmetric_difference"), args, 1, 1); return symmetricDifference(s, args[0]); },
  issubset: (s: PySet, args, kw) => { noKwargs(qn(s, "issubset"), kw); arity(qn(s, "issubset"), args, 1, 1); return issubset(s, args[0]); },
  issuperset: (s: PySet, args, kw) => { noKwargs(qn(s, "issuperset"), kw); arity(qn(s, "issuperset"), args, 1, 1); return issuperset(s, args[0]); },
  isdisjoint: (s: PySet, args, kw) => { noKwargs(qn(s, "isdisjoint"), kw); arity(qn(s, "isdisjoint"), args, 1, 1); return isdisjoint(s, args[0]); },
  __or__: binop((a, b) => union(a, [b])),
  __and__: binop(intersection),
  __sub__: binop(difference),
  __xor__: binop(symmetricDifference),
  __ror__: binop((a, b) => union(b, [a])),
  __rand__: binop((a, b) => intersection(b, a)),
  __rsub__: binop((a, b) => difference(b, a)),
  __rxor__: binop((a, b) => symmetricDifference(b, a)),
  __eq__: binop((a, b) => a.size === b.size && issubset(a, b)),
  __ne__: binop((a, b) => !(a.size === b.size && issubset(a, b))),
  __le__: binop((a, b) => issubset(a, b)),
  __lt__: binop((a, b) => a.size < b.size && issubset(a, b)),
  __ge__: binop((a, b) => issuperset(a, b)),
  __gt__: binop((a, b) => a.size > b.size && issuperset(a, b)),
};

const setOnlyMethods: Methods = {
  add: (s: PySet, args, kw) => { noKwargs("set.add", kw); arity("set.add", args, 1, 1); s.add(args[0]); return null; },
  remove: (s: PySet, args, kw) => {
    noKwargs("set.remove", kw); arity("set.remove", args, 1, 1);
    if (!s.remove(args[0])) throw keyError(args[0]);
    return null;
  },
  discard: (s: PySet, args, kw) => { noKwargs("set.discard", kw); arity("set.discard", args, 1, 1); s.remove(args[0]); return null; },
  pop: (s: PySet, args, kw) => {
    noKwargs("set.pop", kw); arity("set.pop", args, 0, 0);
    const v = s.pop();
    if (v === undefined) throw keyError("pop from an empty set");
    return v;
  },
  clear: (s: PySet, args, kw) => { noKwargs("set.clear", kw); arity("set.clear", args, 0, 0); s.clear(); return null; },
  update: (s: PySet, args, kw) => { noKwargs("update", kw); for (const o of args) s.update(o); return null; },
  intersection_update: (s: PySet, args, kw) => {
    noKwargs("intersection_update", kw);
    let r: PySet = s;
    for (const o of args) r = intersection(r, o);
    if (r !== s) s.takeBody(r);
    return null;
  },
  difference_update: (s: PySet, args, kw) => { noKwargs("difference_update", kw); for (const o of args) s.differenceUpdate(o); return null; },
  symmetric_difference_update: (s: PySet, args, kw) => {
    noKwargs("set.symmetric_difference_update", kw); arity("set.symmetric_difference_update", args, 1, 1);
    s.symmetricUpdate(args[0]);
    return null;
  },
  __ior__: (s: PySet, [o]) => { if (!isAnySet(o)) return NotImplemented; s.update(o); return s; },
  __iand__: (s: PySet, [o]) => { if (!isAnySet(o)) return NotImplemented; s.takeBody(intersection(s, o)); return s; },
  __isub__: (s: PySet, [o]) => { if (!isAnySet(o)) return NotImplemented; s.differenceUpdate(o); return s; },
  __ixor__: (s: PySet, [o]) => { if (!isAnySet(o)) return NotImplemented; s.symmetricUpdate(o); return s; },
};

function setContains(s: PySet, v: PyValue): boolean {
  return s.has(v);
}

export const setType: PyType = defineType("set", {
  proto: PySet,
  slots: {
    repr: setRepr,
    len: (s: PySet) => s.size,
    contains: setContains,
    iter: setIter,
    bool: (s: PySet) => s.size > 0,
    new: (cls: PyType) => newSet(cls),
    init: (s: PySet, args, kw) => {
      if (kw && kw.length && typeOf(s) === setType) throw typeError("set() takes no keyword arguments");
      if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
      if (s.size) s.clear();
      if (args.length) s.update(args[0]);
    },
  },
  attrs: { __hash__: null },
  methods: { ...commonMethods, ...setOnlyMethods },
});

export const frozensetType: PyType = defineType("frozenset", {
  proto: PyFrozenSet,
  slots: {
    repr: setRepr,
    len: (s: PySet) => s.size,
    contains: setContains,
    iter: setIter,
    bool: (s: PySet) => s.size > 0,
    hash: (s: PySet) => Number(s.frozenHash()),
    new: (cls: PyType, args, kw) => {
      if (kw && kw.length && cls === frozensetType) throw typeError("frozenset() takes no keyword arguments");
      if (args.length > 1) throw typeError(`frozenset expected at most 1 argument, got ${args.length}`);
      if (cls === frozensetType && args[0] instanceof PyFrozenSet && typeOf(args[0]) === frozensetType) return args[0];
      return newSet(cls, args.length ? args[0] : undefined);
    },
  },
  methods: commonMethods,
});
exactHashes.set(frozensetType, (s: PySet) => s.frozenHash());
export { tn };
