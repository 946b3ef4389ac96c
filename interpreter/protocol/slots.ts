// Slots <-> dunders. A builtin type's JS slots get Python-visible dunders (list.__len__), and every
// type's slots are (re)computed from the dunders along its MRO, so a class statement that defines
// __len__ gets a `len` slot calling it, and one that inherits from list gets list's native slot.
import { objectType, PyType, PyValue, Slots, SlotName, SLOT_DUNDERS, hooks, typeOf, PyIterator } from "../objects/object.js";
import { PyFunction, PyMethodDescriptor, PyStaticMethod } from "../objects/function.js";
import { typeError, overflowError, tn, isExc, StopIteration, recursionError } from "../objects/exceptions.js";
import { rt } from "../state.js";
import { call, callBound, positional } from "./call.js";
import { asIterator } from "./iter.js";
import { truthy } from "./ops.js";
import { MISS, shortcutFor } from "./shortcuts.js";
import { indexValue } from "../objects/args.js";

const SLOT_NAMES = Object.keys(SLOT_DUNDERS) as SlotName[];

/** Python-visible dunder for a native slot (only where the type has no method of that name). */
function dunderFor(t: PyType, k: SlotName, f: NonNullable<Slots[SlotName]>): PyMethodDescriptor | PyStaticMethod {
  const g = f as (...a: any[]) => any;
  const name = SLOT_DUNDERS[k];
  const m = (fn: (self: any, args: PyValue[], kw: string[] | null) => PyValue) => new PyMethodDescriptor(t, name, fn, true);
  switch (k) {
    case "new":
      return hooks.makeStatic(name, (args, kw) => {
        if (args.length === 0) throw typeError(`${t.name}.__new__(): not enough arguments`);
        return g(args[0], args.slice(1), kw);
      }) as PyStaticMethod;
    case "init": return m((s, a, kw) => (g(s, a, kw), null));
    case "call": return m((s, a, kw) => g(s, a, kw));
    case "iter": return m((s) => hooks.wrapIter(g(s)));
    case "next": return m((s) => {
      const v = g(s);
      if (v === undefined) throw hooks.stopIteration(s);
      return v;
    });
    case "setitem": case "set": case "setattro": return m((s, a) => (g(s, a[0], a[1]), null));
    case "delitem": case "delete": case "delattro": return m((s, a) => (g(s, a[0]), null));
    case "get": return m((s, a) => g(s, a[0] === null ? undefined : a[0], a[1] ?? typeOf(a[0])));
    case "getattro": return m((s, a) => {
      const v = g(s, a[0]);
      if (v === undefined) throw hooks.noAttribute(s, a[0] as string);
      return v;
    });
    default: return m((s, a) => g(s, ...positional(a, null)));
  }
}

/** Containers whose native truth slot is pyt's shortcut: CPython's have no __bool__ (their length decides). */
const NO_BOOL_DUNDER = new Set(["list", "tuple", "dict", "set", "frozenset"]);

function slotDunders(t: PyType): void {
  for (const k of SLOT_NAMES) {
    const f = t.nativeSlots[k];
    if (k === "bool" && !t.isHeap && NO_BOOL_DUNDER.has(t.name)) continue;
    if (f && t.getOwn(SLOT_DUNDERS[k]) === undefined) t.setOwn(SLOT_DUNDERS[k], dunderFor(t, k, f));
  }
}

/** The slot function for a dunder defined in Python (or by a non-native object). */
function wrapper(k: SlotName, fn: PyValue): Slots[SlotName] {
  switch (k) {
    case "repr": case "str": {
      const slot = (o: PyValue) => {
        const r = callBound(fn, o, []);
        if (typeof r !== "string") throw typeError(`${SLOT_DUNDERS[k]} returned non-string (type ${tn(r)})`);
        return r;
      };
      // str() of an object with no __str__ calls __repr__ unchecked, and checks it as __str__ (CPython's object_str)
      if (k === "repr") return Object.assign(slot, { unchecked: (o: PyValue) => callBound(fn, o, []) });
      return slot;
    }
    case "hash": return (o: PyValue) => {
      const r = callBound(fn, o, []);
      // as CPython: the int's own hash, and -1 (the C API's error value) becomes -2
      if (typeof r === "number") return r === -1 ? -2 : r;
      if (typeof r === "boolean") return +r;
      if (typeof r === "bigint") {
        // kept if it fits a C Py_ssize_t, else reduced as int's hash
        const h = r >= -(2n ** 63n) && r < 2n ** 63n ? Number(r)
          : Number((r < 0n ? -r : r) % 2305843009213693951n) * (r < 0n ? -1 : 1);
        return h === -1 ? -2 : h;
      }
      throw typeError("__hash__ method should return an integer");
    };
    case "iter": return (o: PyValue): PyIterator => asIterator(callBound(fn, o, []));
    case "next": {
      const s = fn instanceof PyFunction ? shortcutFor(fn, 0) : null;
      return (o: PyValue) => {
        try {
          if (s !== null) {
            const r = s(o, null);
            if (r !== MISS) return r;
          }
          return callBound(fn, o, []);
        } catch (e) {
          if (isExc(e, StopIteration)) return undefined;
          throw e;
        }
      };
    }
    case "len": return (o: PyValue) => {
      const r = callBound(fn, o, []);
      if (typeof r === "number") {
        if (r < 0) throw hooks.valueError("__len__() should return >= 0");
        return r;
      }
      if (typeof r === "boolean") return +r;
      return bigLen(r);
    };
    case "bool": return (o: PyValue) => {
      const r = callBound(fn, o, []);
      if (typeof r !== "boolean") throw typeError(`__bool__ should return bool, returned ${tn(r)}`);
      return r;
    };
    case "contains": return (o: PyValue, v: PyValue) => truthy(callBound(fn, o, [v]));
    case "getitem": return (o: PyValue, key: PyValue) => callBound(fn, o, [key]);
    case "setitem": return (o: PyValue, key: PyValue, v: PyValue) => { callBound(fn, o, [key, v]); };
    case "delitem": return (o: PyValue, key: PyValue) => { callBound(fn, o, [key]); };
    case "call": return (o: PyValue, args: PyValue[], kw: string[] | null) => callBound(fn, o, args, kw);
    case "new": return (cls: PyType, args: PyValue[], kw: string[] | null) =>
      call(fn instanceof PyStaticMethod ? fn.fn : fn, [cls, ...args], kw);
    case "init": return (o: PyValue, args: PyValue[], kw: string[] | null) => {
      // CPython's type call reaches a Python __init__ through C at one more level of recursion depth
      // than the frame itself (a setter recursing from __init__ shows 999 frames, not 1000)
      if (++rt.depth > rt.recursionLimit) { rt.depth--; throw recursionError(); }
      let r;
      try { r = callBound(fn, o, args, kw); } finally { rt.depth--; }
      if (r !== null) throw typeError(`__init__() should return None, not '${tn(r)}'`);
    };
    case "format": return (o: PyValue, spec: string) => {
      const r = callBound(fn, o, [spec]);
      if (typeof r !== "string") throw typeError(`__format__ must return a str, not ${tn(r)}`);
      return r;
    };
    case "getattro": return (o: PyValue, name: string) => callBound(fn, o, [name]);
    case "setattro": return (o: PyValue, name: string, v: PyValue) => { callBound(fn, o, [name, v]); };
    case "delattro": return (o: PyValue, name: string) => { callBound(fn, o, [name]); };
    case "get": return (d: PyValue, obj: PyValue | undefined, type: PyType) => callBound(fn, d, [obj === undefined ? null : obj, type]);
    case "set": return (d: PyValue, obj: PyValue, v: PyValue) => { callBound(fn, d, [obj, v]); };
    case "delete": return (d: PyValue, obj: PyValue) => { callBound(fn, d, [obj]); };
  }
}

/** A type's slots, from its own native slots and the owner of each slot's dunder (SLOT_NAMES' order). */
function computeSlots(t: PyType, owners: (PyType | undefined)[]): Slots {
  const own: Slots = t.isHeap ? {} : t.nativeSlots;
  const slots: Slots = {};
  for (let i = 0; i < SLOT_NAMES.length; i++) {
    const k = SLOT_NAMES[i];
    // A builtin type always uses the slots it implements itself.
    if (!t.isHeap && own[k]) { (slots as any)[k] = own[k]; continue; }
    const owner = owners[i];
    if (!owner) continue;
    // object's __setattr__/__getattribute__/__delattr__ are the generic protocol: no slot needed.
    if (owner === objectType && !owner.nativeSlots[k]) continue;
    const v = owner.getOwn(SLOT_DUNDERS[k])!;
    if (v === null) continue; // __hash__ = None: unhashable
    if (!owner.isHeap && owner.nativeSlots[k]) (slots as any)[k] = owner.nativeSlots[k];
    else (slots as any)[k] = wrapper(k, v);
  }
  if (!t.isHeap) for (const k of SLOT_NAMES) if (own[k] && !(slots as any)[k]) (slots as any)[k] = own[k];
  return slots;
}

/** Recomputes a type's slots from the dunders along its MRO (and its subclasses'). */
export function inheritSlots(t: PyType): void {
  t.slots = computeSlots(t, SLOT_NAMES.map((k) => t.lookupOwner(SLOT_DUNDERS[k])));
  for (const s of t.subclasses) inheritSlots(s);
}

/**
 * Computes the slots of each of `types` once, bases first (runPendingFills: every builtin type, at each
 * worker's boot). A type with one base finds each dunder in its own table or where its base found it
 * (its MRO is itself, then its base's), instead of searching its MRO for each of the 21 slots.
 */
function inheritSlotsAll(types: PyType[]): void {
  const found = new Map<PyType, (PyType | undefined)[]>();
  for (const t of types.sort((a, b) => a.mro.length - b.mro.length)) {
    const base = t.bases.length === 1 ? t.bases[0] : undefined;
    const up = base && t.mro.length === base.mro.length + 1 ? found.get(base) : undefined;
    const owners = SLOT_NAMES.map((k, i) => (t.owns(SLOT_DUNDERS[k]) ? t : up ? up[i] : t.lookupOwner(SLOT_DUNDERS[k])));
    found.set(t, owners);
    t.slots = computeSlots(t, owners);
  }
}

hooks.slotDunders = slotDunders;
hooks.inheritSlots = inheritSlots;
hooks.inheritSlotsAll = inheritSlotsAll;

/** A __len__ result other than a small int or bool: as CPython's PyNumber_AsSsize_t, then the sign check. */
function bigLen(r: PyValue): number {
  const v = indexValue(r);
  if (v === null) throw typeError(`'${tn(r)}' object cannot be interpreted as an integer`);
  if (v < 0) throw hooks.valueError("__len__() should return >= 0");
  if (v >= 2n ** 63n) throw overflowError("cannot fit 'int' into an index-sized integer");
  return Number(v);
}
