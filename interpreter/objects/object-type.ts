// Fills the `object` and `type` shells: instance creation (object.__new__/__init__ with CPython's
// excess-argument rules), default repr/hash/eq, `type(x)`, class creation (type.__new__: C3 MRO,
// __hash__ = None when __eq__ is defined, implicit staticmethod __new__), and type attribute access.
import {
  PyObject, PyType, PyValue, fillType, objectType, typeType, typeOf, computeMro, MroError, SLOT_DUNDERS, hooks,
} from "./object.js";
import { PyDict } from "./dict.js";
import { PyTuple } from "./tuple.js";
import { typeError, attributeError, valueError, notImplementedError, tn, BaseException, PyException, makeExc, RuntimeError } from "./exceptions.js";
import { PyFunction, PyStaticMethod, PyClassMethod, PyMethod } from "./function.js";
import { getset, PyGetSet } from "./getset.js";
import { defaultRepr, objectId, str, repr } from "../protocol/repr.js";
import { genericGetattr, genericSetattr, genericDelattr, noAttribute, excDict } from "../protocol/attr.js";
import { inheritSlots } from "../protocol/slots.js";
import { call, callBound, positional } from "../protocol/call.js";
import { toArray } from "../protocol/iter.js";
import { truthy } from "../protocol/ops.js";
import { slotMember, classDictView, slotName } from "./member.js";
import { PyMappingProxy } from "./mappingproxy.js";

/** An instance of a class statement's class (when no builtin base gives it another layout). */
export class PyInstance extends PyObject {
  constructor(cls: PyType) {
    super();
    this.cls = cls;
    this.dict = new PyDict();
  }
}

/** `object()`: no attributes at all (a common sentinel: shared between threads by identity). */
export class PyBareObject extends PyObject {
  constructor() { super(); this.cls = objectType; }
}

/** Gives an instance made by a builtin __new__ its heap class and a __dict__. */
export function adopt<T extends PyObject>(o: T, cls: PyType): T {
  if (o.cls !== cls) {
    o.cls = cls;
    if (cls.isHeap && !o.dict) o.dict = new PyDict();
  }
  return o;
}

function hasArgs(args: PyValue[]): boolean {
  return args.length > 0;
}
/** A type's tp_name: the module's name before a builtin type's own (`_thread.lock`) but for builtins'. */
function tpName(cls: PyType): string {
  return cls.module === "builtins" ? cls.name : `${cls.module}.${cls.name}`;
}
function objectNew(cls: PyType, args: PyValue[], _kw: string[] | null): PyValue {
  // A builtin type that makes no instances (a function, a generator, an iterator, a lock) has no
  // tp_new in CPython, so whatever the arguments it says it cannot (`class MyLock(threading.Lock)`
  // calls builtin_function_or_method with three).
  if (!cls.isHeap && cls !== objectType) throw typeError(`cannot create '${tpName(cls)}' instances`);
  if (hasArgs(args)) {
    if (cls.slots.new !== objectNew) throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
    if (cls.slots.init === objectInit) throw typeError(`${cls.name}() takes no arguments`);
  }
  return cls.isHeap ? new PyInstance(cls) : new PyBareObject();
}
function objectInit(o: PyValue, args: PyValue[], _kw: string[] | null): void {
  if (hasArgs(args)) {
    const t = typeOf(o);
    if (t.slots.init !== objectInit) throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
    // (a class without __new__ or __init__ rejects its arguments in objectNew first: this is x.__init__(1))
    if (t.slots.new === objectNew) throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
}

/** `obj.__class__ = C`: CPython's object_set_class checks (both heap types with the same layout). */
function setClass(o: PyValue, v: PyValue): void {
  if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${tn(v)}' object`);
  const old = typeOf(o);
  if (!old.isHeap || !v.isHeap || !(o instanceof PyObject)) {
    throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  const sameSlots = (a: Set<string> | null, b: Set<string> | null) =>
    a === b || (a !== null && b !== null && a.size === b.size && [...a].every((n) => b.has(n)));
  if (old.solidBase !== v.solidBase || !sameSlots(old.slotNames, v.slotNames)) {
    throw typeError(`__class__ assignment: '${v.name}' object layout differs from '${old.name}'`);
  }
  // each thread decodes a shared object's class from the heap: a local change would not reach them
  if ((o.dict as { _shared?: unknown } | null)?._shared) throw notImplementedError("__class__ assignment of an object shared between threads is not supported in pyt");
  o.cls = v;
}

/** object.__str__: the type's __repr__, its result checked as str()'s (CPython's object_str calls tp_repr directly). */
function objectStr(o: PyValue): string {
  const r = typeOf(o).slots.repr!;
  const unchecked = (r as { unchecked?: (o: PyValue) => PyValue }).unchecked;
  if (unchecked === undefined) return r(o);
  const s = unchecked(o);
  if (typeof s !== "string") throw typeError(`__str__ returned non-string (type ${tn(s)})`);
  return s;
}

fillType(objectType, {
  slots: {
    new: objectNew,
    init: objectInit,
    repr: defaultRepr,
    str: objectStr,
    hash: (o) => objectId(o) >> 4,
    format: (o, spec) => {
      if (spec !== "") throw typeError(`unsupported format string passed to ${tn(o)}.__format__`);
      return str(o);
    },
  },
  methods: {
    __eq__: (s, [o]) => (s === o ? true : NotImplementedValue()),
    __ne__: (s, [o]) => {
      const eq = callBound(typeOf(s).lookup("__eq__")!, s, [o]);
      // CPython's object_richcompare negates the truth of whatever __eq__ answered
      return typeof eq === "boolean" ? !eq : eq === NotImplementedValue() ? eq : !truthy(eq);
    },
    // object's orderings exist and decline (CPython's object_richcompare), so hasattr(x, "__lt__") holds
    __lt__: () => NotImplementedValue(),
    __le__: () => NotImplementedValue(),
    __gt__: () => NotImplementedValue(),
    __ge__: () => NotImplementedValue(),
    __setattr__: (s, [n, v]) => (genericSetattr(s, n as string, v), null),
    __delattr__: (s, [n]) => (genericDelattr(s, n as string), null),
    __getattribute__: (s, [n]) => {
      const v = genericGetattr(s, n as string);
      if (v === undefined) throw noAttribute(s, n as string);
      return v;
    },
    __dir__: (s) => new PyList(hooks.objectDir(s)),
    // (object's other methods, so dir() lists CPython's names; pyt has no pickling or object sizes)
    __getstate__: (s) => objectGetstate(s),
    __reduce__: () => { throw notImplementedError("object.__reduce__() (pickling) is not supported by pyt"); },
    __reduce_ex__: () => { throw notImplementedError("object.__reduce_ex__() (pickling) is not supported by pyt"); },
    __sizeof__: () => { throw notImplementedError("object.__sizeof__() is not supported by pyt (its objects have no CPython sizes)"); },
  },
  classMethods: {
    __subclasshook__: () => NotImplementedValue(),
    // object's takes no keywords: `class C(Base, bogus=1)` with no __init_subclass__ taking them fails
    __init_subclass__: (cls: PyType, _args, kw) => {
      if (kw && kw.length) throw typeError(`${cls.name}.__init_subclass__() takes no keyword arguments`);
      return null;
    },
  },
  attrs: {
    __class__: getset("__class__", (o) => typeOf(o), setClass),
    __dict__: getset("__dict__", (o: PyObject) => {
      if (!o.dict) excDict(o);
      if (!o.dict || o.cls.slotNames !== null) throw attributeError(`'${tn(o)}' object has no attribute '__dict__'`);
      return instanceDict(o);
    }),
  },
});
import { NotImplemented } from "./object.js";
function NotImplementedValue(): PyValue { return NotImplemented; }

// ---- type ----

function typeCall(cls: PyType, args: PyValue[], kw: string[] | null): PyValue {
  if (cls === typeType && args.length === 1 && !kw) return typeOf(args[0]);
  const nw = cls.slots.new;
  if (!nw) throw typeError(`cannot create '${tpName(cls)}' instances`);
  const o = nw(cls, args, kw);
  const t = typeOf(o);
  if (t.isSubtype(cls)) {
    const init = t.slots.init;
    if (init) init(o, args, kw);
  }
  return o;
}

/** type(name, bases, ns) and the class statement: creates a class. */
export function createClass(meta: PyType, name: string, bases: PyType[], ns: PyDict, kwargs?: Map<string, PyValue>): PyType {
  if (bases.length === 0) bases = [objectType];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError("bases must be types");
    if (!b.baseType) throw typeError(`type '${b.name}' is not an acceptable base type`);
  }
  // CPython's best_base: the bases' builtin layouts must lie on one line (int and str cannot mix)
  let solid = objectType;
  for (const b of bases) {
    let sb = b.solidBase ?? objectType;
    if (sb.isSubtype(BaseException)) sb = BaseException; // (most exception types share its layout)
    if (solid.isSubtype(sb)) continue;
    if (sb.isSubtype(solid)) solid = sb;
    else throw typeError("multiple bases have instance lay-out conflict");
  }
  const t = new PyType(name, bases, meta);
  t.isHeap = true;
  try { t.mro = computeMro(t); } catch (e) {
    if (e instanceof MroError) throw typeError(e.message);
    throw e;
  }
  t.solidBase = bases[0].solidBase;
  const mod = ns.getStr("__module__");
  if (typeof mod === "string") t.module = mod;
  const qn = ns.getStr("__qualname__");
  if (typeof qn === "string") t.qualname = qn;
  for (const [k, v] of ns.entries()) {
    if (typeof k !== "string" || k === "__qualname__") continue;
    let val = v;
    if (k === "__new__" && v instanceof PyFunction) val = new PyStaticMethod(v);
    if ((k === "__init_subclass__" || k === "__class_getitem__") && v instanceof PyFunction) val = new PyClassMethod(v);
    t.setOwn(k, val);
    t.nsEnd = k;
  }
  if (t.getOwn("__eq__") !== undefined && t.getOwn("__hash__") === undefined) t.setOwn("__hash__", null);
  t.slotNames = instanceSlots(t);
  for (const b of bases) b.subclasses.push(t);
  inheritSlots(t);
  for (const [k, v] of ns.entries()) {
    if (v instanceof PyObject && typeof k === "string") {
      const sn = v.cls.lookup("__set_name__");
      if (sn != null) {
        try {
          callBound(sn, v, [t, k]);
        } catch (e) {
          if (!(e instanceof PyException)) throw e;
          // CPython 3.11 wraps it (3.12 adds a note instead)
          const err = makeExc(RuntimeError, `Error calling __set_name__ on '${tn(v)}' instance ${repr(k)} in '${t.name}'`);
          err.exc.cause = err.exc.context = e.exc;
          err.exc.suppressContext = true;
          throw err;
        }
      }
    }
  }
  const parentInit = superLookup(t, "__init_subclass__");
  if (parentInit instanceof PyClassMethod) {
    const names: string[] = [], vals: PyValue[] = [];
    for (const [k, v] of kwargs ?? []) { names.push(k); vals.push(v); }
    call(new PyMethod(parentInit.fn, t), vals, names.length ? names : null);
  }
  return t;
}
/**
 * An instance's __dict__ (for one that has one). Slot values live in the same dict (PyType.slotNames), so
 * when a base class declares __slots__ the __dict__ is a copy without them, as CPython keeps them apart.
 */
export function instanceDict(o: PyObject): PyDict {
  const d = o.dict!;
  const slots = new Set<string>();
  for (const c of o.cls.mro) {
    const own = c.isHeap ? c.getOwn("__slots__") : undefined;
    if (own !== undefined) for (const n of typeof own === "string" ? [own] : toArray(own)) if (typeof n === "string") slots.add(slotName(c, n));
  }
  // (`__slots__ = ("__dict__",)` asks for the dict itself: no slot values to leave out of it)
  slots.delete("__dict__");
  slots.delete("__weakref__");
  if (slots.size === 0) return d;
  const out = new PyDict();
  for (const [k, v] of d.entries()) if (typeof k !== "string" || !slots.has(k)) out.set(k, v);
  return out;
}

/**
 * object.__getstate__, as CPython's object_getstate_default: the instance dict (None when empty), paired
 * with a dict of the set slot values when the class has __slots__ (copyreg's _slotnames, mangled).
 */
function objectGetstate(s: PyValue): PyValue {
  if (!(s instanceof PyObject) || !s.dict) return null;
  const d = instanceDict(s);
  const state: PyValue = d.size === 0 ? null : d;
  const slots = new PyDict();
  for (const c of s.cls.mro) {
    const own = c.isHeap ? c.getOwn("__slots__") : undefined;
    if (own === undefined) continue;
    for (let n of typeof own === "string" ? [own] : toArray(own)) {
      if (typeof n !== "string" || n === "__dict__" || n === "__weakref__") continue;
      n = slotName(c, n);
      const v = genericGetattr(s, n);
      if (v !== undefined) slots.setStr(n, v);
    }
  }
  return slots.size === 0 ? state : new PyTuple([state, slots]);
}

/** PyType.slotNames for a class whose attributes and bases are set. */
export function instanceSlots(t: PyType): Set<string> | null {
  const own = t.getOwn("__slots__");
  if (own === undefined) return null;
  const names = new Set<string>();
  for (const b of t.bases) {
    // builtin bases give no __dict__ (tuple for a namedtuple), except exceptions, which have one
    if (!b.isHeap) {
      if (b.isSubtype(BaseException)) return null;
      continue;
    }
    if (b.slotNames === null) return null;
    for (const n of b.slotNames) names.add(n);
  }
  const ownNames = typeof own === "string" ? [own] : toArray(own);
  // CPython's variable-size layouts (int, tuple) have no room for slots
  const sb = t.solidBase;
  if (sb && !sb.isHeap && (sb.name === "int" || sb.name === "tuple") && ownNames.length > 0) {
    throw typeError(`nonempty __slots__ not supported for subtype of '${sb.name}'`);
  }
  for (const n of ownNames) {
    if (typeof n !== "string") throw typeError(`__slots__ items must be strings, not '${tn(n)}'`);
    if (!/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(n)) throw typeError("__slots__ must be identifiers");
    if (n === "__dict__") return null;
    const name = slotName(t, n);
    if (t.getOwn(name) !== undefined) throw valueError(`'${name}' in __slots__ conflicts with class variable`);
    names.add(name);
  }
  return names;
}
function superLookup(t: PyType, name: string): PyValue | undefined {
  for (let i = 1; i < t.mro.length; i++) {
    const v = t.mro[i].getOwn(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

function typeNew(meta: PyType, args: PyValue[], kw: string[] | null): PyValue {
  const a = positional(args, kw);
  if (a.length === 1) return typeOf(a[0]);
  if (a.length !== 3) throw typeError("type() takes 1 or 3 arguments");
  const [name, bases, ns] = a;
  if (typeof name !== "string") throw typeError(`type.__new__() argument 1 must be str, not ${tn(name)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${tn(bases)}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${tn(ns)}`);
  // a class statement's keywords (class A(metaclass=M, x=1)) reach __init_subclass__ through here
  let kwargs: Map<string, PyValue> | undefined;
  if (kw && kw.length) {
    kwargs = new Map();
    for (let i = 0; i < kw.length; i++) kwargs.set(kw[i], args[a.length + i]);
  }
  const t = createClass(meta, name, bases.items as PyType[], ns, kwargs);
  // CPython's type_new_set_module: a namespace without __module__ takes the caller's __name__
  if (ns.getStr("__module__") === undefined) {
    const mod = hooks.callerModuleName?.();
    if (typeof mod === "string") { t.module = mod; t.setOwn("__module__", mod); }
  }
  return t;
}

/** type.__init__: the class is made by __new__; only CPython's argument checks remain. */
function typeInit(_t: PyValue, args: PyValue[], kw: string[] | null): void {
  const n = args.length - (kw ? kw.length : 0);
  if (kw && kw.length && n === 1) throw typeError("type.__init__() takes no keyword arguments");
  if (n !== 1 && n !== 3) throw typeError("type.__init__() takes 1 or 3 arguments");
}

function typeGetattro(t: PyType, name: string): PyValue | undefined {
  const meta = typeOf(t);
  const md = meta.lookup(name);
  if (md instanceof PyObject && md.cls.slots.get && md.cls.slots.set) return md.cls.slots.get(md, t, meta);
  const v = t.lookup(name);
  if (v !== undefined) {
    if (v instanceof PyObject) {
      const get = v.cls.slots.get;
      if (get) return get(v, undefined, t);
    }
    return v;
  }
  if (md !== undefined) {
    if (md instanceof PyObject && md.cls.slots.get) return md.cls.slots.get(md, t, meta);
    return md;
  }
  return t.slotNames === null ? undefined : slotMember(t, name);
}

function typeSetattro(t: PyType, name: string, v: PyValue): void {
  // (first, as CPython's type_setattro: a built-in type's special attributes are not set either)
  if (!t.isHeap) throw typeError(`cannot set '${name}' attribute of immutable type '${t.tpName}'`);
  const meta = typeOf(t);
  const md = meta.lookup(name);
  if (md instanceof PyObject && md.cls.slots.set) { md.cls.slots.set(md, t, v); return; }
  t.setOwn(name, v);
  // a metaclass's own __module__ (its class body's) hides type's descriptor: CPython's repr reads the dict
  if (name === "__module__" && typeof v === "string") t.module = v;
  if (isSlotDunder(name)) inheritSlots(t);
}
function typeDelattro(t: PyType, name: string): void {
  if (!t.isHeap) throw typeError(`cannot set '${name}' attribute of immutable type '${t.tpName}'`);
  // type's own data descriptors, as CPython's: its settable ones refuse deletion (in those words, for
  // every class), the others are read-only
  const md = typeOf(t).lookup(name);
  if (md instanceof PyGetSet) {
    if (md.setter !== null && name !== "__mro__") throw typeError(`cannot delete '${name}' attribute of immutable type '${t.tpName}'`);
    md.cls.slots.set!(md, t, null);
  }
  if (!t.deleteOwn(name)) throw noAttribute(t, name);
  if (isSlotDunder(name)) inheritSlots(t);
}
/** A class's new __name__ or __qualname__, as type_set_name and type_set_qualname check it. */
function typeString(t: PyType, name: string, v: PyValue): string {
  if (typeof v !== "string") throw typeError(`can only assign string to ${t.name}.${name}, not '${tn(v)}'`);
  if (name === "__name__" && v.includes("\0")) throw valueError("type name must not contain null characters");
  return v;
}
const slotDunderNames = new Set(Object.values(SLOT_DUNDERS));
function isSlotDunder(n: string): boolean {
  return slotDunderNames.has(n);
}

function typeRepr(t: PyType): string {
  return t.module === "builtins" ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
}

fillType(typeType, {
  slots: {
    call: typeCall, new: typeNew, init: typeInit, getattro: typeGetattro, setattro: typeSetattro, delattro: typeDelattro,
    // No hash of its own: a class hashes and compares by identity through object's, as in CPython (where
    // type.__dict__ has no __hash__), so it is a key that dicts shared between threads take (a dispatch
    // table {int: ..., str: ...}, the copy module's atomic types).
    repr: typeRepr,
  },
  methods: {
    mro: (t: PyType) => hooksList(t.mro),
    __subclasses__: (t: PyType) => hooksList(t.subclasses.slice()),
  },
  attrs: {
    __name__: getset("__name__", (t: PyType) => t.name, (t: PyType, v) => { t.name = typeString(t, "__name__", v); }),
    __qualname__: getset("__qualname__", (t: PyType) => t.qualname, (t: PyType, v) => { t.qualname = typeString(t, "__qualname__", v); }),
    // (a class keeps it in its __dict__ too, as CPython's heap types do)
    __module__: getset("__module__", (t: PyType) => t.module, (t: PyType, v) => { t.module = String(v); t.setOwn("__module__", v); }),
    __bases__: getset("__bases__", (t: PyType) => new PyTuple(t.bases.slice()), (t: PyType, v) => {
      if (!(v instanceof PyTuple)) throw typeError(`can only assign tuple to ${t.name}.__bases__, not ${tn(v)}`);
      if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
      throw typeError("assigning to a class's __bases__ is not supported yet");
    }),
    __base__: getset("__base__", (t: PyType) => t.bases[0] ?? null),
    __mro__: getset("__mro__", (t: PyType) => new PyTuple(t.mro.slice()), () => { throw attributeError("readonly attribute"); }),
    __dict__: getset("__dict__", (t: PyType) => new PyMappingProxy(classDictView(t, instanceDict))),
    // a native type's is CPython's (modules/pylib.ts builtinDoc), a class statement's its docstring or None
    __doc__: getset("__doc__", (t: PyType) => {
      const d = t.getOwn("__doc__");
      return d !== undefined ? d : t.isHeap ? null : hooks.builtinDoc?.(t.name) ?? null;
    }, (t: PyType, v) => t.setOwn("__doc__", v)),
  },
});
import { PyList } from "./list.js";
function hooksList(items: PyValue[]): PyValue { return new PyList(items); }
