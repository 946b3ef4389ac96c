// PySet: Python's set (a PyDict of keys underneath).
// OWNED BY THE TYPES ENGINEER — interpreter-core placeholder; keep makeSet(items) for set displays.
import { PyObject, PyValue, defineType } from "./object.js";
import { PyDict } from "./dict.js";
import { repr } from "../protocol/repr.js";
import { keyError } from "./exceptions.js";
import { toArray } from "../protocol/iter.js";

export class PySet extends PyObject {
  private _d = new PyDict();
  add(v: PyValue): void { this._d.set(v, true); }
  has(v: PyValue): boolean { return this._d.get(v) !== undefined; }
  remove(v: PyValue): boolean { return this._d.delete(v) !== undefined; }
  get size(): number { return this._d.size; }
  items(): PyValue[] { return this._d.keys(); }
}
export function makeSet(items: PyValue[]): PySet {
  const s = new PySet();
  for (const x of items) s.add(x);
  return s;
}
export const setType = defineType("set", {
  proto: PySet,
  slots: {
    repr: (s: PySet) => (s.size === 0 ? "set()" : `{${s.items().map(repr).join(", ")}}`),
    len: (s: PySet) => s.size,
    contains: (s: PySet, v) => s.has(v),
    iter: (s: PySet) => { const it = s.items(); let i = 0; return { next: () => (i < it.length ? it[i++] : undefined) }; },
    new: () => new PySet(),
    init: (s: PySet, args) => { if (args.length) for (const x of toArray(args[0])) s.add(x); },
  },
  attrs: { __hash__: null },
  methods: {
    add: (s: PySet, [v]) => (s.add(v), null),
    remove: (s: PySet, [v]) => { if (!s.remove(v)) throw keyError(v); return null; },
    discard: (s: PySet, [v]) => (s.remove(v), null),
  },
});
