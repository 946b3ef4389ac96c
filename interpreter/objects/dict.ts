// PyDict: Python's dict (insertion-ordered hash map with Python equality: 1 == 1.0 == True) and the
// dict type's slots and methods. The storage is private (docs/internals.md: it becomes shared-heap
// backed later): others use get/set/delete/has/size/entries/keys/values/getStr/setStr/popLast, each
// one Python-level operation. Views and dict iterators live in dict-views.ts.

import { PyFloat, PyObject, PyValue, PyType, Methods, defineType, typeOf, NotImplemented } from "./object.js";
import { dictKeyHooks } from "./dict-hooks.js";
import { makeView, dictIterator, dictReversed } from "./dict-views.js";
import { typeError, valueError, keyError, tn, isExc, TypeError } from "./exceptions.js";
import { repr } from "../protocol/repr.js";
import { pyEquals } from "../protocol/ops.js";
import { iterate } from "../protocol/iter.js";
import { call, callBound, arity, noKwargs, positional, kwargsOf } from "../protocol/call.js";
import { getitem } from "../protocol/items.js";
import { reprGuard } from "./args.js";
import { adopt } from "./object-type.js";
import { dictOps, type SharedRef } from "../shared/hooks.js";

interface Entry { key: PyValue; value: PyValue }

/**
 * A handle on one str key's slot in a local dict, for per-site caches (compile/name-cache.ts): `value`
 * follows every rebinding of the key, and becomes undefined for good once the key is deleted or the
 * dict cleared (which publishing into the shared heap does), so a cached handle is valid exactly while
 * its value is not undefined. Writing `value` of a live handle is setStr of an existing key.
 */
export interface StrEntry { value: PyValue | undefined }
/** A handle that is never live: a cache's starting value, so its hit test needs no null check. */
export const NO_ENTRY: StrEntry = { value: undefined };
const DEAD = undefined as unknown as PyValue;
/**
 * The local storage of every shared dict: never written, since each method of a dict whose `_shared`
 * is set forwards to the heap. One Map less per shared dict (~200 bytes: each worker holds a handle per
 * shared dict it has seen, for good).
 */
const NO_LOCAL = new Map<unknown, Entry>();

/** The Map key standing for a Python key, or undefined when the key needs hashing (tuples, user __hash__). */
function primKey(k: PyValue): unknown {
  switch (typeof k) {
    case "string": case "number": case "bigint": return k;
    case "boolean": return k ? 1 : 0;
  }
  if (k === null) return null;
  if (k instanceof PyFloat) {
    const v = k.value;
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
    return undefined;
  }
  // Level(5) of `class Level(int)` is the same key as 5 (equal, same hash), so it takes 5's place in the map;
  // likewise Celsius(2.0) of `class Celsius(float)` is 2.0's (and so 2's) key.
  const v = dictKeyHooks.valueKey(k as PyObject);
  if (v !== undefined) return primKey(v);
  return dictKeyHooks.identityHashed(k as PyObject) ? k : undefined;
}

export class PyDict extends PyObject {
  private _map = new Map<unknown, Entry>();
  private _hashed: Map<number, Entry[]> | null = null;
  private _version = 0;
  /** Non-null once published into the shared heap: then every method forwards (interpreter/shared/). */
  _shared: SharedRef | null = null;

  /**
   * Bumped on every structural change (insert/delete): lets callers cache lookups. A shared dict's is
   * its table's (another thread's new key invalidates this worker's caches too). A getter on the class,
   * not a property redefined on each published dict: that put every shared dict (module globals, in
   * every thread) in V8's slow dictionary mode, and cost ~0.4 us per dict published or decoded.
   */
  get version(): number { return this._shared === null ? this._version : dictOps.version(this); }

  get size(): number { return this._shared === null ? this._map.size : dictOps.size(this); }

  private _findHashed(k: PyValue): Entry | undefined {
    const h = dictKeyHooks.hash(k);
    const b = this._hashed?.get(h);
    if (b) for (const e of b) if (e.key === k || dictKeyHooks.eq(e.key, k)) return e;
    return undefined;
  }
  get(k: PyValue): PyValue | undefined {
    if (this._shared !== null) return dictOps.get(this, k);
    const p = primKey(k);
    if (p !== undefined) return this._map.get(p)?.value;
    return this._findHashed(k)?.value;
  }
  /** Fast path for str keys (attribute dicts, globals). */
  getStr(k: string): PyValue | undefined {
    if (this._shared !== null) return dictOps.getStr(this, k);
    const e = this._map.get(k);
    return e === undefined ? undefined : e.value;
  }
  /** The live handle of str key k, or null when k is absent or the dict is shared (see StrEntry). */
  strEntry(k: string): StrEntry | null {
    if (this._shared !== null) return null;
    const e = this._map.get(k);
    return e === undefined ? null : e;
  }
  setStr(k: string, v: PyValue): void {
    if (this._shared !== null) return dictOps.setStr(this, k, v);
    const e = this._map.get(k);
    if (e !== undefined) e.value = v;
    else { this._map.set(k, { key: k, value: v }); this._version++; }
  }
  has(k: PyValue): boolean { return this.get(k) !== undefined; }
  set(k: PyValue, v: PyValue): void {
    if (this._shared !== null) return dictOps.set(this, k, v);
    const p = primKey(k);
    if (p !== undefined) {
      const e = this._map.get(p);
      if (e !== undefined) e.value = v;
      else { this._map.set(p, { key: k, value: v }); this._version++; }
      return;
    }
    const found = this._findHashed(k);
    if (found) { found.value = v; return; }
    const h = dictKeyHooks.hash(k);
    const e: Entry = { key: k, value: v };
    this._hashed ??= new Map();
    const b = this._hashed.get(h);
    if (b) b.push(e); else this._hashed.set(h, [e]);
    this._map.set(e, e);
    this._version++;
  }
  /** Removes k; returns its value or undefined if absent. */
  delete(k: PyValue): PyValue | undefined {
    if (this._shared !== null) return dictOps.delete(this, k);
    const p = primKey(k);
    if (p !== undefined) {
      const e = this._map.get(p);
      if (e === undefined) return undefined;
      this._map.delete(p); this._version++;
      const v = e.value;
      e.value = DEAD;
      return v;
    }
    const e = this._findHashed(k);
    if (!e) return undefined;
    const h = dictKeyHooks.hash(k);
    const b = this._hashed!.get(h)!;
    b.splice(b.indexOf(e), 1);
    this._map.delete(e); this._version++;
    const v = e.value;
    e.value = DEAD;
    return v;
  }
  /** The codec, as this dict becomes a shared one's handle: drops the local storage (kills StrEntry handles). */
  dropLocal(): void {
    for (const e of this._map.values()) e.value = DEAD;
    this._map = NO_LOCAL;
    this._hashed = null;
    this._version++;
  }
  clear(): void {
    if (this._shared !== null) return dictOps.clear(this);
    for (const e of this._map.values()) e.value = DEAD; // kills StrEntry handles
    this._map.clear(); this._hashed = null; this._version++;
  }
  /** A snapshot of [key, value] pairs in insertion order. */
  entries(): [PyValue, PyValue][] { if (this._shared !== null) return dictOps.entries(this); const out: [PyValue, PyValue][] = []; for (const e of this._map.values()) out.push([e.key, e.value]); return out; }
  keys(): PyValue[] { if (this._shared !== null) return dictOps.keys(this); const out: PyValue[] = []; for (const e of this._map.values()) out.push(e.key); return out; }
  /** Removes and returns the last-inserted [key, value], or undefined when empty (popitem). */
  popLast(): [PyValue, PyValue] | undefined {
    if (this._shared !== null) return dictOps.popLast(this);
    let last: Entry | undefined;
    for (const e of this._map.values()) last = e;
    if (last === undefined) return undefined;
    const k = last.key, v = last.value;
    this.delete(k);
    return [k, v];
  }
  values(): PyValue[] { if (this._shared !== null) return dictOps.values(this); const out: PyValue[] = []; for (const e of this._map.values()) out.push(e.value); return out; }
}


/** dict.update / dict(...) with one positional argument: a mapping (has keys()) or pairs. */
export function dictMerge(d: PyDict, o: PyValue): void {
  if (o instanceof PyDict) { for (const [k, v] of o.entries()) d.set(k, v); return; }
  const keys = typeOf(o).lookup("keys");
  if (keys != null) {
    const it = iterate(callBound(keys, o, []));
    for (let k = it.next(); k !== undefined; k = it.next()) d.set(k, getitem(o, k));
    return;
  }
  // errors other than "not iterable" propagate (an __iter__ that raises, another thread's zip object)
  const it = iterate(o);
  let i = 0;
  for (let e = it.next(); e !== undefined; e = it.next(), i++) {
    let pair: PyValue[];
    try {
      const pit = iterate(e);
      pair = [];
      for (let x = pit.next(); x !== undefined; x = pit.next()) pair.push(x);
    } catch (err) {
      // CPython's PySequence_Fast failing: only a TypeError becomes this one
      if (isExc(err, TypeError)) throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      throw err;
    }
    if (pair.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
  }
}
function updateFrom(name: string, d: PyDict, args: PyValue[], kw: string[] | null): void {
  const pos = positional(args, kw);
  if (pos.length > 1) throw typeError(`${name} expected at most 1 argument, got ${pos.length}`);
  if (pos.length) dictMerge(d, pos[0]);
  for (const [k, v] of kwargsOf(args, kw)) d.set(k, v);
}
function copyDict(d: PyDict): PyDict {
  const r = new PyDict();
  for (const [k, v] of d.entries()) r.set(k, v);
  return r;
}
function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.entries()) {
    const w = b.get(k);
    if (w === undefined || !(v === w || pyEquals(v, w))) return false;
  }
  return true;
}
function dictRepr(d: PyDict): string {
  return reprGuard(d, "{...}", () => `{${d.entries().map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ")}}`);
}

const dictMethods: Methods = {
  get(self: PyDict, args, kw) {
    noKwargs("dict.get", kw); arity("get", args, 1, 2);
    const v = self.get(args[0]);
    return v === undefined ? (args.length > 1 ? args[1] : null) : v;
  },
  keys(self: PyDict, args, kw) { noKwargs("dict.keys", kw); arity("dict.keys", args, 0, 0); return makeView("keys", self); },
  values(self: PyDict, args, kw) { noKwargs("dict.values", kw); arity("dict.values", args, 0, 0); return makeView("values", self); },
  items(self: PyDict, args, kw) { noKwargs("dict.items", kw); arity("dict.items", args, 0, 0); return makeView("items", self); },
  setdefault(self: PyDict, args, kw) {
    noKwargs("dict.setdefault", kw); arity("setdefault", args, 1, 2);
    const d = args.length > 1 ? args[1] : null;
    // A shared dict's in one step, as CPython's (atomic under the GIL): `d.setdefault(k, []).append(x)`
    // from several threads must not make two lists for one new key and lose the appends to one.
    if (self._shared !== null) return dictOps.setdefault(self, args[0], d);
    const v = self.get(args[0]);
    if (v !== undefined) return v;
    self.set(args[0], d);
    return d;
  },
  pop(self: PyDict, args, kw) {
    noKwargs("dict.pop", kw); arity("pop", args, 1, 2);
    const v = self.delete(args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw keyError(args[0]);
  },
  popitem(self: PyDict, args, kw) {
    noKwargs("dict.popitem", kw); arity("dict.popitem", args, 0, 0);
    const e = self.popLast();
    if (e === undefined) throw keyError("popitem(): dictionary is empty");
    return dictKeyHooks.tuple(e);
  },
  clear(self: PyDict, args, kw) { noKwargs("dict.clear", kw); arity("dict.clear", args, 0, 0); self.clear(); return null; },
  copy(self: PyDict, args, kw) { noKwargs("dict.copy", kw); arity("dict.copy", args, 0, 0); return copyDict(self); },
  update(self: PyDict, args, kw) { updateFrom("update", self, args, kw); return null; },
  __or__(self: PyDict, [o]) {
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = copyDict(self);
    dictMerge(r, o);
    return r;
  },
  __ror__(self: PyDict, [o]) {
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = copyDict(o);
    dictMerge(r, self);
    return r;
  },
  __ior__(self: PyDict, [o]) { dictMerge(self, o); return self; },
  __eq__: (self: PyDict, [o]) => (o instanceof PyDict ? dictEq(self, o) : NotImplemented),
  __ne__: (self: PyDict, [o]) => (o instanceof PyDict ? !dictEq(self, o) : NotImplemented),
  __reversed__: (self: PyDict) => dictReversed("keys", self),
};

export const dictType: PyType = defineType("dict", {
  proto: PyDict,
  methods: dictMethods,
  classMethods: {
    fromkeys(cls: PyType, args, kw) {
      noKwargs("dict.fromkeys", kw); arity("fromkeys", args, 1, 2);
      const d = call(cls, []);
      const v = args.length > 1 ? args[1] : null;
      const it = iterate(args[0]);
      for (let k = it.next(); k !== undefined; k = it.next()) {
        if (d instanceof PyDict && typeOf(d) === dictType) d.set(k, v);
        else callBound(typeOf(d).lookup("__setitem__")!, d, [k, v]);
      }
      return d;
    },
  },
  slots: {
    len: (d: PyDict) => d.size,
    getitem: (d: PyDict, k) => {
      const v = d.get(k);
      if (v !== undefined) return v;
      if (typeOf(d) !== dictType) {
        const missing = typeOf(d).lookup("__missing__");
        if (missing != null) return callBound(missing, d, [k]);
      }
      throw keyError(k);
    },
    setitem: (d: PyDict, k, v) => d.set(k, v),
    delitem: (d: PyDict, k) => { if (d.delete(k) === undefined) throw keyError(k); },
    contains: (d: PyDict, k) => d.get(k) !== undefined,
    iter: (d: PyDict) => dictIterator("keys", d),
    bool: (d: PyDict) => d.size > 0,
    repr: dictRepr,
    new: (cls: PyType) => (cls === dictType ? new PyDict() : adopt(new PyDict(), cls)),
    init: (d: PyDict, args, kw) => updateFrom("dict", d, args, kw),
  },
  attrs: { __hash__: null },
});
