// The object model's core: PyValue, PyObject, PyFloat, PyType (C3 MRO, attribute table, slots) and
// defineType. This file imports nothing at runtime so every type file can import it first.
//
// README — where things go (read this before adding a type or a builtin):
// - A Python type = one file in objects/ that ends with `export const xType = defineType("x", {...})`
//   (methods in one table: `const listMethods: Methods = { append, pop }`, slot functions named
//   `listRepr`, `listIter`, ...). The core types typeOf() needs (object, type, int, bool, float, str,
//   NoneType) are created here as empty shells; their files fill them with `fillType(strType, {...})`.
// - A native method is `(self, args, kwnames) => PyValue` (call protocol in protocol/call.ts: positional
//   values first, then one value per name in `kwnames`, as CPython's vectorcall). A native function is
//   `(args, kwnames) => PyValue`. Raise with helpers from objects/exceptions.ts: `throw typeError("...")`.
// - Builtins (len, print, ...) register by name: `registerBuiltin("len", fn)` in registry.ts, which
//   fills the `builtins` module dict; builtin modules register with `registerModule("math", factory)`.
//   Another worker finds the same builtin by its name.
// - Protocols: attribute access protocol/attr.ts; calls protocol/call.ts; iteration protocol/iter.ts
//   (`iterate(v)` gives a PyIterator whose `next()` returns undefined at the end); numbers and
//   comparison protocol/ops.ts (binaryOp, compare, truthy, pyEquals, pyHash); repr/str protocol/repr.ts.
// - Mutable state of an object is private to the file defining its type (docs/internals.md).
// - Code: compile/ turns the AST into closures (scope.ts = symtable, code.ts = PyFunction bodies and
//   argument binding, expressions/calls/targets/statements/functions.ts per node kind); frame.ts is
//   the activation record; compile/errors.ts attaches source positions to exceptions; traceback.ts
//   prints them. Compiled attribute sites cache lookups keyed on (type, typeAttrVersion): change a
//   type's attributes only through PyType.setOwn/deleteOwn so the version moves.

import type { PyDict } from "./dict.js";
import { typeOps } from "../shared/hooks.js";

/** A Python value (docs/internals.md): int = number|bigint, bool = boolean, None = null, str = string. */
export type PyValue = number | bigint | boolean | null | string | PyFloat | PyObject;

/** Python float, boxed so that 1 and 1.0 stay distinct. */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** Base of every non-primitive Python value. `cls` and `dict` may live on the prototype (see defineType). */
export abstract class PyObject {
  declare cls: PyType;
  /** Instance attributes (user-class instances, functions, modules); null when the type has none. */
  declare dict: PyDict | null;
}
(PyObject.prototype as { dict: PyDict | null }).dict = null;

export type NativeFn = (args: PyValue[], kwnames: string[] | null) => PyValue;
export type NativeMethod = (self: any, args: PyValue[], kwnames: string[] | null) => PyValue;
export type Methods = Record<string, NativeMethod>;

/** JS-level fast paths of a type (CPython's tp_* slots). Each has a Python dunder (SLOT_DUNDERS). */
export interface Slots {
  repr?: (o: any) => string;
  str?: (o: any) => string;
  hash?: (o: any) => number;
  /** Returns a JS iterator over the object (protocol/iter.ts). */
  iter?: (o: any) => PyIterator;
  /** __next__: returns undefined when exhausted (no StopIteration object is created). */
  next?: (o: any) => PyValue | undefined;
  len?: (o: any) => number;
  getitem?: (o: any, key: PyValue) => PyValue;
  setitem?: (o: any, key: PyValue, v: PyValue) => void;
  delitem?: (o: any, key: PyValue) => void;
  contains?: (o: any, v: PyValue) => boolean;
  bool?: (o: any) => boolean;
  call?: (o: any, args: PyValue[], kwnames: string[] | null) => PyValue;
  /** __new__: creates an instance of `cls` (a subtype of this type). */
  new?: (cls: PyType, args: PyValue[], kwnames: string[] | null) => PyValue;
  init?: (o: any, args: PyValue[], kwnames: string[] | null) => void;
  format?: (o: any, spec: string) => string;
  /** Full attribute lookup override (modules, types, __getattribute__); undefined = not found. */
  getattro?: (o: any, name: string) => PyValue | undefined;
  setattro?: (o: any, name: string, v: PyValue) => void;
  delattro?: (o: any, name: string) => void;
  /** Descriptor protocol: `obj` is undefined when looked up on the class itself. */
  get?: (d: any, obj: PyValue | undefined, type: PyType) => PyValue;
  set?: (d: any, obj: PyValue, v: PyValue) => void;
  delete?: (d: any, obj: PyValue) => void;
}
export type SlotName = keyof Slots;
export const SLOT_DUNDERS: Record<SlotName, string> = {
  repr: "__repr__", str: "__str__", hash: "__hash__", iter: "__iter__", next: "__next__", len: "__len__",
  getitem: "__getitem__", setitem: "__setitem__", delitem: "__delitem__", contains: "__contains__",
  bool: "__bool__", call: "__call__", new: "__new__", init: "__init__", format: "__format__",
  getattro: "__getattribute__", setattro: "__setattr__", delattro: "__delattr__",
  get: "__get__", set: "__set__", delete: "__delete__",
};

/** The JS side of iteration: next() returns undefined at the end. */
export interface PyIterator {
  next(): PyValue | undefined;
}

/**
 * Bumped whenever any type's attribute table changes: compiled code caches attribute lookups per
 * site keyed on (type, typeAttrVersion). Per worker: once classes are shared between threads, lookup()
 * also bumps it when another thread changed a shared class's attribute set (shared/containers.ts).
 */
export let typeAttrVersion = 0;
/** Marks "looked up, not found" in a type's attribute cache. */
const ABSENT: unique symbol = Symbol("absent");
/** In a type's attribute cache: the name is defined by this shared class; read its value each time. */
class SharedOwner {
  constructor(readonly t: PyType) {}
}

export class PyType extends PyObject {
  /** Method resolution order, this type first. */
  mro: PyType[] = [];
  slots: Slots = {};
  /** The slots this builtin type itself implements (slots = these + inherited ones). */
  nativeSlots: Slots = {};
  /** Set for types created by a class statement (instances get a __dict__). */
  isHeap = false;
  /** False for types like bool that cannot be subclassed. */
  baseType = true;
  /** The builtin exception/instance layout this type's instances use (nearest builtin base). */
  solidBase: PyType | null = null;
  /**
   * The attribute names its instances may have when __slots__ (here and in every base) leaves them no
   * __dict__; null when they have one. They still keep their attributes in a dict (so instances share
   * between threads as any other): this only refuses other names, as CPython's missing __dict__ does.
   */
  slotNames: Set<string> | null = null;
  /** A class statement's last namespace key: C.__dict__ shows what type_new adds (members, __dict__,
   *  __weakref__, __doc__) after it, before what was set later (member.ts classDictView). */
  nsEnd: string | null = null;
  module = "builtins";
  qualname: string;

  /**
   * The name CPython's messages use (its tp_name): a class statement's type and a builtin are named
   * alone, a native type of another module with it ('_thread.lock', '_io.TextIOWrapper').
   */
  get tpName(): string {
    if (this.module === "builtins") return this.name;
    if (!this.isHeap) return PYTHON_IN_CPYTHON.has(this) ? this.name : `${this.module}.${this.name}`;
    // pyt's library modules are Python: their classes that CPython writes in C are named as its are
    return this.module === "itertools" || NATIVE_IN_CPYTHON.has(`${this.module}.${this.name}`) ? `${this.module}.${this.name}` : this.name;
  }
  private readonly _attrs = new Map<string, PyValue>();
  /** A class shared between threads keeps its attributes in this shared dict instead (shared/). */
  private _sd: PyDict | null = null;
  private _owner: SharedOwner | null = null;
  private _cache = new Map<string, PyValue | typeof ABSENT | SharedOwner>();
  private _cacheVersion = -1;
  subclasses: PyType[] = [];

  constructor(public name: string, public bases: PyType[], metatype?: PyType) {
    super();
    this.qualname = name;
    if (metatype) this.cls = metatype;
  }

  /** The attribute `name` found along the MRO (cached), or undefined. */
  lookup(name: string): PyValue | undefined {
    if (typeOps.active && typeOps.changed()) typeAttrVersion++;
    if (this._cacheVersion !== typeAttrVersion) {
      this._cache.clear();
      this._cacheVersion = typeAttrVersion;
    }
    const c = this._cache.get(name);
    if (c !== undefined) {
      if (c === ABSENT) return undefined;
      if (!(c instanceof SharedOwner)) return c as PyValue;
      const v = c.t._sd!.getStr(name);
      if (v !== undefined) return v;
    }
    let v: PyValue | undefined;
    for (const t of this.mro) {
      if (t._sd === null) v = t._attrs.get(name);
      else if ((v = t._sd.getStr(name)) !== undefined) {
        this._cache.set(name, t._owner!);
        return v;
      }
      if (v !== undefined) break;
    }
    this._cache.set(name, v === undefined ? ABSENT : v);
    return v;
  }
  /** The type in the MRO whose own table defines `name`. */
  lookupOwner(name: string): PyType | undefined {
    for (const t of this.mro) if (t.owns(name)) return t;
    return undefined;
  }
  /** Whether this type's own table defines `name`. */
  owns(name: string): boolean {
    return this._sd === null ? this._attrs.has(name) : this._sd.getStr(name) !== undefined;
  }
  getOwn(name: string): PyValue | undefined {
    return this._sd === null ? this._attrs.get(name) : this._sd.getStr(name);
  }
  setOwn(name: string, v: PyValue): void {
    if (this._sd === null) this._attrs.set(name, v);
    else typeOps.set(this._sd, name, v);
    typeAttrVersion++;
  }
  deleteOwn(name: string): boolean {
    typeAttrVersion++;
    return this._sd === null ? this._attrs.delete(name) : typeOps.delete(this._sd, name);
  }
  ownEntries(): [string, PyValue][] {
    return this._sd === null ? [...this._attrs] : (this._sd.entries() as [string, PyValue][]);
  }
  /** The class is shared between threads: its attributes live in `d` (a shared dict) from now on. */
  shareAttrs(d: PyDict): void {
    this._sd = d;
    this._owner = new SharedOwner(this);
    this._attrs.clear();
    typeAttrVersion++;
  }
  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const m = this.mro;
    for (let i = 1; i < m.length; i++) if (m[i] === other) return true;
    return false;
  }
}

/** C3 linearization; throws a JS TypeError message string on failure (caller converts). */
export function computeMro(t: PyType): PyType[] {
  // (CPython's check_duplicates: the merge below would list a repeated base twice)
  const dup = t.bases.find((b, i) => t.bases.indexOf(b) !== i);
  if (dup) throw new MroError(`duplicate base class ${dup.name}`);
  const seqs = t.bases.map((b) => b.mro.slice()).concat([t.bases.slice()]);
  const out = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | undefined;
    for (const s of nonEmpty) {
      const c = s[0];
      if (!nonEmpty.some((s2) => s2.indexOf(c) > 0)) { cand = c; break; }
    }
    if (!cand) {
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${t.bases.map((b) => b.name).join(", ")}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}
export class MroError extends Error {}

export interface TypeSpec {
  base?: PyType;
  bases?: PyType[];
  slots?: Slots;
  methods?: Methods;
  /** Plain attributes (constants, descriptors made elsewhere). */
  attrs?: Record<string, PyValue>;
  /** Methods whose self is the class (classmethod), e.g. dict.fromkeys. */
  classMethods?: Methods;
  staticMethods?: Record<string, NativeFn>;
  /** Set `cls` on the JS class's prototype, so instances need no own `cls` field. */
  proto?: { prototype: object };
  baseType?: boolean;
  module?: string;
}

/** Hooks filled by protocol files (set once at load; avoids import cycles). */
export const hooks = {
  /** Wraps a native method into the Python-visible method descriptor object. */
  makeMethod: null as unknown as (owner: PyType, name: string, fn: NativeMethod) => PyValue,
  makeClassMethod: null as unknown as (owner: PyType, name: string, fn: NativeMethod) => PyValue,
  makeStatic: null as unknown as (name: string, fn: NativeFn) => PyValue,
  /** Builds Python-visible dunders from the slots a builtin type defines. */
  slotDunders: null as unknown as (t: PyType) => void,
  /** Fills missing slots by inheritance (in its subclasses too). */
  inheritSlots: null as unknown as (t: PyType) => void,
  /** Computes the slots of each of these types (not of their other subclasses). */
  inheritSlotsAll: null as unknown as (types: PyType[]) => void,
  wrapIter: null as unknown as (it: PyIterator) => PyValue,
  /** The StopIteration that ends iterator `it` (a generator's carries its return value). */
  stopIteration: null as unknown as (it?: unknown) => Error,
  /** object.__dir__'s names (builtins/objects.ts). */
  objectDir: null as unknown as (o: PyValue) => string[],
  noAttribute: null as unknown as (o: PyValue, name: string) => Error,
  valueError: null as unknown as (msg: string) => Error,
  attributeError: null as unknown as (msg: string) => Error,
  /** The module's name if `o` is a module (for AttributeError wording). */
  moduleName: null as null | ((o: PyValue) => string | undefined),
  /** The running code's module __name__ (type(name, bases, ns) without __module__ takes it). */
  callerModuleName: null as null | (() => PyValue | undefined),
  /** CPython's docstring of a native builtin ("len", "str.upper", "time.sleep"), or null. */
  builtinDoc: null as null | ((key: string) => string | null),
};

const pendingFills: [PyType, () => void][] = [];

/** Creates a builtin type. */
/**
 * Builtin types by name, null for a name two of them have: how a builtin type that no module names
 * (mappingproxy, method, cell... `types.MappingProxyType`) travels to another thread (shared/codec.ts).
 */
export const builtinTypesByName = new Map<string, PyType | null>();

export function defineType(name: string, spec: TypeSpec = {}): PyType {
  const bases = spec.bases ?? [spec.base ?? objectType];
  const t = new PyType(name, bases, typeType);
  builtinTypesByName.set(name, builtinTypesByName.has(name) ? null : t);
  t.mro = computeMro(t);
  for (const b of bases) b.subclasses.push(t);
  fillType(t, spec);
  return t;
}

/** Adds slots, methods and attributes to a type (also used to fill the core shells below). */
export function fillType(t: PyType, spec: TypeSpec): PyType {
  if (spec.slots) { Object.assign(t.nativeSlots, spec.slots); Object.assign(t.slots, spec.slots); }
  if (spec.baseType === false) t.baseType = false;
  if (spec.module) t.module = spec.module;
  if (spec.proto) (spec.proto.prototype as { cls: PyType }).cls = t;
  t.solidBase = t.solidBase ?? t;
  const apply = () => {
    for (const [k, fn] of Object.entries(spec.methods ?? {})) t.setOwn(k, hooks.makeMethod(t, k, fn));
    for (const [k, fn] of Object.entries(spec.classMethods ?? {})) t.setOwn(k, hooks.makeClassMethod(t, k, fn));
    for (const [k, fn] of Object.entries(spec.staticMethods ?? {})) t.setOwn(k, hooks.makeStatic(k, fn));
    for (const [k, v] of Object.entries(spec.attrs ?? {})) {
      // a getset learns the type it is declared on (its repr names it)
      const g = v as { owner?: PyType | null };
      if (g !== null && typeof g === "object" && g.owner === null) g.owner = t;
      t.setOwn(k, v);
    }
    hooks.slotDunders(t);
  };
  if (hooksReady) { apply(); hooks.inheritSlots(t); }
  else pendingFills.push([t, apply]);
  return t;
}

/**
 * Called once the protocol hooks exist: completes the types defined before them, then computes the
 * slots of each of them and of their subclasses once. A type's slots depend only on the attributes
 * along its MRO, so once all are filled any order gives what a recomputation after each fill gave;
 * that (each fill redoing its whole subclass tree: object's is every type) took 7-10 ms of each
 * worker's boot.
 */
let hooksReady = false;
export function runPendingFills(): void {
  hooksReady = true;
  const types = new Set<PyType>();
  const visit = (t: PyType): void => {
    if (types.has(t)) return;
    types.add(t);
    for (const s of t.subclasses) visit(s);
  };
  for (let i = 0; i < pendingFills.length; i++) pendingFills[i][1]();
  for (const [t] of pendingFills) visit(t);
  pendingFills.length = 0;
  hooks.inheritSlotsAll([...types]);
}

function shell(name: string, base: PyType | null): PyType {
  const t = new PyType(name, base ? [base] : []);
  t.mro = base ? [t, ...base.mro] : [t];
  t.solidBase = t;
  if (base) base.subclasses.push(t);
  return t;
}

// The core shells: filled by objects/{object-type,int,float,str-type,singletons}.ts.
export const objectType = shell("object", null);
export const typeType = shell("type", objectType);
objectType.cls = typeType;
typeType.cls = typeType;
export const intType = shell("int", objectType);
export const boolType = shell("bool", intType);
export const floatType = shell("float", objectType);
export const strType = shell("str", objectType);
export const noneType = shell("NoneType", objectType);
for (const t of [intType, boolType, floatType, strType, noneType]) t.cls = typeType;
boolType.baseType = false;
noneType.baseType = false;
(PyFloat.prototype as unknown as { cls: PyType }).cls = floatType;

/** The Python type of any value. */
/** callable(v): its type calls (a native call slot, or __call__ found on the type). */
export function isCallable(v: PyValue): boolean {
  const t = typeOf(v);
  return !!t.slots.call || t.lookup("__call__") != null;
}

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return v === null ? noneType : (v as PyObject).cls;
  }
}

/** pyt's native types that are classes of Python modules in CPython (random.Random), named alone. */
export const PYTHON_IN_CPYTHON = new Set<PyType>();

/** The type's name as error messages show it: `'int'`. */
/** Classes of pyt's Python-written library modules that are C types in CPython (besides all of
 *  itertools'), so its messages name them with their module: 'collections.deque' object has no... */
const NATIVE_IN_CPYTHON = new Set([
  "collections.deque", "collections.defaultdict", "collections.OrderedDict",
  "_collections._deque_iterator", "_collections._deque_reverse_iterator", "functools.partial",
  "functools.KeyWrapper", "operator.itemgetter", "operator.attrgetter", "operator.methodcaller",
  "datetime.date", "datetime.datetime", "datetime.time", "datetime.timedelta", "datetime.timezone",
  "datetime.tzinfo", "_queue.SimpleQueue", "_io.StringIO", "types.SimpleNamespace", "_thread._local",
]);

export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/** NotImplemented and Ellipsis singletons (plain PyObjects of their own types). */
class PySingleton extends PyObject {
  constructor(readonly reprText: string) {
    super();
  }
}
export const notImplementedType = shell("NotImplementedType", objectType);
notImplementedType.cls = typeType;
export const ellipsisType = shell("ellipsis", objectType);
ellipsisType.cls = typeType;
export const NotImplemented: PyObject = new PySingleton("NotImplemented");
NotImplemented.cls = notImplementedType;
export const Ellipsis: PyObject = new PySingleton("Ellipsis");
Ellipsis.cls = ellipsisType;
fillType(notImplementedType, { slots: { repr: () => "NotImplemented" }, baseType: false });
fillType(ellipsisType, { slots: { repr: () => "Ellipsis" }, baseType: false });
