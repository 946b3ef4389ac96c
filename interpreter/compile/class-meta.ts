// The class statement's steps before its body runs, as CPython's __build_class__ takes them: the
// metaclass (the explicit one, or the most derived of the bases' types, refusing a conflict) and the
// namespace the body fills (a metaclass's __prepare__ may give it).
import { PyValue, PyType, typeType, typeOf } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { PyTuple } from "../objects/tuple.js";
import { typeError, notImplementedError, tn } from "../objects/exceptions.js";
import { call } from "../protocol/call.js";
import { getattrOpt } from "../protocol/attr.js";

/** CPython's _PyType_CalculateMetaclass (only for a metaclass that is a class). */
export function classMeta(explicit: PyValue | null, bases: PyValue[]): PyValue {
  const first: PyValue = explicit ?? (bases.length ? typeOf(bases[0]) : typeType);
  if (!(first instanceof PyType)) return first;
  let winner: PyType = first;
  for (const b of bases) {
    const t = typeOf(b);
    if (winner.isSubtype(t)) continue;
    if (t.isSubtype(winner)) { winner = t; continue; }
    throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** The body's namespace: a new dict, or what meta.__prepare__(name, bases, **kw) gives. */
export function classNamespace(meta: PyValue, name: string, bases: PyValue[], kwargs: Map<string, PyValue>): PyDict {
  const prep = meta === typeType ? undefined : getattrOpt(meta, "__prepare__");
  if (prep === undefined) return new PyDict();
  const names = [...kwargs.keys()];
  const ns = call(prep, [name, new PyTuple(bases), ...kwargs.values()], names.length ? names : null);
  if (ns instanceof PyDict) return ns;
  const who = meta instanceof PyType ? meta.name : "<metaclass>";
  if (typeOf(ns).lookup("__getitem__") == null) throw typeError(`${who}.__prepare__() must return a mapping, not ${tn(ns)}`);
  throw notImplementedError(`a __prepare__ that returns a mapping other than a dict is not supported in pyt`);
}
