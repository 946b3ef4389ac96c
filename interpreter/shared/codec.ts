// PyValue <-> heap word. Immutables (str, float, big int, tuple, bound method) are copied into blocks
// owned by the slot that holds them (retireOwned frees them when the slot loses them); everything with
// an identity (list, dict, cell, instance, class, function, module, lock...) is *published* once into
// one record and referenced by its address. Each worker keeps one JS handle per address (`handles`),
// so `is` holds across threads. Builtins, builtin types and native modules travel by registry name.
//
// Callers must be inside the heap (heap.enter()) while they encode, decode or retire.
import type { SharedHeap } from "../shared-heap.js";
import {
  PyObject, PyValue, PyFloat, PyType, NotImplemented, Ellipsis, computeMro, typeName, defineType,
  noneType, notImplementedType, ellipsisType, builtinTypesByName, typeOf, type PyIterator,
} from "../objects/object.js";
import { PyList, listType } from "../objects/list.js";
import { PyDict, dictType } from "../objects/dict.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { PyStructSeq } from "../objects/struct-seq.js";
import { PyCell } from "../objects/cell.js";
import { PySet, PyFrozenSet, setType, frozensetType } from "../objects/set.js";
import { PyModule, libraryLazyHooks } from "../objects/module.js";
import { PyMappingProxy } from "../objects/mappingproxy.js";
import { PyRange, rangeType } from "../objects/range.js";
import { PySlice, sliceType } from "../objects/slice.js";
import {
  PyFunction, PyMethod, PyBuiltinFunction, PyMethodDescriptor, PyStaticMethod, PyClassMethod, PyProperty, functionType, builtinFunctionType,
} from "../objects/function.js";
import { PyBareObject, PyInstance, instanceSlots } from "../objects/object-type.js";
import { PyIntSub, PyStrSub, PyFloatSub } from "../objects/primitives.js";
import { inheritSlots } from "../protocol/slots.js";
import { getattr } from "../protocol/attr.js";
import { pyEquals } from "../protocol/ops.js";
import { builtinsDict } from "../registry.js";
import { typeError, PyBaseException, TbEntry } from "../objects/exceptions.js";
import { entrySource } from "../traceback.js";
import { PyGenericAlias, PyUnionType, genericAliasType, unionType } from "../objects/generic-alias.js";
import { importModule } from "../compile/imports.js";
import { sysStreamName } from "../modules/sys.js";
import { rt } from "../state.js";
import type { SharedRef } from "./hooks.js";
import { encodeCode, codeFromRef } from "./codes.js";

// Block tags of the interpreter (16..255).
export const T_TUPLE = 16, T_LIST = 17, T_DICT = 18, T_INSTANCE = 19, T_CLASS = 20, T_FUNCTION = 21;
export const T_CODE = 22, T_MODSRC = 23, T_MODULE = 24, T_BUILTIN = 25, T_LOCK = 26, T_CELL = 27;
export const T_METHOD = 28, T_BMETHOD = 29, T_STATIC = 30, T_CLASSMETHOD = 31, T_PROPERTY = 32;
export const T_ENTRY = 33, T_NATIVEMOD = 34, T_RUNTIME = 35, T_OPAQUE = 36, T_SET = 37, T_FROZENSET = 38;
export const T_BARE = 39, T_TUPLESUB = 40, T_EXCEPTION = 41, T_VALUESUB = 42, T_MAPPINGPROXY = 43;
export const T_RANGE = 44, T_SLICE = 45, T_SEQITER = 46, T_RANDOM = 47, T_STRUCTSEQ = 48, T_GALIAS = 49, T_UNION = 50;
const NONE = 2, FALSE = 10, TRUE = 18, ELLIPSIS = 34, NOT_IMPLEMENTED = 42;
const TAG_STRING = 1, TAG_FLOAT = 2, TAG_BLOB = 3;

export class Ref implements SharedRef {
  /** Inline caches for str keys (globals, attributes): see containers.ts. */
  ic: Map<string, unknown> | null = null;
  constructor(readonly addr: number, readonly body: number) {}
}

/** This worker's sharing state. */
export const S = {
  heap: null as unknown as SharedHeap,
  /** True once this program shares objects (MainThread: from the first start; thread workers: always). */
  active: false,
  /** One JS handle per heap address. */
  handles: new Map<number, PyObject>(),
  /** Addresses of published objects that have no `_shared` field (functions, classes, instances...). */
  addrs: new Map<PyObject, number>(),
  /** The runtime record: [sys.modules dict, thread-name counter]. */
  runtime: 0,
};

/** Lock support, filled by modules/_thread.ts (avoids an import cycle). */
export const lockCodec = {
  isLock: null as unknown as (o: PyObject) => boolean,
  lockId: null as unknown as (o: PyObject) => number,
  /** make(id, record): a Lock, or an RLock when the record has its owner/count fields (record != 0). */
  make: null as unknown as (id: number, rec: number) => PyObject,
  /** The record fields after the id: none for a Lock, [owner, count] (tagged) for an RLock. */
  fields: null as unknown as (o: PyObject) => number[],
  published: null as unknown as (o: PyObject, addr: number) => void,
};

/**
 * A native type shared through a record of its own, by a file outside this one (an iterator's
 * position, a random.Random's state): keeps type-specific sharing out of the codec.
 */
export interface ExtCodec {
  /** The record's tag (its own T_ number) and field count. */
  readonly tag: number;
  readonly size: number;
  /** Whether `o` is this codec's and can be published as it is now. */
  owns(o: PyObject): boolean;
  /** The record's fields, once the record is registered as `o`'s (so they may refer back to `o`); `o`
   *  then works through the record, as another worker's handle will. */
  fields(o: PyObject, a: number): number[];
  /** Another worker's handle on the record at `a`; `reg(handle)` before decoding fields that may
   *  lead back to it. */
  make(a: number, reg: (o: PyObject) => void): PyObject;
}
const extCodecs: ExtCodec[] = [];
const extByTag = new Map<number, ExtCodec>();
export function registerExtCodec(c: ExtCodec): void {
  extCodecs.push(c);
  extByTag.set(c.tag, c);
}
function extCodecOf(o: PyObject): ExtCodec | null {
  for (const c of extCodecs) if (c.owns(o)) return c;
  return null;
}

/** The hash of a non-str dict key (containers.ts; set there to avoid an import cycle). */
export const keyHashHook = { fn: null as unknown as (k: PyValue) => number };
function dictKeyHash(k: PyValue): number {
  return keyHashHook.fn(k);
}
const never = () => false;
function frozenCopy(s: PySet): PyFrozenSet {
  const f = new PyFrozenSet();
  f.update(s);
  return f;
}

export function unshareable(v: PyValue): never {
  throw typeError(`cannot share '${typeName(v)}' object between threads`);
}

export function addrOf(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyDict || o instanceof PyCell || o instanceof PySet) {
    const r = o._shared;
    if (r !== null) return r.addr;
    return unsharedAddrs.size === 0 ? 0 : (unsharedAddrs.get(o) ?? 0);
  }
  return S.addrs.get(o) ?? 0;
}

/**
 * Addresses of lists, dicts, sets and cells whose `_shared` is not set: those being published (it is set
 * last, once their items are in the heap: a list that contains itself finds its address here) and the
 * registry's builtins. Kept apart from S.addrs, which would otherwise gain an entry per published
 * container for good (~1 us each in a queue of new dicts) and be probed for every local one.
 */
const unsharedAddrs = new Map<PyObject, number>();

// ---------------------------------------------------------------- encode

export function encode(v: PyValue): number {
  const h = S.heap;
  switch (typeof v) {
    case "number":
      return v >= -0x40000000 && v < 0x40000000 ? (v << 1) | 1 : h.allocBlob(String(v));
    case "bigint":
      return h.allocBlob(v.toString());
    case "boolean":
      return v ? TRUE : FALSE;
    case "string":
      return h.allocString(v);
  }
  if (v === null) return NONE;
  if (v instanceof PyFloat) return h.allocFloat(v.value);
  if (v instanceof PyTuple && v.cls === tupleType) {
    const items = v.items;
    const ws = new Array<number>(items.length);
    for (let i = 0; i < items.length; i++) ws[i] = encode(items[i]);
    return h.allocRecord(T_TUPLE, ws);
  }
  if (v instanceof PyFrozenSet && v.cls === frozensetType) {
    // Immutable: copied like a tuple (items in CPython's order, so the copy iterates the same way).
    const items = v.items();
    const ws = new Array<number>(items.length);
    for (let i = 0; i < items.length; i++) ws[i] = encode(items[i]);
    return h.allocRecord(T_FROZENSET, ws);
  }
  if ((v instanceof PyRange && v.cls === rangeType) || (v instanceof PySlice && v.cls === sliceType)) {
    // Immutable: copied like a tuple (`NUMS = range(10)` or `S = slice(1, 3)` read by a worker)
    return h.allocRecord(v instanceof PyRange ? T_RANGE : T_SLICE, [encode(v.start), encode(v.stop), encode(v.step)]);
  }
  if (v instanceof PyStructSeq && (addrOf(v.cls) !== 0 || registryName(v.cls) !== null)) {
    // time.struct_time, sys.version_info: copied as a tuple is, with its type and attribute-only fields
    const items = v.items;
    const ws = [encode(v.cls), encode(new PyTuple(v.hidden))];
    for (let i = 0; i < items.length; i++) ws.push(encode(items[i]));
    return h.allocRecord(T_STRUCTSEQ, ws);
  }
  if (v instanceof PyGenericAlias && v.cls === genericAliasType) {
    // Immutable: copied like a tuple (list[int] in a dataclass's annotations, read by a worker)
    return h.allocRecord(T_GALIAS, [encode(v.origin), ...v.args.map(encode)]);
  }
  if (v instanceof PyUnionType && v.cls === unionType) return h.allocRecord(T_UNION, v.args.map(encode));
  if (v === Ellipsis) return ELLIPSIS;
  if (v === NotImplemented) return NOT_IMPLEMENTED;
  if (v instanceof PyMethod) {
    const fn = v.fn;
    // a builtin type's native classmethod (dict.fromkeys, int.from_bytes): its class and name, read back by getattr
    if (fn instanceof PyBuiltinFunction && fn.self === undefined && v.self instanceof PyType && registryName(fn) === null) {
      const again = getattr(v.self, fn.name);
      if (again instanceof PyMethod && again.fn === fn) return h.allocRecord(T_BMETHOD, [encode(v.self), h.allocString(fn.name)]);
    }
    return h.allocRecord(T_METHOD, [encode(fn), encode(v.self)]);
  }
  if (v instanceof PyBuiltinFunction && v.self !== undefined && registryName(v) === null) {
    return h.allocRecord(T_BMETHOD, [encode(v.self), h.allocString(v.name)]);
  }
  // an unbound native method (executor.map(str.upper, words)): its builtin type and name, read back the same way
  if (v instanceof PyMethodDescriptor && registryName(v.owner) !== null && getattr(v.owner, v.name) === v) {
    return h.allocRecord(T_BMETHOD, [encode(v.owner), h.allocString(v.name)]);
  }
  if (!publishable(v as PyObject)) return encodeOpaque(v as PyObject);
  return publish(v as PyObject);
}

/** Whether publish() can move the object into the heap. */
function publishable(o: PyObject): boolean {
  if (addrOf(o) !== 0) return true;
  // a class statement's subclass of list/dict/set/tuple (a defaultdict, a namedtuple) shares as its base
  if (o instanceof PyList) return o.cls === listType || o.cls.isHeap;
  if (o instanceof PyDict) return o.cls === dictType || o.cls.isHeap;
  if (o instanceof PySet) return o.cls === setType || o.cls.isHeap;
  if (o instanceof PyTuple) return o.cls.isHeap;
  if (o instanceof PyIntSub || o instanceof PyStrSub || o instanceof PyFloatSub) return true;
  if (o instanceof PyType) return o.isHeap || registryName(o) !== null;
  if (o instanceof PyInstance) return o.constructor === PyInstance;
  if (o instanceof PyBareObject || o instanceof PyMappingProxy) return true;
  if (o instanceof PyBaseException) return o.constructor === PyBaseException;
  return o instanceof PyCell || o instanceof PyFunction || o instanceof PyModule || lockCodec.isLock?.(o) ||
    o instanceof PyStaticMethod || o instanceof PyClassMethod || o instanceof PyProperty || registryName(o) !== null ||
    extCodecOf(o) !== null;
}

// Objects that cannot live in the heap (exceptions, iterators, generators, files...) may still be stored
// into a shared place, e.g. `except E as e` at module level: the slot holds an owned record naming this
// worker and a local id. This worker reads back the object itself; other workers get a placeholder
// whose use raises TypeError naming the type.
const workerToken = (Math.floor(Math.random() * 0x3ffffffe) + 1) | 0;
const opaqueIds = new Map<PyObject, number>();
const opaqueObjs = new Map<number, PyObject>();

function encodeOpaque(o: PyObject): number {
  let id = opaqueIds.get(o);
  if (id === undefined) {
    id = opaqueIds.size + 1;
    opaqueIds.set(o, id);
    opaqueObjs.set(id, o);
  }
  const h = S.heap;
  // An iterator's steps can be asked of this thread (remote-iter.ts): the record names its mailbox.
  const mailbox = typeOf(o).slots.next !== undefined ? opaqueHooks.mailbox() : 0;
  return h.allocRecord(T_OPAQUE, [(workerToken << 1) | 1, (id << 1) | 1, h.allocString(typeName(o)), mailbox === 0 ? NONE : mailbox]);
}

/** What remote-iter.ts provides (it imports this module): the calling thread's mailbox, a remote step. */
export const opaqueHooks = {
  mailbox: (): number => 0,
  next: (f: PyForeign): PyValue | undefined => foreignUse(f),
  /** An attribute of another thread's iterator (its step methods), undefined for any other. */
  attr: (_f: PyForeign, _name: string): PyValue | undefined => undefined,
};

/** The object this worker encoded as opaque `id`. */
export function opaqueObject(id: number): PyObject | undefined {
  return opaqueObjs.get(id);
}

/** One per opaque object of another worker (`is` holds): by token and id. */
const foreigners = new Map<string, PyForeign>();

/**
 * Another thread's object that cannot be shared: only an iterator's steps can be taken, by the thread
 * that owns it (`mailbox`, remote-iter.ts); any other use raises TypeError naming it.
 */
export class PyForeign extends PyObject implements PyIterator {
  constructor(readonly typeName: string, readonly mailbox = 0, readonly id = 0) { super(); }
  next(): PyValue | undefined {
    return this.mailbox === 0 ? foreignUse(this) : opaqueHooks.next(this);
  }
}
function foreignUse(o: PyForeign): never {
  throw typeError(`cannot use '${o.typeName}' object of another thread (it cannot be shared between threads)`);
}
// every use of the placeholder names the object (not "'foreign_object' object is not subscriptable")
export const foreignType = defineType("foreign_object", {
  proto: PyForeign,
  slots: {
    repr: (o: PyForeign) => `<'${o.typeName}' object of another thread>`,
    getattro: (o: PyForeign, name: string) => (o.mailbox !== 0 ? opaqueHooks.attr(o, name) : undefined) ?? foreignUse(o),
    setattro: foreignUse, len: foreignUse, getitem: foreignUse,
    setitem: foreignUse, delitem: foreignUse, call: foreignUse,
    iter: (o: PyForeign) => (o.mailbox === 0 ? foreignUse(o) : o),
    next: (o: PyForeign) => o.next(),
    // `v in it` steps an iterator until it finds v, as for any iterator
    contains: (o: PyForeign, v: PyValue) => {
      if (o.mailbox === 0) foreignUse(o);
      for (let x = o.next(); x !== undefined; x = o.next()) if (x === v || pyEquals(x, v)) return true;
      return false;
    },
  },
});

/** Frees what a slot owned once the slot no longer holds it (copied immutables only). */
export function retireOwned(w: number): void {
  if ((w & 7) !== 0 || w === 0) return;
  const h = S.heap;
  const t = h.tag(w);
  if (t === TAG_STRING || t === TAG_FLOAT || t === TAG_BLOB) h.retire(w);
  else if (t === T_TUPLE || t === T_FROZENSET || t === T_METHOD || t === T_BMETHOD || t === T_OPAQUE || t === T_RANGE || t === T_SLICE ||
    t === T_STRUCTSEQ || t === T_GALIAS || t === T_UNION) {
    const n = h.recordLength(w);
    for (let i = 0; i < n; i++) retireOwned(h.recordGet(w, i));
    h.retire(w);
  }
}

/**
 * Builtin types that no module names (CPython's types module has them), by the name they travel under:
 * type(None) or the function type in a shared place (the copy module's table of atomic types).
 */
let unnamedTypes: Map<string, PyType> | null = null;
function unnamedType(name: string): PyType | undefined {
  unnamedTypes ??= new Map([noneType, notImplementedType, ellipsisType, functionType, builtinFunctionType].map((t) => [t.name, t]));
  return unnamedTypes.get(name) ?? builtinTypesByName.get(name) ?? undefined;
}

/** The registry name of a builtin function, builtin type, sys stream or builtins dict; null if it has none. */
export function registryName(o: PyObject): string | null {
  if (o === builtinsDict) return "#builtins";
  // sys.stdout stored where a thread reads it (a global `out`, a logging handler, a thread's argument)
  const stream = sysStreamName(o);
  if (stream !== null) return `m:sys:${stream}`;
  if (!(o instanceof PyBuiltinFunction) && !(o instanceof PyType)) return null;
  if (o instanceof PyType && o.isHeap) return null; // a class: published as itself (shared dicts hash it by that)
  const name = o.name;
  if (o instanceof PyType && unnamedType(name) === o) return "t:" + name;
  if (builtinsDict.getStr(name) === o) return "b:" + name;
  for (const [mname, m] of rt.modules) {
    if (m.file === null && m.dict!.getStr(name) === o) return `m:${mname}:${name}`;
  }
  // a builtin type only `type(x)` reaches (types.MappingProxyType, types.MethodType...), by its own name
  if (o instanceof PyType && builtinTypesByName.get(name) === o) return "t:" + name;
  // a struct sequence type no module names (sys.version_info's): as the type of that module attribute
  if (o instanceof PyType) {
    for (const [mname, m] of rt.modules) {
      if (m.file !== null) continue;
      for (const [k, v] of m.dict!.entries()) if (v instanceof PyStructSeq && v.cls === o) return `y:${mname}:${k as string}`;
    }
  }
  return null;
}

function resolveName(name: string): PyValue {
  if (name === "#builtins") return builtinsDict;
  let v: PyValue | undefined;
  if (name.startsWith("b:")) v = builtinsDict.getStr(name.slice(2));
  else if (name.startsWith("t:")) v = unnamedType(name.slice(2));
  else {
    const [kind, mname, attr] = name.split(":");
    v = importModule(mname).dict!.getStr(attr);
    if (kind === "y" && v !== undefined) v = typeOf(v);
  }
  if (v === undefined) throw new Error(`internal: shared builtin ${name} not found`);
  return v;
}

function register(o: PyObject, a: number): void {
  S.handles.set(a, o);
  noteAddr(o, a);
}
/** Where addrOf will find `a` for `o` (a container's `_shared`, once set, says it itself). */
function noteAddr(o: PyObject, a: number): void {
  if (o instanceof PyList || o instanceof PyDict || o instanceof PyCell || o instanceof PySet) {
    if (o._shared === null) unsharedAddrs.set(o, a); // until published()
  } else S.addrs.set(o, a);
}
/** A list, dict or set registered while its `_shared` was unset now has it. */
function published(o: PyObject): void {
  unsharedAddrs.delete(o);
}
function unregister(o: PyObject, a: number): void {
  S.handles.delete(a);
  S.addrs.delete(o);
  unsharedAddrs.delete(o);
}

/**
 * Publishes `v` now if it is a mutable object that storing it into a shared place would publish, so a
 * caller about to store it while holding a lock (queue.put) does the heap work before taking the lock.
 * Immutable values (copied into the slot at the store) and already-published objects are left alone.
 */
export function prepublish(v: PyValue): void {
  if (!(v instanceof PyObject) || v instanceof PyTuple || v instanceof PyFrozenSet || v instanceof PyFloat) return;
  if (v instanceof PyMethod || v instanceof PyBuiltinFunction || addrOf(v) !== 0 || !publishable(v)) return;
  const h = S.heap;
  h.enter();
  try { publish(v); } finally { h.leave(); }
}

/** The class and attribute dict of a builtin-subclass instance, as a (cls, dict-or-None) tuple record. */
function encodeSubclass(o: PyObject): number {
  return encode(new PyTuple([o.cls, o.dict]));
}
/** Gives a decoded list/dict/set/tuple the subclass and attributes of the record encodeSubclass made. */
function decodeSubclass(o: PyObject, w: number): void {
  if (w === NONE) return;
  const [cls, attrs] = (decode(w) as PyTuple).items;
  o.cls = cls as PyType;
  o.dict = attrs as PyDict | null;
}

/** Moves a local object into the heap (recursively); returns its address. Idempotent. */
export function publish(o: PyObject): number {
  const known = addrOf(o);
  if (known !== 0) return known;
  const h = S.heap;
  const rn = registryName(o);
  if (rn !== null) {
    const a = h.allocRecord(T_BUILTIN, [h.allocString(rn)]);
    register(o, a);
    return a;
  }
  if (o instanceof PyList) {
    if (o.cls !== listType && !o.cls.isHeap) unshareable(o);
    const items = o.snapshot();
    const list = h.listNew(items.length);
    const a = h.allocRecord(T_LIST, [list, NONE]);
    register(o, a);
    const ws = new Array<number>(items.length);
    try {
      if (o.cls !== listType) h.recordSet(a, 1, encodeSubclass(o));
      for (let i = 0; i < items.length; i++) ws[i] = encode(items[i]);
    } catch (e) {
      unregister(o, a);
      throw e;
    }
    h.listExtend(list, ws);
    o.clear();
    o._shared = new Ref(a, list);
    published(o);
    return a;
  }
  if (o instanceof PyDict) {
    if (o.cls !== dictType && !o.cls.isHeap) unshareable(o);
    const entries = o.entries();
    const table = h.tableNew(entries.length);
    const a = h.allocRecord(T_DICT, [table, NONE]);
    register(o, a);
    const ws: number[] = [];
    try {
      if (o.cls !== dictType) h.recordSet(a, 1, encodeSubclass(o));
      for (const [k, v] of entries) {
        if (typeof k !== "string") ws.push(dictKeyHash(k), encode(k));
        ws.push(encode(v));
      }
    } catch (e) {
      unregister(o, a);
      throw e;
    }
    let j = 0;
    for (const [k] of entries) {
      if (typeof k === "string") h.tableSetStr(table, h.hashString(k), k, ws[j++]);
      else { h.tableSet(table, ws[j], ws[j + 1], ws[j + 2], never); j += 3; }
    }
    o.dropLocal();
    o._shared = new Ref(a, table);
    published(o);
    return a;
  }
  if (o instanceof PySet) {
    if (o.cls !== setType && !o.cls.isHeap) unshareable(o);
    const items = o.items();
    const table = h.tableNew(items.length);
    const a = h.allocRecord(T_SET, [table, NONE]);
    register(o, a);
    const ws: number[] = [];
    try {
      if (o.cls !== setType) h.recordSet(a, 1, encodeSubclass(o));
      for (const k of items) {
        if (typeof k !== "string") ws.push(dictKeyHash(k), encode(k instanceof PySet && k.cls === setType ? frozenCopy(k) : k));
      }
    } catch (e) {
      unregister(o, a);
      throw e;
    }
    let j = 0;
    for (const k of items) {
      if (typeof k === "string") h.tableSetStr(table, h.hashString(k), k, TRUE);
      else { h.tableSet(table, ws[j], ws[j + 1], TRUE, never); j += 2; }
    }
    o.clear();
    o._shared = new Ref(a, table);
    published(o);
    return a;
  }
  if (o instanceof PyTuple) {
    // a tuple subclass instance has an identity (and maybe attributes): published, not copied
    if (!o.cls.isHeap) unshareable(o);
    const n = o.items.length;
    const a = h.allocRecord(T_TUPLESUB, new Array<number>(n + 1).fill(NONE));
    register(o, a);
    h.recordSet(a, 0, encodeSubclass(o));
    for (let i = 0; i < n; i++) h.recordSet(a, i + 1, encode(o.items[i]));
    return a;
  }
  if (o instanceof PyIntSub || o instanceof PyStrSub || o instanceof PyFloatSub) {
    // an int, float or str subclass instance (`class Tag(str)`): its immutable value, its class and attributes
    const a = h.allocRecord(T_VALUESUB, [NONE, NONE]);
    register(o, a);
    h.recordSet(a, 0, encodeSubclass(o));
    h.recordSet(a, 1, encode(o instanceof PyFloatSub ? new PyFloat(o.value) : o.value));
    return a;
  }
  if (o instanceof PyBaseException) {
    // An exception one thread stores and another reads or raises (errors.append(e), self.exc = e): each
    // thread gets its own copy, whose traceback entries keep their source and caret lines as text (the
    // AST nodes their carets come from stay with the thread that raised).
    if (o.constructor !== PyBaseException) unshareable(o);
    // The fields its constructor or the interpreter set beside args (OSError's errno/strerror/filename,
    // ImportError's name/path, what "Did you mean" needs) travel too: an OSError(2, msg, "data.csv") raised
    // in a worker and read in main (future.exception(), errors.append(e)) keeps its filename and its str.
    const a = h.allocRecord(T_EXCEPTION, new Array<number>(10).fill(NONE));
    register(o, a);
    const tb = o.traceback.map((e) => new PyTuple([e.file, e.name, e.line, e.text ?? entrySource(e)]));
    const os = o.os ? new PyTuple([o.os.errno, o.os.strerror, o.os.filename, o.os.filename2]) : null;
    const imp = o.imp ? new PyTuple([o.imp.name, o.imp.path]) : null;
    const sg = o.suggest;
    const suggest =
      sg === null ? null
      : sg.kind === "attr" ? new PyTuple(["attr", sg.name, sg.obj])
      : sg.globals instanceof PyDict ? new PyTuple(["name", sg.name, new PyTuple(sg.varnames), sg.globals])
      : null;
    const fields = [
      encode(o.cls), encode(new PyTuple(o.args)), o.dict ? publish(o.dict) : NONE, encode(o.cause),
      encode(o.context), o.suppressContext ? TRUE : FALSE, encode(new PyTuple(tb)), encode(os), encode(imp),
      encode(suggest),
    ];
    for (let i = 0; i < fields.length; i++) h.recordSet(a, i, fields[i]);
    return a;
  }
  if (o instanceof PyCell) {
    const v = o.get();
    const a = h.allocRecord(T_CELL, [0]);
    o._shared = new Ref(a, a);
    register(o, a);
    if (v !== undefined) h.recordSet(a, 0, encode(v));
    return a;
  }
  if (o instanceof PyFunction) {
    const a = h.allocRecord(T_FUNCTION, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    register(o, a);
    const kw = o.kwdefaults;
    let kwd = NONE;
    if (kw) {
      const d = new PyDict();
      for (const [k, v] of kw) d.setStr(k, v);
      kwd = publish(d);
    }
    const fields = [
      encodeCode(o.code),
      publish(o.globals),
      encode(new PyTuple(o.defaults)),
      kwd,
      o.closure ? encode(new PyTuple(o.closure)) : NONE,
      h.allocString(o.name),
      h.allocString(o.qualname),
      encode(o.module),
      encode(o.doc),
      o.dict ? publish(o.dict) : NONE,
    ];
    for (let i = 0; i < fields.length; i++) h.recordSet(a, i, fields[i]);
    return a;
  }
  if (o instanceof PyType) {
    if (!o.isHeap) unshareable(o);
    const a = h.allocRecord(T_CLASS, [0, 0, 0, 0, 0, 0]);
    register(o, a);
    const attrs = new PyDict();
    for (const [k, v] of o.ownEntries()) attrs.setStr(k, v);
    publish(attrs);
    o.shareAttrs(attrs); // Cls.x = v from now on is seen by every thread
    const fields = [
      h.allocString(o.name),
      h.allocString(o.qualname),
      h.allocString(o.module),
      encode(new PyTuple(o.bases)),
      publish(attrs),
      encode(o.cls),
    ];
    for (let i = 0; i < fields.length; i++) h.recordSet(a, i, fields[i]);
    return a;
  }
  if (o instanceof PyInstance && o.constructor === PyInstance) {
    const a = h.allocRecord(T_INSTANCE, [0, 0]);
    register(o, a);
    h.recordSet(a, 0, encode(o.cls));
    h.recordSet(a, 1, publish(o.dict!));
    return a;
  }
  if (o instanceof PyMappingProxy) {
    // a read-only view: its mapping is published (a dict then shared), so every thread sees its changes
    const a = h.allocRecord(T_MAPPINGPROXY, [NONE]);
    register(o, a);
    h.recordSet(a, 0, encode(o.mapping));
    return a;
  }
  if (o instanceof PyBareObject) {
    // `SENTINEL = object()`: a record with no fields; identity is the heap address (one handle per worker).
    const a = h.allocRecord(T_BARE, [NONE]);
    register(o, a);
    return a;
  }
  if (o instanceof PyModule) {
    if (o.file === null) {
      const a = h.allocRecord(T_NATIVEMOD, [h.allocString(o.name)]);
      register(o, a);
      return a;
    }
    const a = h.allocRecord(T_MODULE, [h.allocString(o.name), h.allocString(o.file), 0]);
    register(o, a);
    h.recordSet(a, 2, publish(o.dict!));
    return a;
  }
  if (lockCodec.isLock?.(o)) {
    const a = h.allocRecord(T_LOCK, [(lockCodec.lockId(o) << 1) | 1, ...lockCodec.fields(o)]);
    register(o, a);
    lockCodec.published(o, a);
    return a;
  }
  if (o instanceof PyStaticMethod || o instanceof PyClassMethod) {
    const a = h.allocRecord(o instanceof PyStaticMethod ? T_STATIC : T_CLASSMETHOD, [0]);
    register(o, a);
    h.recordSet(a, 0, encode(o.fn));
    return a;
  }
  if (o instanceof PyProperty) {
    const a = h.allocRecord(T_PROPERTY, [0, 0, 0, 0, 0]);
    register(o, a);
    const fs = [encode(o.fget), encode(o.fset), encode(o.fdel), encode(o.doc), encode(o.name)];
    for (let i = 0; i < 5; i++) h.recordSet(a, i, fs[i]);
    return a;
  }
  const ext = extCodecOf(o);
  if (ext !== null) {
    const a = h.allocRecord(ext.tag, new Array<number>(ext.size).fill(NONE));
    register(o, a);
    let fs: number[];
    try { fs = ext.fields(o, a); } catch (e) {
      unregister(o, a);
      throw e;
    }
    for (let i = 0; i < fs.length; i++) h.recordSet(a, i, fs[i]);
    return a;
  }
  return unshareable(o);
}

// ---------------------------------------------------------------- decode

export function decode(w: number): PyValue {
  if ((w & 1) === 1) return w >> 1;
  if ((w & 7) === 0) {
    if (w === 0) throw new Error("internal: decoding an EMPTY word");
    return decodeBlock(w);
  }
  switch (w) {
    case NONE: return null;
    case TRUE: return true;
    case FALSE: return false;
    case ELLIPSIS: return Ellipsis;
    case NOT_IMPLEMENTED: return NotImplemented;
  }
  throw new Error(`internal: bad heap word ${w}`);
}

function decodeBlock(a: number): PyValue {
  const h = S.heap;
  const t = h.tag(a);
  switch (t) {
    case TAG_STRING: return h.readString(a);
    case TAG_FLOAT: return new PyFloat(h.readFloat(a));
    case TAG_BLOB: {
      const b = BigInt(h.readString(a));
      const n = Number(b);
      return Number.isSafeInteger(n) ? n : b;
    }
    case T_TUPLE: {
      const n = h.recordLength(a);
      const items = new Array<PyValue>(n);
      for (let i = 0; i < n; i++) items[i] = decode(h.recordGet(a, i));
      return new PyTuple(items);
    }
    case T_STRUCTSEQ: {
      const items: PyValue[] = [];
      for (let i = 2, n = h.recordLength(a); i < n; i++) items.push(decode(h.recordGet(a, i)));
      return new PyStructSeq(decode(h.recordGet(a, 0)) as PyType, items, (decode(h.recordGet(a, 1)) as PyTuple).items.slice());
    }
    case T_TUPLESUB: {
      const items: PyValue[] = [];
      const o = new PyTuple(items);
      register(o, a);
      decodeSubclass(o, h.recordGet(a, 0));
      for (let i = 1, n = h.recordLength(a); i < n; i++) items.push(decode(h.recordGet(a, i)));
      return o;
    }
    case T_VALUESUB: {
      const v = decode(h.recordGet(a, 1));
      const o = typeof v === "string" ? new PyStrSub(v) : v instanceof PyFloat ? new PyFloatSub(v.value) : new PyIntSub(v as number | bigint);
      register(o, a);
      decodeSubclass(o, h.recordGet(a, 0));
      return o;
    }
    case T_FROZENSET: {
      const n = h.recordLength(a);
      const f = new PyFrozenSet();
      for (let i = 0; i < n; i++) f.add(decode(h.recordGet(a, i)));
      return f;
    }
    case T_RANGE:
      return new PyRange(decode(h.recordGet(a, 0)) as number, decode(h.recordGet(a, 1)) as number, decode(h.recordGet(a, 2)) as number);
    case T_SLICE: return new PySlice(decode(h.recordGet(a, 0)), decode(h.recordGet(a, 1)), decode(h.recordGet(a, 2)));
    case T_GALIAS: case T_UNION: {
      const items: PyValue[] = [];
      for (let i = 0, n = h.recordLength(a); i < n; i++) items.push(decode(h.recordGet(a, i)));
      return t === T_UNION ? new PyUnionType(items) : new PyGenericAlias(items[0], items.slice(1));
    }
    case T_METHOD: return new PyMethod(decode(h.recordGet(a, 0)), decode(h.recordGet(a, 1)));
    case T_BMETHOD: return getattr(decode(h.recordGet(a, 0)), h.readString(h.recordGet(a, 1)));
    case T_OPAQUE: {
      const token = h.recordGet(a, 0) >> 1, id = h.recordGet(a, 1) >> 1;
      if (token === workerToken) {
        const o = opaqueObjs.get(id);
        if (o !== undefined) return o;
      }
      const key = `${token}:${id}`;
      let f = foreigners.get(key);
      if (f === undefined) {
        const mailbox = h.recordLength(a) > 3 ? h.recordGet(a, 3) : NONE;
        foreigners.set(key, (f = new PyForeign(h.readString(h.recordGet(a, 2)), mailbox === NONE ? 0 : mailbox, id)));
      }
      return f;
    }
  }
  const o = S.handles.get(a);
  if (o !== undefined) return o;
  return materialize(a, t);
}

function str(a: number, i: number): string {
  return S.heap.readString(S.heap.recordGet(a, i));
}

/** Makes this worker's handle for a shared object it has not seen yet. */
function materialize(a: number, t: number): PyObject {
  const h = S.heap;
  switch (t) {
    case T_LIST: {
      const l = new PyList();
      l._shared = new Ref(a, h.recordGet(a, 0));
      register(l, a);
      decodeSubclass(l, h.recordGet(a, 1));
      return l;
    }
    case T_DICT: {
      const d = new PyDict();
      d.dropLocal();
      d._shared = new Ref(a, h.recordGet(a, 0));
      register(d, a);
      decodeSubclass(d, h.recordGet(a, 1));
      return d;
    }
    case T_SET: {
      const st = new PySet();
      st._shared = new Ref(a, h.recordGet(a, 0));
      register(st, a);
      decodeSubclass(st, h.recordGet(a, 1));
      return st;
    }
    case T_CELL: {
      const c = new PyCell();
      c._shared = new Ref(a, a);
      register(c, a);
      return c;
    }
    case T_BUILTIN: {
      const o = resolveName(str(a, 0)) as PyObject;
      S.handles.set(a, o);
      if (addrOf(o) === 0) noteAddr(o, a);
      return o;
    }
    case T_NATIVEMOD: {
      const m = importModule(str(a, 0));
      S.handles.set(a, m);
      if (addrOf(m) === 0) noteAddr(m, a);
      return m;
    }
    case T_MODULE: {
      const dict = decode(h.recordGet(a, 2)) as PyDict;
      const m = new PyModule(str(a, 0), dict, str(a, 1));
      m.lazy = libraryLazyHooks.get(m.name) ?? null;
      register(m, a);
      return m;
    }
    case T_EXCEPTION: {
      const e = new PyBaseException(decode(h.recordGet(a, 0)) as PyType, []);
      register(e, a);
      e.args = (decode(h.recordGet(a, 1)) as PyTuple).items.slice();
      const dw = h.recordGet(a, 2);
      if (dw !== NONE) e.dict = decode(dw) as PyDict;
      e.cause = decode(h.recordGet(a, 3)) as PyBaseException | null;
      e.context = decode(h.recordGet(a, 4)) as PyBaseException | null;
      e.suppressContext = h.recordGet(a, 5) === TRUE;
      e.traceback = (decode(h.recordGet(a, 6)) as PyTuple).items.map((t): TbEntry => {
        const [file, name, line, text] = (t as PyTuple).items as [string, string, number, string];
        return { file, name, line, loc: null, text };
      });
      const os = decode(h.recordGet(a, 7)) as PyTuple | null;
      if (os) {
        const [errno, strerror, filename, filename2] = os.items;
        e.os = { errno, strerror, filename, filename2 };
      }
      const imp = decode(h.recordGet(a, 8)) as PyTuple | null;
      if (imp) e.imp = { name: imp.items[0], path: imp.items[1] };
      const sg = decode(h.recordGet(a, 9)) as PyTuple | null;
      if (sg) {
        const it = sg.items;
        e.suggest =
          it[0] === "attr" ? { kind: "attr", name: it[1] as string, obj: it[2] }
          : { kind: "name", name: it[1] as string, varnames: (it[2] as PyTuple).items as string[], globals: it[3] as PyDict };
      }
      return e;
    }
    case T_MAPPINGPROXY: {
      // registered before its mapping is decoded: a mapping may hold its own proxy
      const o = new PyMappingProxy(null as unknown as PyDict);
      register(o, a);
      (o as { mapping: PyValue }).mapping = decode(h.recordGet(a, 0));
      return o;
    }
    case T_BARE: {
      const o = new PyBareObject();
      register(o, a);
      return o;
    }
    case T_INSTANCE: {
      const cls = decode(h.recordGet(a, 0)) as PyType;
      const o = new PyInstance(cls);
      register(o, a);
      o.dict = decode(h.recordGet(a, 1)) as PyDict;
      return o;
    }
    case T_CLASS: {
      const meta = decode(h.recordGet(a, 5)) as PyType;
      const cls = new PyType(str(a, 0), [], meta);
      register(cls, a);
      const bases = (decode(h.recordGet(a, 3)) as PyTuple).items as PyType[];
      cls.bases = bases;
      cls.isHeap = true;
      cls.mro = computeMro(cls);
      cls.solidBase = bases[0].solidBase;
      cls.qualname = str(a, 1);
      cls.module = str(a, 2);
      cls.shareAttrs(decode(h.recordGet(a, 4)) as PyDict);
      cls.slotNames = instanceSlots(cls);
      for (const b of bases) b.subclasses.push(cls);
      inheritSlots(cls);
      return cls;
    }
    case T_FUNCTION: {
      const code = codeFromRef(h.recordGet(a, 0));
      const globals = decode(h.recordGet(a, 1)) as PyDict;
      const defaults = (decode(h.recordGet(a, 2)) as PyTuple).items.slice();
      const kwd = h.recordGet(a, 3);
      let kw: Map<string, PyValue> | null = null;
      if (kwd !== NONE) {
        kw = new Map();
        for (const [k, v] of (decode(kwd) as PyDict).entries()) kw.set(k as string, v);
      }
      const cw = h.recordGet(a, 4);
      const closure = cw === NONE ? null : ((decode(cw) as PyTuple).items.slice() as PyCell[]);
      const fn = new PyFunction(str(a, 5), code, globals, defaults, kw, closure);
      register(fn, a);
      fn.qualname = str(a, 6);
      fn.module = decode(h.recordGet(a, 7));
      fn.doc = decode(h.recordGet(a, 8));
      const dw = h.recordGet(a, 9);
      if (dw !== NONE) fn.dict = decode(dw) as PyDict;
      return fn;
    }
    case T_LOCK: {
      const l = lockCodec.make(h.recordGet(a, 0) >> 1, h.recordLength(a) > 1 ? a : 0);
      register(l, a);
      return l;
    }
    case T_STATIC: case T_CLASSMETHOD: {
      const fn = decode(h.recordGet(a, 0));
      const o = t === T_STATIC ? new PyStaticMethod(fn) : new PyClassMethod(fn);
      register(o, a);
      return o;
    }
    case T_PROPERTY: {
      const name = decode(h.recordGet(a, 4));
      const p = new PyProperty(decode(h.recordGet(a, 0)), decode(h.recordGet(a, 1)), decode(h.recordGet(a, 2)), decode(h.recordGet(a, 3)), typeof name === "string" ? name : null);
      register(p, a);
      return p;
    }
  }
  const ext = extByTag.get(t);
  if (ext !== undefined) return ext.make(a, (o) => register(o, a));
  throw new Error(`internal: unknown shared block tag ${t} at ${a}`);
}

/** id() of a shared object: its address, the same in every worker. */
export function sharedId(o: object): number | undefined {
  if (!S.active || !(o instanceof PyObject)) return undefined;
  const a = addrOf(o);
  return a === 0 ? undefined : 0x7e0000000000 + a * 2;
}
