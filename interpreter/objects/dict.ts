// PyDict: Python's dict (insertion-ordered hash map with Python equality: 1 == 1.0 == True).
// OWNED BY THE TYPES ENGINEER — this is the interpreter core's working placeholder; replace freely
// but keep the method API (get/set/delete/has/size/entries/keys/values/getStr/setStr) that the core uses.
// State is private (docs/internals.md: it becomes shared-heap backed later).

import { PyFloat, PyObject, PyValue, defineType, Methods } from "./object.js";
import type { PyIterator } from "./object.js";
import { dictKeyHooks } from "./dict-hooks.js";

interface Entry { key: PyValue; value: PyValue }

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
  return dictKeyHooks.identityHashed(k as PyObject) ? k : undefined;
}

export class PyDict extends PyObject {
  private _map = new Map<unknown, Entry>();
  private _hashed: Map<number, Entry[]> | null = null;
  /** Bumped on every structural change (insert/delete): lets callers cache lookups. */
  version = 0;

  get size(): number { return this._map.size; }

  private _findHashed(k: PyValue): Entry | undefined {
    const h = dictKeyHooks.hash(k);
    const b = this._hashed?.get(h);
    if (b) for (const e of b) if (e.key === k || dictKeyHooks.eq(e.key, k)) return e;
    return undefined;
  }
  get(k: PyValue): PyValue | undefined {
    const p = primKey(k);
    if (p !== undefined) return this._map.get(p)?.value;
    return this._findHashed(k)?.value;
  }
  /** Fast path for str keys (attribute dicts, globals). */
  getStr(k: string): PyValue | undefined {
    const e = this._map.get(k);
    return e === undefined ? undefined : e.value;
  }
  setStr(k: string, v: PyValue): void {
    const e = this._map.get(k);
    if (e !== undefined) e.value = v;
    else { this._map.set(k, { key: k, value: v }); this.version++; }
  }
  has(k: PyValue): boolean { return this.get(k) !== undefined; }
  set(k: PyValue, v: PyValue): void {
    const p = primKey(k);
    if (p !== undefined) {
      const e = this._map.get(p);
      if (e !== undefined) e.value = v;
      else { this._map.set(p, { key: k, value: v }); this.version++; }
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
    this.version++;
  }
  /** Removes k; returns its value or undefined if absent. */
  delete(k: PyValue): PyValue | undefined {
    const p = primKey(k);
    if (p !== undefined) {
      const e = this._map.get(p);
      if (e === undefined) return undefined;
      this._map.delete(p); this.version++;
      return e.value;
    }
    const e = this._findHashed(k);
    if (!e) return undefined;
    const h = dictKeyHooks.hash(k);
    const b = this._hashed!.get(h)!;
    b.splice(b.indexOf(e), 1);
    this._map.delete(e); this.version++;
    return e.value;
  }
  clear(): void { this._map.clear(); this._hashed = null; this.version++; }
  /** A snapshot of [key, value] pairs in insertion order. */
  entries(): [PyValue, PyValue][] { const out: [PyValue, PyValue][] = []; for (const e of this._map.values()) out.push([e.key, e.value]); return out; }
  keys(): PyValue[] { const out: PyValue[] = []; for (const e of this._map.values()) out.push(e.key); return out; }
  values(): PyValue[] { const out: PyValue[] = []; for (const e of this._map.values()) out.push(e.value); return out; }
}

function dictIter(d: PyDict): PyIterator {
  const keys = d.keys();
  let i = 0;
  return { next: () => (i < keys.length ? keys[i++] : undefined) };
}

const dictMethods: Methods = {
  get(self: PyDict, args) { const v = self.get(args[0]); return v === undefined ? (args.length > 1 ? args[1] : null) : v; },
  keys(self: PyDict) { return dictKeyHooks.list(self.keys()); },
  values(self: PyDict) { return dictKeyHooks.list(self.values()); },
  items(self: PyDict) { return dictKeyHooks.list(self.entries().map((e) => dictKeyHooks.tuple(e))); },
  setdefault(self: PyDict, args) { const v = self.get(args[0]); if (v !== undefined) return v; const d = args.length > 1 ? args[1] : null; self.set(args[0], d); return d; },
  pop(self: PyDict, args) { const v = self.delete(args[0]); if (v !== undefined) return v; if (args.length > 1) return args[1]; throw dictKeyHooks.keyError(args[0]); },
  clear(self: PyDict) { self.clear(); return null; },
  copy(self: PyDict) { const d = new PyDict(); for (const [k, v] of self.entries()) d.set(k, v); return d; },
  update(self: PyDict, args) { const o = args[0]; if (o instanceof PyDict) for (const [k, v] of o.entries()) self.set(k, v); return null; },
};

export const dictType = defineType("dict", {
  proto: PyDict,
  methods: dictMethods,
  slots: {
    len: (d: PyDict) => d.size,
    getitem: (d: PyDict, k) => { const v = d.get(k); if (v === undefined) throw dictKeyHooks.keyError(k); return v; },
    setitem: (d: PyDict, k, v) => d.set(k, v),
    delitem: (d: PyDict, k) => { if (d.delete(k) === undefined) throw dictKeyHooks.keyError(k); },
    contains: (d: PyDict, k) => d.get(k) !== undefined,
    iter: dictIter,
    bool: (d: PyDict) => d.size > 0,
    repr: (d: PyDict) => dictKeyHooks.repr(d),
    new: () => new PyDict(),
    init: (d: PyDict, args) => { const o = args[0]; if (o instanceof PyDict) for (const [k, v] of o.entries()) d.set(k, v); },
  },
  attrs: { __hash__: null },
});
