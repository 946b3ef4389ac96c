// The shared mode of PyList, PyDict and PyCell: each method is one heap operation (so single Python
// operations stay atomic), wrapped in enter()/leave() so no raw address outlives it. Values stored are
// encoded (copies of immutables owned by the slot); what a slot loses is retired.
// Str-keyed reads and writes (globals, attributes) use a per-handle inline cache: the key's hash and
// its entry index, validated by the table's layout word (a hit is one tableValueAt), and for absent
// keys (builtins looked up through globals) the table's version word.
import type { PyValue } from "../objects/object.js";
import { PyFloat, PyObject, typeName } from "../objects/object.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { setType, frozensetType } from "../objects/set.js";
import { indexError, typeError } from "../objects/exceptions.js";
import { pyHash } from "../protocol/ops.js";
import { dictKeyHooks } from "../objects/dict-hooks.js";
import { PySet, PyFrozenSet } from "../objects/set.js";
import { listOps, dictOps, cellOps, setOps, typeOps } from "./hooks.js";
import type { ListView } from "../shared-heap.js";
import {
  S, Ref, encode, decode, retireOwned, publish, keyHashHook, registryName, T_TUPLE, T_TUPLESUB, T_FROZENSET, T_RANGE, T_SLICE, T_STRUCTSEQ, T_BUILTIN,
} from "./codec.js";

const EMPTY = 0, NONE = 2, FALSE = 10, TRUE = 18;
const TAG_STRING = 1, TAG_FLOAT = 2, TAG_BLOB = 3;

function ref(o: { _shared: unknown }): Ref {
  return o._shared as Ref;
}

// ---------------------------------------------------------------- list

function retireAll(ws: ArrayLike<number>): void {
  for (let i = 0; i < ws.length; i++) retireOwned(ws[i]);
}
function encodeAll(vs: PyValue[]): number[] {
  const ws = new Array<number>(vs.length);
  for (let i = 0; i < vs.length; i++) ws[i] = encode(vs[i]);
  return ws;
}

/** Thrown by a removeFirst match that cannot tell without Python code. */
const CANNOT_TELL = {};

Object.assign(listOps, {
  length(l: { _shared: unknown }): number {
    const h = S.heap;
    h.enter();
    try { return h.listLength(ref(l).body); } finally { h.leave(); }
  },
  getItem(l: { _shared: unknown }, i: number): PyValue {
    const h = S.heap;
    h.enter();
    try {
      const w = h.listGet(ref(l).body, i);
      if (w === EMPTY) throw indexError("list index out of range");
      return decode(w);
    } finally { h.leave(); }
  },
  setItem(l: { _shared: unknown }, i: number, v: PyValue): void {
    const h = S.heap;
    h.enter();
    try {
      const w = encode(v);
      const prev = h.listSet(ref(l).body, i, w);
      if (prev === EMPTY) { retireOwned(w); throw indexError("list assignment index out of range"); }
      retireOwned(prev);
    } finally { h.leave(); }
  },
  append(l: { _shared: unknown }, v: PyValue): void {
    const h = S.heap;
    h.enter();
    try { h.listPush(ref(l).body, encode(v)); } finally { h.leave(); }
  },
  extend(l: { _shared: unknown }, vs: PyValue[]): void {
    const h = S.heap;
    h.enter();
    try { h.listExtend(ref(l).body, encodeAll(vs)); } finally { h.leave(); }
  },
  /** list.pop(i), i negative from the end: made absolute under the list's lock. */
  pop(l: { _shared: unknown }, i: number, msg?: string): PyValue {
    const h = S.heap;
    h.enter();
    try {
      const w = h.listPop(ref(l).body, i);
      if (w === EMPTY) throw indexError(msg ?? (h.listLength(ref(l).body) === 0 ? "pop from empty list" : "pop index out of range"));
      const v = decode(w);
      retireOwned(w);
      return v;
    } finally { h.leave(); }
  },
  removeFirst(l: { _shared: unknown }, match: (item: PyValue) => boolean | null): boolean | null {
    const h = S.heap;
    h.enter();
    try {
      const w = h.listRemoveFirst(ref(l).body, (word) => {
        const r = match(decode(word));
        if (r === null) throw CANNOT_TELL; // out of listRemoveFirst (its lock released), nothing removed
        return r;
      });
      if (w === EMPTY) return false;
      retireOwned(w);
      return true;
    } catch (e) {
      if (e === CANNOT_TELL) return null;
      throw e;
    } finally { h.leave(); }
  },
  locked<T>(l: { _shared: unknown }, f: (view: ListView) => T): T {
    const h = S.heap;
    h.enter();
    try { return h.listLocked(ref(l).body, f); } finally { h.leave(); }
  },
  rewrite(l: { _shared: unknown }, f: (items: PyValue[], words: Int32Array) => ArrayLike<number> | null): boolean {
    const h = S.heap;
    h.enter();
    try { return h.listRewrite(ref(l).body, (words) => f(Array.from(words, decode), words)); } finally { h.leave(); }
  },
  insert(l: { _shared: unknown }, i: number, v: PyValue): void {
    const h = S.heap;
    h.enter();
    try { h.listInsert(ref(l).body, i, encode(v)); } finally { h.leave(); }
  },
  snapshot(l: { _shared: unknown }): PyValue[] {
    const h = S.heap;
    h.enter();
    try {
      const ws = h.listSnapshot(ref(l).body);
      const out = new Array<PyValue>(ws.length);
      for (let i = 0; i < ws.length; i++) out[i] = decode(ws[i]);
      return out;
    } finally { h.leave(); }
  },
  replaceAll(l: { _shared: unknown }, vs: PyValue[]): void {
    const h = S.heap;
    h.enter();
    try { retireAll(h.listReplaceAll(ref(l).body, encodeAll(vs))); } finally { h.leave(); }
  },
  splice(l: { _shared: unknown }, start: number, del: number, ins: PyValue[]): void {
    const h = S.heap;
    h.enter();
    try { retireAll(h.listSplice(ref(l).body, start, start + del, encodeAll(ins))); } finally { h.leave(); }
  },
  clear(l: { _shared: unknown }): void {
    const h = S.heap;
    h.enter();
    try { retireAll(h.listClear(ref(l).body)); } finally { h.leave(); }
  },
  reverse(l: { _shared: unknown }): void {
    const h = S.heap;
    h.enter();
    try { h.listReverse(ref(l).body); } finally { h.leave(); }
  },
});

// ---------------------------------------------------------------- cell

Object.assign(cellOps, {
  get(c: { _shared: unknown }): PyValue | undefined {
    const h = S.heap;
    h.enter();
    try {
      const w = h.recordGet(ref(c).addr, 0);
      return w === EMPTY ? undefined : decode(w);
    } finally { h.leave(); }
  },
  set(c: { _shared: unknown }, v: PyValue | undefined): void {
    const h = S.heap;
    h.enter();
    try { retireOwned(h.recordExchange(ref(c).addr, 0, v === undefined ? EMPTY : encode(v))); } finally { h.leave(); }
  },
});

// ---------------------------------------------------------------- dict keys

/**
 * A tuple, or an instance of a tuple subclass that keeps tuple's __hash__ and __eq__ (a namedtuple):
 * hashed and compared by its items, so NT(1, 2) and (1, 2) are one key, as in CPython.
 */
function tupleKey(k: PyValue): k is PyTuple {
  return k instanceof PyTuple &&
    (k.cls === tupleType || (k.cls.lookupOwner("__hash__") === tupleType && k.cls.lookupOwner("__eq__") === tupleType));
}

/** Hash of a key, the same in every worker (str keys: the heap's string hash). */
function keyHash(k: PyValue): number {
  switch (typeof k) {
    case "string": return S.heap.hashString(k);
    case "number": case "bigint": case "boolean": return pyHash(k) | 0;
  }
  if (k === null) return 0x345678;
  if (k instanceof PyFloat) return pyHash(k) | 0;
  if (tupleKey(k)) {
    let x = 0x345678 ^ k.items.length;
    for (const it of k.items) x = (Math.imul(x, 1000003) ^ keyHash(it)) | 0;
    return x;
  }
  if (k instanceof PySet && (k.cls === frozensetType || k.cls === setType)) {
    // Order-independent (the same for equal sets in every worker); a set is looked up as a frozenset.
    let x = 0x1d2b3c4d ^ k.size;
    for (const it of k.items()) {
      const y = keyHash(it);
      x = (x + (Math.imul(y ^ (y >>> 16), 0x45d9f3b) ^ 0x5bd1e995)) | 0;
    }
    return x;
  }
  if (k instanceof PyObject && dictKeyHooks.identityHashed(k)) {
    // A builtin type or function travels by name, and each worker that publishes it makes its own
    // record of that name: hashed and compared by the name (keyEq), not by the record's address.
    const rn = registryName(k);
    return rn !== null ? S.heap.hashString(rn) : publish(k);
  }
  pyHash(k); // unhashable: CPython's TypeError
  throw typeError(`cannot use '${typeName(k)}' as a key of a dict or set shared between threads`);
}

/** A shared dict key's hash: unlike a set's lookups, a dict's take no set as the equal frozenset. */
function dictKeyHash(k: PyValue): number {
  if (k instanceof PySet && k.cls === setType) pyHash(k);
  return keyHash(k);
}

function numericValue(w: number): number | bigint | undefined {
  if ((w & 1) === 1) return w >> 1;
  if (w === TRUE) return 1;
  if (w === FALSE) return 0;
  if ((w & 7) === 0 && w !== 0) {
    const h = S.heap;
    const t = h.tag(w);
    if (t === TAG_FLOAT) return h.readFloat(w);
    if (t === TAG_BLOB) return BigInt(h.readString(w));
  }
  return undefined;
}

/** A pure word-level equality test for key k (runs under the table's lock, maybe on stale keys). */
function keyEq(k: PyValue): (w: number) => boolean {
  const h = S.heap;
  switch (typeof k) {
    case "string":
      return (w) => (w & 7) === 0 && w !== 0 && h.tag(w) === TAG_STRING && h.stringEquals(w, k);
    case "boolean": case "number": case "bigint": {
      const n = typeof k === "boolean" ? (k ? 1 : 0) : k;
      return (w) => {
        const x = numericValue(w);
        // eslint-disable-next-line eqeqeq
        return x !== undefined && x == n;
      };
    }
  }
  if (k === null) return (w) => w === NONE;
  if (k instanceof PyFloat) {
    const n = k.value;
    return (w) => {
      const x = numericValue(w);
      // eslint-disable-next-line eqeqeq
      return x !== undefined && x == n;
    };
  }
  if (tupleKey(k)) {
    const eqs = k.items.map(keyEq);
    return (w) => {
      if ((w & 7) !== 0 || w === 0) return false;
      // a stored namedtuple (T_TUPLESUB) has its subclass record before the items
      const tag = h.tag(w), first = tag === T_TUPLE ? 0 : tag === T_TUPLESUB ? 1 : -1;
      if (first < 0 || h.recordLength(w) !== eqs.length + first) return false;
      for (let i = 0; i < eqs.length; i++) if (!eqs[i](h.recordGet(w, i + first))) return false;
      return true;
    };
  }
  if (k instanceof PySet && (k.cls === frozensetType || k.cls === setType)) {
    const eqs = k.items().map(keyEq);
    return (w) => {
      if ((w & 7) !== 0 || w === 0 || h.tag(w) !== T_FROZENSET || h.recordLength(w) !== eqs.length) return false;
      // Same size, distinct items on both sides: equal when every stored item is one of k's.
      for (let i = 0; i < eqs.length; i++) {
        const x = h.recordGet(w, i);
        let found = false;
        for (let j = 0; j < eqs.length && !found; j++) found = eqs[j](x);
        if (!found) return false;
      }
      return true;
    };
  }
  const rn = registryName(k as PyObject);
  if (rn !== null) return (w) => (w & 7) === 0 && w !== 0 && h.tag(w) === T_BUILTIN && h.stringEquals(h.recordGet(w, 0), rn);
  const a = publish(k as PyObject);
  return (w) => w === a;
}

keyHashHook.fn = keyHash;

// ---------------------------------------------------------------- dict

interface IC {
  hash: number;
  layout: number;
  entry: number;
  version: number;
  eq: (w: number) => boolean;
  /** The last pointer word read here whose value is a published object (never freed, so the same word
   *  is the same object), and that object: a hit needs no decode. */
  lastWord: number;
  lastVal: PyValue;
  /** The table, its layout word's index and the entry's value slot index (-1: none) in `i32`. */
  table: number;
  la: number;
  at: number;
  i32: Int32Array;
}

/** The value word of str key k (EMPTY when absent), through the handle's inline cache. */
function lookupStr(r: Ref, k: string): number {
  const h = S.heap;
  const t = r.body;
  const ics = (r.ic ??= new Map()) as Map<string, IC>;
  let ic = ics.get(k);
  if (ic !== undefined) {
    if (ic.entry >= 0) {
      const w = h.tableValueAt(t, ic.layout, ic.entry);
      if (w !== EMPTY) return w;
    } else if (h.tableVersion(t) === ic.version) return EMPTY;
  } else {
    if (ics.size > 256) ics.clear();
    const eq = keyEq(k);
    ic = {
      hash: h.hashString(k), layout: 0, entry: -1, version: -1, eq, lastWord: 0, lastVal: null,
      table: t, la: h.tableLayoutIndex(t), at: -1, i32: h.i32,
    };
    ics.set(k, ic);
  }
  ic.version = h.tableVersion(t);
  ic.layout = h.tableLayout(t);
  ic.entry = h.tableLookupAt(t, ic.layout, ic.hash, ic.eq);
  ic.at = ic.entry < 0 ? -1 : h.tableValueIndex(t, ic.layout, ic.entry);
  if (ic.entry === -2) {
    // The table was being resized: remember nothing (no entry, no "absent" version), read uncached.
    ic.entry = -1;
    ic.version = -1;
    return h.tableGetStr(t, ic.hash, k);
  }
  if (ic.entry < 0) return EMPTY;
  const w = h.tableValueAt(t, ic.layout, ic.entry);
  return w !== EMPTY ? w : h.tableGetStr(t, ic.hash, k);
}

function entriesOf(d: { _shared: unknown }, what: 0 | 1 | 2): any[] {
  const h = S.heap;
  h.enter();
  try {
    const items = h.tableItems(ref(d).body);
    const out: any[] = [];
    for (let i = 0; i < items.length; i += 3) {
      if (what === 0) out.push([decode(items[i + 1]), decode(items[i + 2])]);
      else out.push(decode(items[i + what]));
    }
    return out;
  } finally { h.leave(); }
}

Object.assign(dictOps, {
  version(d: { _shared: unknown }): number {
    return S.heap.tableVersion(ref(d).body);
  },
  size(d: { _shared: unknown }): number {
    const h = S.heap;
    h.enter();
    try { return h.tableSize(ref(d).body); } finally { h.leave(); }
  },
  getStr(d: { _shared: unknown }, k: string): PyValue | undefined {
    const h = S.heap;
    const r = ref(d);
    // Fast path without enter(): the table header is never freed; tableValueAt reads the data block the
    // header names, and the layout re-read after it proves no resize (which bumps the layout before it
    // retires the old block) ran meanwhile, so the word came from a live block. Only words that need
    // no block read are returned here: small ints, constants, and the last published object seen here.
    const ic = r.ic === null ? undefined : (r.ic as Map<string, IC>).get(k);
    if (ic !== undefined) {
      if (ic.entry >= 0) {
        const w = h.tableValueAt(r.body, ic.layout, ic.entry);
        if (w !== EMPTY && h.tableLayout(r.body) === ic.layout) {
          if ((w & 1) === 1) return w >> 1;
          if (w === ic.lastWord) return ic.lastVal;
          if (w === NONE) return null;
          if (w === TRUE) return true;
          if (w === FALSE) return false;
        }
      } else if (h.tableVersion(r.body) === ic.version) return undefined;
    }
    h.enter();
    try {
      const w = lookupStr(r, k);
      if (w === EMPTY) return undefined;
      const v = decode(w);
      if ((w & 7) === 0 && S.handles.get(w) === v) {
        const c = (r.ic as Map<string, IC>).get(k);
        if (c !== undefined) { c.lastWord = w; c.lastVal = v; }
      }
      return v;
    } finally { h.leave(); }
  },
  strSlot(d: { _shared: unknown }, k: string): unknown {
    const r = ref(d);
    const ic = r.ic === null ? undefined : (r.ic as Map<string, IC>).get(k);
    return ic !== undefined && ic.at >= 0 ? ic : null;
  },
  // A site's read through its slot (strSlot): the same proof as getStr's fast path, minus the call
  // layers and the Map probe; undefined (a miss) sends the site to getStr.
  slotGet(slot: unknown): PyValue | undefined {
    const ic = slot as IC;
    const at = ic.at; // -1 once the key was found absent (the IC is shared with getStr's slow path)
    if (at < 0) return undefined;
    const i32 = ic.i32;
    const w = Atomics.load(i32, at);
    if (Atomics.load(i32, ic.la) !== ic.layout || w === EMPTY) return undefined;
    if ((w & 1) === 1) return w >> 1;
    if (w === ic.lastWord) return ic.lastVal;
    if (w === NONE) return null;
    if (w === TRUE) return true;
    if (w === FALSE) return false;
    return undefined;
  },
  /** Stores a small int through the site's slot; false (nothing stored) when the slot no longer holds. */
  slotSetInt(slot: unknown, v: number): boolean {
    const ic = slot as IC;
    const h = S.heap;
    const prev = h.tableSetAt(ic.table, ic.layout, ic.entry, (v << 1) | 1);
    if (prev === EMPTY) return false;
    if ((prev & 7) === 0) {
      h.enter();
      try { retireOwned(prev); } finally { h.leave(); }
    }
    return true;
  },
  setStr(d: { _shared: unknown }, k: string, v: PyValue): void {
    const h = S.heap;
    const r0 = ref(d);
    if (typeof v === "number" && r0.ic !== null && v >= -0x40000000 && v < 0x40000000 && (v | 0) === v) {
      // A small int through the inline cache needs no enter(): tableSetAt works under the table's lock
      // (no resize meanwhile); only a previous pointer value (owned, to retire) takes the heap.
      const ic = (r0.ic as Map<string, IC>).get(k);
      if (ic !== undefined && ic.entry >= 0) {
        const prev = h.tableSetAt(r0.body, ic.layout, ic.entry, (v << 1) | 1);
        if (prev !== EMPTY) {
          if ((prev & 7) === 0) {
            h.enter();
            try { retireOwned(prev); } finally { h.leave(); }
          }
          return;
        }
      }
    }
    h.enter();
    try {
      const r = r0;
      const w = encode(v);
      const ic = (r.ic as Map<string, IC> | null)?.get(k);
      if (ic !== undefined && ic.entry >= 0) {
        const prev = h.tableSetAt(r.body, ic.layout, ic.entry, w);
        if (prev !== EMPTY) { retireOwned(prev); return; }
      }
      const prev = h.tableSetStr(r.body, ic ? ic.hash : h.hashString(k), k, w);
      if (prev !== EMPTY) retireOwned(prev);
    } finally { h.leave(); }
  },
  get(d: { _shared: unknown }, k: PyValue): PyValue | undefined {
    const h = S.heap;
    h.enter();
    try {
      const t = ref(d).body;
      const w = typeof k === "string" ? h.tableGetStr(t, h.hashString(k), k) : h.tableGet(t, dictKeyHash(k), keyEq(k));
      return w === EMPTY ? undefined : decode(w);
    } finally { h.leave(); }
  },
  set(d: { _shared: unknown }, k: PyValue, v: PyValue): void {
    const h = S.heap;
    h.enter();
    try {
      const t = ref(d).body;
      if (typeof k === "string") {
        const prev = h.tableSetStr(t, h.hashString(k), k, encode(v));
        if (prev !== EMPTY) retireOwned(prev);
        return;
      }
      const hash = dictKeyHash(k);
      const eq = keyEq(k);
      const kw = encode(k);
      const prev = h.tableSet(t, hash, kw, encode(v), eq);
      if (prev !== EMPTY) { retireOwned(prev); retireOwned(kw); }
    } finally { h.leave(); }
  },
  moveToEnd(d: { _shared: unknown }, k: PyValue, last: boolean): boolean {
    const h = S.heap;
    h.enter();
    try {
      const t = ref(d).body;
      if (typeof k === "string") return h.tableMoveToEnd(t, h.hashString(k), k, null, last);
      return h.tableMoveToEnd(t, dictKeyHash(k), 0, keyEq(k), last);
    } finally { h.leave(); }
  },
  popFirst: (d: { _shared: unknown }) => popEntry(d, true),
  addInt(d: { _shared: unknown }, k: PyValue, n: number): boolean {
    const h = S.heap;
    h.enter();
    try {
      const t = ref(d).body;
      if (typeof k === "string") return h.tableAddInt(t, h.hashString(k), k, n, null) !== 0;
      const kw = encode(k);
      const r = h.tableAddInt(t, dictKeyHash(k), kw, n, keyEq(k));
      if (r !== 2) retireOwned(kw); // not stored
      return r !== 0;
    } finally { h.leave(); }
  },
  setdefault(d: { _shared: unknown }, k: PyValue, v: PyValue): PyValue {
    const h = S.heap;
    h.enter();
    try {
      const t = ref(d).body;
      // Encoded first (a list default is published, as CPython's default object stays a live object).
      const vw = encode(v);
      let prev: number;
      if (typeof k === "string") prev = h.tableSetStr(t, h.hashString(k), k, vw, true);
      else {
        const kw = encode(k);
        prev = h.tableSet(t, dictKeyHash(k), kw, vw, keyEq(k), true);
        if (prev !== EMPTY) retireOwned(kw);
      }
      if (prev === EMPTY) return v;
      retireOwned(vw);
      return decode(prev);
    } finally { h.leave(); }
  },
  delete(d: { _shared: unknown }, k: PyValue): PyValue | undefined {
    const h = S.heap;
    h.enter();
    try {
      const t = ref(d).body;
      const out = [0, 0];
      const found = typeof k === "string"
        ? h.tableDeleteStr(t, h.hashString(k), k, out)
        : h.tableDelete(t, dictKeyHash(k), keyEq(k), out);
      if (!found) return undefined;
      const v = decode(out[1]);
      retireOwned(out[0]);
      retireOwned(out[1]);
      return v;
    } finally { h.leave(); }
  },
  clear(d: { _shared: unknown }): void {
    const h = S.heap;
    h.enter();
    try { retireAll(h.tableClear(ref(d).body)); } finally { h.leave(); }
  },
  entries: (d: { _shared: unknown }) => entriesOf(d, 0),
  keys: (d: { _shared: unknown }) => entriesOf(d, 1),
  values: (d: { _shared: unknown }) => entriesOf(d, 2),
  popLast: (d: { _shared: unknown }) => popEntry(d, false),
});

/** Removes the first or the last item in one step; undefined when the dict is empty. */
function popEntry(d: { _shared: unknown }, first: boolean): [PyValue, PyValue] | undefined {
  const h = S.heap;
  h.enter();
  try {
    const out = [0, 0];
    if (!h.tablePopitem(ref(d).body, out, first)) return undefined;
    const e: [PyValue, PyValue] = [decode(out[0]), decode(out[1])];
    retireOwned(out[0]);
    retireOwned(out[1]);
    return e;
  } finally { h.leave(); }
}


// ---------------------------------------------------------------- set (a table whose values are TRUE)

/** Adds k (lock held by the heap); true when it was new. */
function setAdd(t: number, k: PyValue): boolean {
  const h = S.heap;
  if (typeof k === "string") return h.tableSetStr(t, h.hashString(k), k, TRUE) === EMPTY;
  // a set is looked up as the equal frozenset (keyHash), but adding one is CPython's TypeError
  if (k instanceof PySet && k.cls === setType) pyHash(k);
  const hash = keyHash(k);
  const eq = keyEq(k);
  const kw = encode(k);
  if (h.tableSet(t, hash, kw, TRUE, eq) === EMPTY) return true;
  retireOwned(kw);
  return false;
}

function setHas(t: number, k: PyValue): boolean {
  const h = S.heap;
  if (typeof k === "string") return h.tableGetStr(t, h.hashString(k), k) !== EMPTY;
  return h.tableGet(t, keyHash(k), keyEq(k)) !== EMPTY;
}

Object.assign(setOps, {
  size(s: { _shared: unknown }): number {
    const h = S.heap;
    h.enter();
    try { return h.tableSize(ref(s).body); } finally { h.leave(); }
  },
  version(s: { _shared: unknown }): number {
    const h = S.heap;
    h.enter();
    try { return h.tableVersion(ref(s).body); } finally { h.leave(); }
  },
  add(s: { _shared: unknown }, v: PyValue): void {
    const h = S.heap;
    h.enter();
    try { setAdd(ref(s).body, v); } finally { h.leave(); }
  },
  addMany(s: { _shared: unknown }, vs: PyValue[]): void {
    const h = S.heap;
    h.enter();
    try {
      const t = ref(s).body;
      for (const v of vs) setAdd(t, v);
    } finally { h.leave(); }
  },
  has(s: { _shared: unknown }, v: PyValue): boolean {
    const h = S.heap;
    h.enter();
    try { return setHas(ref(s).body, v); } finally { h.leave(); }
  },
  discard(s: { _shared: unknown }, k: PyValue): boolean {
    const h = S.heap;
    h.enter();
    try {
      const t = ref(s).body;
      const out = [0, 0];
      const found = typeof k === "string"
        ? h.tableDeleteStr(t, h.hashString(k), k, out)
        : h.tableDelete(t, keyHash(k), keyEq(k), out);
      if (!found) return false;
      retireOwned(out[0]);
      return true;
    } finally { h.leave(); }
  },
  clear(s: { _shared: unknown }): void {
    const h = S.heap;
    h.enter();
    try { retireAll(h.tableClear(ref(s).body)); } finally { h.leave(); }
  },
  pop(s: { _shared: unknown }): PyValue | undefined {
    const h = S.heap;
    h.enter();
    try {
      const out = [0, 0];
      if (!h.tablePopitem(ref(s).body, out)) return undefined;
      const v = decode(out[0]);
      retireOwned(out[0]);
      return v;
    } finally { h.leave(); }
  },
  keys: (s: { _shared: unknown }) => entriesOf(s, 1),
});

// ---------------------------------------------------------------- class attribute tables

/** Words whose replacement other workers' attribute caches need not hear of (plain data). */
function isData(w: number): boolean {
  if ((w & 7) !== 0 || w === 0) return true;
  const t = S.heap.tag(w);
  return t === TAG_STRING || t === TAG_FLOAT || t === TAG_BLOB || t === T_TUPLE || t === T_FROZENSET || t === T_RANGE || t === T_SLICE || t === T_STRUCTSEQ;
}

/** Field of the runtime record counting structural changes to shared classes (codec.ts RT_CLASSES). */
const RT_CLASSES = 2;
let seenClasses = 0;

function bumpClasses(): void {
  if (S.runtime === 0) return; // published ahead, before any thread (sharing.ts publishAhead)
  const h = S.heap;
  for (;;) {
    const w = h.recordGet(S.runtime, RT_CLASSES);
    if (h.recordCompareExchange(S.runtime, RT_CLASSES, w, (((w >> 1) + 1) << 1) | 1) === w) return;
  }
}

Object.assign(typeOps, {
  set(d: { _shared: unknown }, k: string, v: PyValue): void {
    const h = S.heap;
    h.enter();
    try {
      const r = ref(d);
      const w = encode(v);
      let prev = EMPTY;
      const ic = (r.ic as Map<string, IC> | null)?.get(k);
      if (ic !== undefined && ic.entry >= 0) prev = h.tableSetAt(r.body, ic.layout, ic.entry, w);
      if (prev === EMPTY) prev = h.tableSetStr(r.body, h.hashString(k), k, w);
      if (prev === EMPTY || !isData(prev) || !isData(w)) bumpClasses();
      if (prev !== EMPTY) retireOwned(prev);
    } finally { h.leave(); }
  },
  delete(d: { _shared: unknown }, k: string): boolean {
    const h = S.heap;
    h.enter();
    try {
      const out = [0, 0];
      if (!h.tableDeleteStr(ref(d).body, h.hashString(k), k, out)) return false;
      bumpClasses();
      retireOwned(out[0]);
      retireOwned(out[1]);
      return true;
    } finally { h.leave(); }
  },
  changed(): boolean {
    if (S.runtime === 0) return false;
    const w = S.heap.recordGet(S.runtime, RT_CLASSES);
    if (w === seenClasses) return false;
    seenClasses = w;
    return true;
  },
});
