// Subscription: getitem/setitem/delitem through the type's slots, with CPython's wording for types
// that are not subscriptable, and list/str fast paths used by compiled code.
import { PyObject, PyValue, typeOf, PyType } from "../objects/object.js";
import { typeError, tn } from "../objects/exceptions.js";
import { call, callBound } from "./call.js";
import { PyDict } from "../objects/dict.js";
import { getattrOpt } from "./attr.js";
import { iterate } from "./iter.js";

export function getitem(o: PyValue, k: PyValue): PyValue {
  const g = typeOf(o).slots.getitem;
  if (g) return g(o, k);
  if (o instanceof PyType) {
    const cg = o.lookup("__class_getitem__");
    // bound as the classmethod it is, to the class subscripted (not to type(o))
    const get = cg instanceof PyObject ? cg.cls.slots.get : undefined;
    if (cg != null) return get ? call(get(cg, undefined, o), [k]) : callBound(cg, o, [k]);
    throw typeError(`type '${o.name}' is not subscriptable`);
  }
  throw typeError(`'${tn(o)}' object is not subscriptable`);
}
export function setitem(o: PyValue, k: PyValue, v: PyValue): void {
  const s = typeOf(o).slots.setitem;
  if (s) { s(o, k, v); return; }
  throw typeError(`'${tn(o)}' object does not support item assignment`);
}
export function delitem(o: PyValue, k: PyValue): void {
  const d = typeOf(o).slots.delitem;
  if (d) { d(o, k); return; }
  throw typeError(`'${tn(o)}' object does not support item deletion`);
}

/**
 * The (key, value) pairs `**m` unpacks: a dict's entries, else m.keys() looked up with m[key], as
 * CPython's PyDict_Update takes any mapping; null when m has no keys() (not a mapping).
 */
export function mappingEntries(m: PyValue): [PyValue, PyValue][] | null {
  if (m instanceof PyDict) return m.entries();
  const keys = getattrOpt(m, "keys");
  if (keys === undefined) return null;
  const out: [PyValue, PyValue][] = [];
  const it = iterate(call(keys, []));
  for (let k = it.next(); k !== undefined; k = it.next()) out.push([k, getitem(m, k)]);
  return out;
}
