// Callables and descriptors: PyFunction (user code; its compiled body is `code.invoke`), bound
// methods, PyBuiltinFunction (native `(args, kwnames)`), PyMethodDescriptor (native method in a type
// table, `(self, args, kwnames)`), staticmethod, classmethod and property.
import { PyObject, PyType, PyValue, NativeFn, NativeMethod, defineType, hooks, typeOf, isCallable } from "./object.js";
import type { PyDict } from "./dict.js";
import type { PyCell } from "./cell.js";
import { typeError, attributeError, notImplementedError, tn } from "./exceptions.js";
import { objectId, repr } from "../protocol/repr.js";
import { call, callBound } from "../protocol/call.js";
import { getset } from "./getset.js";
import { parseArgs } from "./args.js";
import { getattr, getattrOpt, genericGetattr } from "../protocol/attr.js";
import { PyTuple } from "./tuple.js";
import { codeObjectOf, PyCodeObject } from "./code-object.js";
import { newDictHook } from "./exceptions.js";
const newDict = () => newDictHook.make() as PyDict;

/** What a PyFunction runs: built by the compiler from the def's AST node (compile/functions.ts). */
export interface FunctionCode {
  readonly name: string;
  /** Own cells' names, then the free variables' (the closure's, in its order). */
  readonly cellNames?: readonly string[];
  invoke(fn: PyFunction, args: PyValue[], kwnames: string[] | null): PyValue;
  // what __code__ reads (compile/code.ts's Code has them all)
  readonly qualname?: string;
  readonly file?: string;
  readonly argcount?: number;
  readonly posonlyCount?: number;
  readonly kwonlyNames?: readonly string[];
  readonly localNames?: readonly string[];
  readonly info?: CodeInfo | null;
}
export interface CodeInfo {
  varargName: string | null;
  kwargName: string | null;
  cellVars: string[];
  freeVars: string[];
  firstLine: number;
}

export class PyFunction extends PyObject {
  qualname: string;
  module: PyValue = "__main__";
  doc: PyValue = null;
  /** __annotations__, made on first access when the def has none. */
  annotations: PyDict | null = null;
  constructor(
    public name: string,
    readonly code: FunctionCode,
    readonly globals: PyDict,
    public defaults: PyValue[],
    public kwdefaults: Map<string, PyValue> | null,
    readonly closure: PyCell[] | null,
  ) {
    super();
    this.qualname = name;
    this.dict = newDict();
  }
}
const hex = (o: PyValue) => "0x" + objectId(o).toString(16).padStart(12, "0");

/** __closure__: the cells in CPython's co_freevars order, sorted by name (pyt keeps them in use order). */
function closureTuple(f: PyFunction): PyValue {
  const cells = f.closure;
  if (cells === null || cells.length === 0) return null;
  const names = f.code.cellNames ?? [];
  const free = names.slice(names.length - cells.length);
  const order = cells.map((_, i) => i).sort((a, b) => (free[a] < free[b] ? -1 : free[a] > free[b] ? 1 : 0));
  return new PyTuple(order.map((i) => cells[i]));
}

/**
 * function(code, globals, ...): CPython's argument errors (`class Base(some_function)` calls it with a
 * name, bases and namespace); pyt cannot make a function from a code object, and says so.
 */
function functionNew(_cls: PyType, args: PyValue[], kw: string[] | null): PyValue {
  const npos = args.length - (kw?.length ?? 0);
  const at = kw?.indexOf("code") ?? -1;
  const code = npos > 0 ? args[0] : at >= 0 ? args[npos + at] : undefined;
  if (code === undefined) throw typeError("function() missing required argument 'code' (pos 1)");
  if (!(code instanceof PyCodeObject)) throw typeError(`function() argument 'code' must be code, not ${tn(code)}`);
  throw notImplementedError("function() from a code object is not supported by pyt");
}

export const functionType = defineType("function", {
  proto: PyFunction,
  attrs: {
    __name__: getset("__name__", (f: PyFunction) => f.name, (f: PyFunction, v) => { f.name = String(v); }),
    __qualname__: getset("__qualname__", (f: PyFunction) => f.qualname, (f: PyFunction, v) => { f.qualname = String(v); }),
    __doc__: getset("__doc__", (f: PyFunction) => f.doc, (f: PyFunction, v) => { f.doc = v; }),
    __module__: getset("__module__", (f: PyFunction) => f.module, (f: PyFunction, v) => { f.module = v; }),
    __defaults__: getset("__defaults__", (f: PyFunction) => (f.defaults.length ? new PyTuple(f.defaults) : null)),
    __kwdefaults__: getset("__kwdefaults__", (f: PyFunction) => {
      if (f.kwdefaults === null || f.kwdefaults.size === 0) return null;
      const d = newDict();
      for (const [k, v] of f.kwdefaults) d.setStr(k, v);
      return d;
    }),
    __globals__: getset("__globals__", (f: PyFunction) => f.globals),
    __code__: getset("__code__", (f: PyFunction) => codeObjectOf(f)),
    __closure__: getset("__closure__", (f: PyFunction) => closureTuple(f)),
    __dict__: getset("__dict__", (f: PyFunction) => f.dict),
    __annotations__: getset("__annotations__", (f: PyFunction) => (f.annotations ??= newDict()), (f: PyFunction, v) => {
      if (!(v instanceof PyObject) || !typeOf(v).mro.some((t) => t.name === "dict")) throw typeError("__annotations__ must be set to a dict object");
      f.annotations = v as PyDict;
    }),
  },
  slots: {
    repr: (f: PyFunction) => `<function ${f.qualname} at ${hex(f)}>`,
    new: functionNew,
    call: (f: PyFunction, args, kw) => f.code.invoke(f, args, kw),
    get: (f: PyFunction, obj) => (obj === undefined || obj === null ? f : new PyMethod(f, obj)),
    hash: (f) => objectId(f),
  },
});

/** CPython's method_repr; a builtin classmethod (dict.fromkeys) is shown as CPython's C method is. */
function methodRepr(m: PyMethod): string {
  const f = m.fn;
  // (a builtin classmethod binds to a type; types.MethodType(len, obj) is a bound method as any other)
  if (f instanceof PyBuiltinFunction && m.self instanceof PyType) return `<built-in method ${f.name} of ${tn(m.self)} object at ${hex(m.self)}>`;
  let name = "?";
  if (f instanceof PyFunction) name = f.qualname;
  else {
    for (const a of ["__qualname__", "__name__"]) {
      try { const v = getattr(f, a); if (typeof v === "string") { name = v; break; } } catch { /* next */ }
    }
  }
  return `<bound method ${name} of ${repr(m.self)}>`;
}

/** A function bound to an instance: `obj.method`. */
export class PyMethod extends PyObject {
  constructor(readonly fn: PyValue, readonly self: PyValue) { super(); }
}
export const methodType = defineType("method", {
  proto: PyMethod,
  attrs: {
    __self__: getset("__self__", (m: PyMethod) => m.self),
    __func__: getset("__func__", (m: PyMethod) => m.fn),
  },
  slots: {
    // types.MethodType(func, obj): CPython's method_new
    new: (_cls: PyType, args: PyValue[], kw: string[] | null) => {
      if (kw && kw.length) throw typeError("method() takes no keyword arguments");
      if (args.length !== 2) throw typeError(`method expected 2 arguments, got ${args.length}`);
      if (!isCallable(args[0])) throw typeError("first argument must be callable");
      if (args[1] === null) throw typeError("instance must not be None");
      return new PyMethod(args[0], args[1]);
    },
    // CPython's method_getattro: the method type's own attributes, else the function's (__name__,
    // __qualname__, __doc__, __module__, __annotations__, attributes set on the function)
    getattro: (m: PyMethod, name: string) => genericGetattr(m, name) ?? getattr(m.fn, name),
    repr: methodRepr,
    call: (m: PyMethod, args, kw) => {
      if (m.fn instanceof PyFunction) return m.fn.code.invoke(m.fn, [m.self, ...args], kw);
      return call(m.fn, [m.self, ...args], kw);
    },
    hash: (m: PyMethod) => objectId(m),
  },
  methods: {
    __eq__: (m: PyMethod, [o]) => o instanceof PyMethod && o.fn === m.fn && o.self === m.self,
  },
});

/** A native function: `len`, `math.sqrt`, or a native method bound to its self. */
export class PyBuiltinFunction extends PyObject {
  /** The native module that defines it (set when the module is made), for __module__. */
  module: string | undefined = undefined;
  /** A native class method's type (`dict.fromkeys`), whose docstring it has. */
  docOwner: PyType | undefined = undefined;
  constructor(readonly name: string, readonly fn: NativeFn, readonly self: PyValue | undefined = undefined) { super(); }
}
export const builtinFunctionType = defineType("builtin_function_or_method", {
  proto: PyBuiltinFunction,
  attrs: {
    __name__: getset("__name__", (f: PyBuiltinFunction) => f.name),
    // CPython's meth_get__qualname__: a method's is its self's type's qualname, dotted
    __qualname__: getset("__qualname__", (f: PyBuiltinFunction) =>
      f.self === undefined || hooks.moduleName?.(f.self) !== undefined ? f.name
        : `${f.self instanceof PyType ? f.self.qualname : typeOf(f.self).qualname}.${f.name}`),
    __self__: getset("__self__", (f: PyBuiltinFunction) => (f.self === undefined ? null : f.self)),
    __module__: getset("__module__", (f: PyBuiltinFunction) =>
      f.self === undefined ? f.module ?? "builtins" : hooks.moduleName?.(f.self) ?? null),
    __doc__: getset("__doc__", (f: PyBuiltinFunction) => builtinFunctionDoc(f)),
  },
  slots: {
    repr: (f: PyBuiltinFunction) =>
      f.self !== undefined ? `<built-in method ${f.name} of ${tn(f.self)} object at ${hex(f.self)}>`
        // the builtins exit and quit (CPython's _sitebuiltins.Quitter objects) say how to leave
        : (f.name === "exit" || f.name === "quit") && (f.module ?? "builtins") === "builtins" ? `Use ${f.name}() or Ctrl-D (i.e. EOF) to exit`
          : `<built-in function ${f.name}>`,
    call: (f: PyBuiltinFunction, args, kw) => f.fn(args, kw),
    hash: (f) => objectId(f),
  },
});

/** CPython's docstring of a native method of `t` or of a type it derives from (a list subclass's append), or None. */
function methodDoc(t: PyType, name: string): string | null {
  for (const c of t.mro) {
    const doc = hooks.builtinDoc?.(`${c.name}.${name}`);
    if (doc != null) return doc;
  }
  return null;
}

/** A native function's docstring: `len`'s, a module's `time.sleep`'s, a bound method's `list.append`'s. */
function builtinFunctionDoc(f: PyBuiltinFunction): string | null {
  if (f.docOwner !== undefined) return methodDoc(f.docOwner, f.name);
  if (f.self === undefined) {
    const module = f.module ?? "builtins";
    return hooks.builtinDoc?.(module === "builtins" ? f.name : `${module}.${f.name}`) ?? null;
  }
  const module = hooks.moduleName?.(f.self);
  if (module !== undefined) return hooks.builtinDoc?.(`${module}.${f.name}`) ?? null;
  return methodDoc(f.self instanceof PyType ? f.self : typeOf(f.self), f.name);
}

/** A native method in a type's table; binds to an instance as a PyBuiltinFunction. */
export class PyMethodDescriptor extends PyObject {
  /** slot: made from a native slot (CPython's wrapper_descriptor, whose errors are worded apart) */
  constructor(readonly owner: PyType, readonly name: string, readonly fn: NativeMethod, readonly slot = false) { super(); }
}
export const methodDescriptorType = defineType("method_descriptor", {
  proto: PyMethodDescriptor,
  attrs: {
    __name__: getset("__name__", (d: PyMethodDescriptor) => d.name),
    __qualname__: getset("__qualname__", (d: PyMethodDescriptor) => `${d.owner.qualname}.${d.name}`),
    __objclass__: getset("__objclass__", (d: PyMethodDescriptor) => d.owner),
    __doc__: getset("__doc__", (d: PyMethodDescriptor) => methodDoc(d.owner, d.name)),
  },
  slots: {
    repr: (d: PyMethodDescriptor) => `<${d.slot ? "slot wrapper" : "method"} '${d.name}' of '${d.owner.name}' objects>`,
    get: (d: PyMethodDescriptor, obj) =>
      obj === undefined ? d : new PyBuiltinFunction(d.name, (a, k) => d.fn(obj, a, k), obj),
    call: (d: PyMethodDescriptor, args, kw) => {
      if (args.length === 0) throw typeError(`unbound method ${d.owner.name}.${d.name}() needs an argument`);
      // only here can self be of another type (list.append(1, 2)): native methods assume their own
      if (!typeOf(args[0]).isSubtype(d.owner)) {
        throw typeError(d.slot
          ? `descriptor '${d.name}' requires a '${d.owner.name}' object but received a '${tn(args[0])}'`
          : `descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${tn(args[0])}' object`);
      }
      return d.fn(args[0], args.slice(1), kw);
    },
  },
});

export class PyStaticMethod extends PyObject {
  constructor(readonly fn: PyValue) { super(); }
}
export const staticmethodType = defineType("staticmethod", {
  proto: PyStaticMethod,
  slots: {
    get: (s: PyStaticMethod) => s.fn,
    new: (cls, args) => withCls(new PyStaticMethod(args[0]), cls),
    call: (s: PyStaticMethod, args, kw) => call(s.fn, args, kw),
    repr: (s: PyStaticMethod) => `<staticmethod(${repr(s.fn)})>`,
  },
  attrs: { __func__: getset("__func__", (s: PyStaticMethod) => s.fn), __wrapped__: getset("__wrapped__", (s: PyStaticMethod) => s.fn) },
});

export class PyClassMethod extends PyObject {
  constructor(readonly fn: PyValue) { super(); }
}
export const classmethodType = defineType("classmethod", {
  proto: PyClassMethod,
  slots: {
    get: (c: PyClassMethod, obj, type) => new PyMethod(c.fn, type ?? typeOf(obj!)),
    new: (cls, args) => withCls(new PyClassMethod(args[0]), cls),
    repr: (c: PyClassMethod) => `<classmethod(${repr(c.fn)})>`,
  },
  attrs: { __func__: getset("__func__", (c: PyClassMethod) => c.fn), __wrapped__: getset("__wrapped__", (c: PyClassMethod) => c.fn) },
});

export class PyProperty extends PyObject {
  /** The name __set_name__ gave it (a class body's `x = property(...)`), else null: as CPython's prop_name. */
  constructor(readonly fget: PyValue, readonly fset: PyValue, readonly fdel: PyValue, public doc: PyValue = null, public name: string | null = null) { super(); }
}
/** CPython 3.11's message: the property's name only when __set_name__ gave it one, the class's qualname. */
function noAccessor(p: PyProperty, obj: PyValue, what: string): never {
  const qn = typeOf(obj).qualname;
  throw attributeError(p.name === null ? `property of '${qn}' object has no ${what}` : `property '${p.name}' of '${qn}' object has no ${what}`);
}
export const propertyType = defineType("property", {
  proto: PyProperty,
  slots: {
    get: (p: PyProperty, obj, type) => {
      if (obj === undefined) return p;
      if (p.fget === null) noAccessor(p, obj, "getter");
      return call(p.fget, [obj]);
    },
    set: (p: PyProperty, obj, v) => {
      if (p.fset === null) noAccessor(p, obj, "setter");
      call(p.fset, [obj, v]);
    },
    delete: (p: PyProperty, obj) => {
      if (p.fdel === null) noAccessor(p, obj, "deleter");
      call(p.fdel, [obj]);
    },
    new: (cls, args, kw) => {
      const [fget, fset, fdel, doc] = parseArgs("property", args, kw, ["fget", "fset", "fdel", "doc"]);
      return withCls(new PyProperty(fget ?? null, fset ?? null, fdel ?? null, doc ?? null), cls);
    },
  },
  attrs: {
    fget: getset("fget", (p: PyProperty) => p.fget),
    fset: getset("fset", (p: PyProperty) => p.fset),
    fdel: getset("fdel", (p: PyProperty) => p.fdel),
    // CPython copies the getter's docstring when no doc is given.
    __doc__: getset("__doc__", (p: PyProperty) => p.doc ?? (p.fget === null ? null : getattrOpt(p.fget, "__doc__") ?? null), (p: PyProperty, v) => { p.doc = v; }),
  },
  methods: {
    setter: (p: PyProperty, [f]) => new PyProperty(p.fget, f, p.fdel, p.doc, p.name),
    getter: (p: PyProperty, [f]) => new PyProperty(f, p.fset, p.fdel, p.doc, p.name),
    deleter: (p: PyProperty, [f]) => new PyProperty(p.fget, p.fset, f, p.doc, p.name),
    __set_name__: (p: PyProperty, [, name]) => {
      if (typeof name === "string") p.name = name;
      return null;
    },
  },
});

function withCls<T extends PyObject>(o: T, cls: PyType): T {
  if (cls !== typeOf(o)) o.cls = cls;
  return o;
}

hooks.makeMethod = (owner, name, fn) => new PyMethodDescriptor(owner, name, fn);
hooks.makeClassMethod = (owner, name, fn) => {
  const f = new PyBuiltinFunction(name, (args, kw) => fn(args[0], args.slice(1), kw));
  f.docOwner = owner;
  return new PyClassMethod(f);
};
hooks.makeStatic = (name, fn) => new PyStaticMethod(new PyBuiltinFunction(name, fn));
export { callBound };
