// Loads every core type file in a safe order, wires the late-bound hooks, completes the types
// defined before the hooks existed, and registers the core builtins (types, exceptions, constants).
// Import this module once before running code (index.ts does).
import { objectType, typeType, intType, boolType, floatType, strType, runPendingFills, hooks, NotImplemented, Ellipsis, PyObject, PyFloat } from "./objects/object.js";
import "./objects/function.js";
import "./protocol/slots.js";
import { PyGenerator, genStop } from "./objects/generator.js";
import { allExceptionTypes, stopIteration, valueError, keyError, attributeError, typeError, newDictHook, excHooks } from "./objects/exceptions.js";
import { PyDict, dictType } from "./objects/dict.js";
import { dictKeyHooks } from "./objects/dict-hooks.js";
import { PyTuple, tupleType } from "./objects/tuple.js";
import { PyList, listType } from "./objects/list.js";
import { sliceType } from "./objects/slice.js";
import { rangeType } from "./objects/range.js";
import "./objects/getset.js";
import "./objects/object-type.js";
import { PyIntSub, PyStrSub, PyFloatSub } from "./objects/primitives.js";
import "./objects/str-type.js";
import "./objects/cell.js";
import "./objects/generator.js";
import "./objects/module.js";
import { superType } from "./objects/super.js";
import { staticmethodType, classmethodType, propertyType } from "./objects/function.js";
import { PyIteratorObject, ObjectIterator, toArray } from "./protocol/iter.js";
import { identityHashed, pyHash, pyEquals } from "./protocol/ops.js";
import { repr } from "./protocol/repr.js";
import { registerBuiltin, registerModule, builtinsDict } from "./registry.js";
import { PyModule } from "./objects/module.js";

hooks.wrapIter = (it) => (it instanceof PyObject ? (it as PyObject) : it instanceof ObjectIterator ? it.obj : new PyIteratorObject(it));
hooks.stopIteration = (it) => (it instanceof PyGenerator ? genStop(it) : stopIteration());
hooks.valueError = (m) => valueError(m);
hooks.attributeError = (m) => attributeError(m);
newDictHook.make = () => new PyDict();
excHooks.items = (v) => toArray(v);
excHooks.addNote = (d: PyDict, note) => {
  const notes = d.getStr("__notes__") ?? new PyList();
  if (!(notes instanceof PyList)) throw typeError("Cannot add notes if __notes__ is not a list");
  notes.append(note);
  d.setStr("__notes__", notes);
};
dictKeyHooks.identityHashed = identityHashed;
// An instance of an int or str subclass that keeps its base's __hash__ and __eq__ is the same key as its value.
dictKeyHooks.valueKey = (o) => {
  const base = o instanceof PyIntSub ? intType : o instanceof PyStrSub ? strType : o instanceof PyFloatSub ? floatType : undefined;
  if (!base || o.cls.lookupOwner("__hash__") !== base || o.cls.lookupOwner("__eq__") !== base) return undefined;
  return o instanceof PyFloatSub ? new PyFloat(o.value) : (o as PyIntSub | PyStrSub).value;
};
dictKeyHooks.hash = pyHash;
dictKeyHooks.eq = pyEquals;
dictKeyHooks.keyError = keyError;
dictKeyHooks.list = (items) => new PyList(items);
dictKeyHooks.tuple = (items) => new PyTuple(items);
dictKeyHooks.repr = (d) => {
  const parts = (d as PyDict).entries().map(([k, v]) => `${repr(k)}: ${repr(v)}`);
  return `{${parts.join(", ")}}`;
};
runPendingFills();

for (const t of allExceptionTypes) registerBuiltin(t.name, t);
registerBuiltin("EnvironmentError", allExceptionTypes.find((t) => t.name === "OSError")!);
registerBuiltin("IOError", allExceptionTypes.find((t) => t.name === "OSError")!);
for (const t of [objectType, typeType, intType, boolType, floatType, strType, dictType, tupleType, listType,
  sliceType, rangeType, superType, staticmethodType, classmethodType, propertyType]) registerBuiltin(t.name, t);
registerBuiltin("NotImplemented", NotImplemented);
registerBuiltin("Ellipsis", Ellipsis);

// `import builtins` gives the module whose dict is the builtins registry itself.
let builtinsModule: PyModule | null = null;
registerModule("builtins", () => (builtinsModule ??= new PyModule("builtins", builtinsDict)));
