// Object builtins: isinstance/issubclass (tuples of types), callable, getattr/setattr/hasattr/
// delattr, repr/ascii/format, id/hash, vars/dir, globals/locals (module level), exit/quit.
import { PyUnionType, PyGenericAlias } from "../objects/generic-alias.js";
import { PyValue, PyType, PyObject, typeOf, objectType, defineType, hooks, isCallable } from "../objects/object.js";
import { registerBuiltin } from "../registry.js";
import { typeError, isExc, AttributeError, makeExc, SystemExit, tn, notImplementedError, BaseException, Exception } from "../objects/exceptions.js";
import { arity, noKwargs, callBound } from "../protocol/call.js";
import { parseArgs } from "../objects/args.js";
import { getattr, getattrOpt, setattr, delattr, excDict } from "../protocol/attr.js";
import { repr, asciiRepr, objectId } from "../protocol/repr.js";
import { format } from "../protocol/format.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { instanceDict } from "../objects/object-type.js";
import { classDictView } from "../objects/member.js";
import { fullHash } from "../objects/hashing.js";
import { rt } from "../state.js";
import { iterate } from "../protocol/iter.js";
import { truthy } from "../protocol/ops.js";
import { sortValues } from "../objects/list-sort.js";

/** CPython's PyObject_IsInstance / IsSubclass: a type's metaclass, or any other object's type (a typing
 *  alias such as List or Optional[int]), may define the check; a tuple is checked item by item. */
function classCheck(fname: string, cls: PyValue, test: (t: PyType) => boolean, what: string, hook: string, arg: PyValue): boolean {
  const u = userCheck(cls, hook, arg);
  if (u !== undefined) return u;
  if (cls instanceof PyType) return test(cls);
  if (cls instanceof PyTuple) return cls.items.some((c) => classCheck(fname, c, test, what, hook, arg));
  if (cls instanceof PyUnionType) return cls.args.some((c) => classCheck(fname, c, test, what, hook, arg));
  if (cls instanceof PyGenericAlias) throw typeError(`${fname}() argument 2 cannot be a parameterized generic`);
  throw typeError(what === "class" ? `${fname}() arg 2 must be a class, a tuple of classes, or a union`
    : `${fname}() arg 2 must be a type, a tuple of types, or a union`);
}

function userCheck(cls: PyValue, name: string, arg: PyValue): boolean | undefined {
  if (cls instanceof PyType) {
    if (typeOf(cls) === typeOf(objectType)) return undefined;
  } else if (!(cls instanceof PyObject) || cls instanceof PyTuple || cls instanceof PyUnionType || cls instanceof PyGenericAlias) {
    return undefined;
  }
  const f = typeOf(cls).lookup(name);
  return f != null ? truthy(callBound(f, cls, [arg])) : undefined;
}

registerBuiltin("isinstance", (args, kw) => {
  noKwargs("isinstance", kw);
  if (args.length !== 2) throw typeError(`isinstance expected 2 arguments, got ${args.length}`);
  const t = typeOf(args[0]);
  if (t === args[1]) return true; // before any __instancecheck__, as CPython
  return classCheck("isinstance", args[1], (c) => t.isSubtype(c), "instance", "__instancecheck__", args[0]);
});
registerBuiltin("issubclass", (args, kw) => {
  noKwargs("issubclass", kw);
  if (args.length !== 2) throw typeError(`issubclass expected 2 arguments, got ${args.length}`);
  const sub = args[0];
  if (!(sub instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  return classCheck("issubclass", args[1], (c) => sub.isSubtype(c), "class", "__subclasscheck__", sub);
});

registerBuiltin("callable", (args, kw) => {
  noKwargs("callable", kw); arity("callable", args, 1, 1);
  return isCallable(args[0]);
});

function attrName(fname: string, n: PyValue): string {
  if (typeof n !== "string") throw typeError(`attribute name must be string, not '${tn(n)}'`);
  return n;
}
registerBuiltin("getattr", (args, kw) => {
  noKwargs("getattr", kw);
  if (args.length < 2) throw typeError(`getattr expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw typeError(`getattr expected at most 3 arguments, got ${args.length}`);
  const name = attrName("getattr", args[1]);
  if (args.length === 2) return getattr(args[0], name);
  try {
    const v = getattrOpt(args[0], name);
    return v === undefined ? args[2] : v;
  } catch (e) {
    if (isExc(e, AttributeError)) return args[2];
    throw e;
  }
});
registerBuiltin("hasattr", (args, kw) => {
  noKwargs("hasattr", kw);
  if (args.length !== 2) throw typeError(`hasattr expected 2 arguments, got ${args.length}`);
  const name = attrName("hasattr", args[1]);
  try { return getattrOpt(args[0], name) !== undefined; } catch (e) {
    if (isExc(e, AttributeError)) return false;
    throw e;
  }
});
registerBuiltin("setattr", (args, kw) => {
  noKwargs("setattr", kw);
  if (args.length !== 3) throw typeError(`setattr expected 3 arguments, got ${args.length}`);
  setattr(args[0], attrName("setattr", args[1]), args[2]);
  return null;
});
registerBuiltin("delattr", (args, kw) => {
  noKwargs("delattr", kw);
  if (args.length !== 2) throw typeError(`delattr expected 2 arguments, got ${args.length}`);
  delattr(args[0], attrName("delattr", args[1]));
  return null;
});

registerBuiltin("repr", (args, kw) => { noKwargs("repr", kw); arity("repr", args, 1, 1); return repr(args[0]); });
registerBuiltin("ascii", (args, kw) => { noKwargs("ascii", kw); arity("ascii", args, 1, 1); return asciiRepr(args[0]); });
registerBuiltin("format", (args, kw) => {
  noKwargs("format", kw);
  if (args.length === 0) throw typeError("format expected at least 1 argument, got 0");
  const [v, spec] = parseArgs("format", args, kw, ["value", "format_spec"], 2, 1);
  if (spec !== undefined && typeof spec !== "string") throw typeError(`format() argument 2 must be str, not ${tn(spec)}`);
  return format(v!, (spec as string | undefined) ?? "");
});

registerBuiltin("id", (args, kw) => {
  noKwargs("id", kw); arity("id", args, 1, 1);
  return objectId(args[0]);
});
registerBuiltin("hash", (args, kw) => {
  noKwargs("hash", kw); arity("hash", args, 1, 1);
  return fullHash(args[0]);
});

/** The running code's globals (in a thread too: its function's module, not this worker's __main__). */
function frameGlobals(): PyDict {
  const f = rt.frame;
  if (f !== null) return f.globals;
  const m = rt.modules.get("__main__");
  return m ? m.globals : new PyDict();
}
/**
 * locals(): a module's or class body's namespace itself; in a function, a new dict of its bound
 * locals, then its cells' (own, then free) not among them, as CPython 3.11 orders them.
 */
function frameLocals(): PyDict {
  const f = rt.frame;
  if (f === null) return frameGlobals();
  if (f.ns !== null) return f.ns;
  const names = f.info.localNames;
  if (names === undefined) return f.globals;
  const cellNames = f.info.cellNames ?? [];
  const d = new PyDict();
  // CPython's order: plain locals and parameters by slot (a parameter that is a cell shows its cell),
  // then the other cells.
  const params = f.info.paramCount ?? 0;
  names.forEach((name, i) => {
    const c = cellNames.indexOf(name);
    if (c >= 0 && i >= params) return;
    const v = c >= 0 ? f.cells[c]?.get() : f.locals[i];
    if (v !== undefined) d.setStr(name, v);
  });
  cellNames.forEach((name, c) => {
    const i = names.indexOf(name);
    if (i >= 0 && i < params) return;
    const v = f.cells[c]?.get();
    if (v !== undefined) d.setStr(name, v);
  });
  return d;
}
hooks.callerModuleName = () => frameGlobals().getStr("__name__");
registerBuiltin("globals", (args) => { arity("globals", args, 0, 0); return frameGlobals(); });
registerBuiltin("locals", (args) => { arity("locals", args, 0, 0); return frameLocals(); });
registerBuiltin("vars", (args, kw) => {
  noKwargs("vars", kw); arity("vars", args, 0, 1);
  if (args.length === 0) return frameLocals();
  const o = args[0];
  if (o instanceof PyType) return getattr(o, "__dict__");
  if (o instanceof PyObject && !o.dict) excDict(o);
  if (!(o instanceof PyObject) || !o.dict || o.cls.slotNames !== null) throw typeError("vars() argument must have __dict__ attribute");
  return instanceDict(o);
});
/**
 * object.__dir__ (and type's): the instance dict's names, then those its class and bases define (as their
 * __dict__ shows them, with __dict__, __weakref__, __doc__ and slot members), unsorted as CPython's.
 */
export function objectDir(o: PyValue): string[] {
  const names = new Set<string>();
  if (o instanceof PyObject && o.dict) for (const k of o.dict.keys()) if (typeof k === "string") names.add(k);
  const types = o instanceof PyType ? o.mro : typeOf(o).mro;
  // object's own __dict__ getset is pyt's, not CPython's (whose BaseException has one)
  const excDictOwner = types.some((t) => !t.isHeap && t.name === "BaseException");
  for (const t of types) {
    if (t.isHeap) { for (const k of classDictView(t, instanceDict).keys()) if (typeof k === "string") names.add(k); }
    else for (const [k] of t.ownEntries()) if (k !== "__dict__" || t !== objectType || excDictOwner) names.add(k);
  }
  if (!(o instanceof PyType)) names.add("__class__");
  return [...names];
}
hooks.objectDir = objectDir;

registerBuiltin("dir", (args, kw) => {
  noKwargs("dir", kw); arity("dir", args, 0, 1);
  const names = new Set<string>();
  if (args.length === 0) {
    for (const k of frameLocals().keys()) if (typeof k === "string") names.add(k);
  } else {
    const o = args[0];
    const custom = typeOf(o).lookup("__dir__");
    if (o instanceof PyObject && o.dict && hooks.moduleName?.(o) !== undefined) {
      // a module's __dir__ is its __dict__'s keys, without its type's attributes
      for (const k of o.dict.keys()) if (typeof k === "string") names.add(k);
    } else if (custom != null && typeOf(o).lookupOwner("__dir__") !== objectType) {
      const it = iterate(callBound(custom, o, []));
      for (let x = it.next(); x !== undefined; x = it.next()) if (typeof x === "string") names.add(x);
    } else {
      for (const k of objectDir(o)) names.add(k);
    }
  }
  return new PyList(sortValues([...names], null, false));
});

for (const name of ["exit", "quit"]) {
  registerBuiltin(name, (args) => {
    arity(name, args, 0, 1);
    throw args.length ? makeExc(SystemExit, args[0]) : makeExc(SystemExit);
  });
}

// Builtins outside pyt's subset exist, so that using one says what is missing instead of a NameError:
// calling eval/exec/compile (no code objects at run time) or making bytes/complex raises
// NotImplementedError; isinstance(x, bytes) is simply False.
for (const name of ["eval", "exec", "compile", "breakpoint", "aiter", "anext", "help"]) {
  registerBuiltin(name, () => { throw notImplementedError(`${name}() is not supported in pyt`); });
}
for (const [name, what] of [["bytes", "bytes objects"], ["bytearray", "bytearray objects"], ["memoryview", "memoryview objects"], ["complex", "complex numbers"]]) {
  registerBuiltin(name, defineType(name, {
    slots: { new: () => { throw notImplementedError(`${what} are not supported in pyt`); } },
  }));
}
// PEP 654's exception groups come with except*, which pyt lacks: `except ExceptionGroup` and isinstance
// can name them, and raising one says what is missing instead of a NameError
{
  const groupNew = () => { throw notImplementedError("exception groups (ExceptionGroup, BaseExceptionGroup) are not supported in pyt"); };
  const baseGroup = defineType("BaseExceptionGroup", { base: BaseException, slots: { new: groupNew } });
  registerBuiltin("BaseExceptionGroup", baseGroup);
  registerBuiltin("ExceptionGroup", defineType("ExceptionGroup", { bases: [baseGroup, Exception], slots: { new: groupNew } }));
}
