// PyGetSet: a native data descriptor (CPython's getset_descriptor): `obj.__class__`, `f.__name__`,
// `e.args`. Declare with `getset(owner, name, get, set?)` in a type's `attrs`.
// Imports only object.ts (exceptions.ts uses getset at load time).
import { PyObject, PyType, PyValue, defineType, hooks, typeOf } from "./object.js";

export class PyGetSet extends PyObject {
  /** The type whose attrs declare it (set by fillType). */
  owner: PyType | null = null;
  constructor(
    readonly name: string,
    readonly getter: (o: any) => PyValue,
    readonly setter: ((o: any, v: PyValue) => void) | null,
  ) { super(); }
}
export const getsetType = defineType("getset_descriptor", {
  proto: PyGetSet,
  slots: {
    get: (d: PyGetSet, obj: PyValue | undefined) => (obj === undefined ? d : d.getter(obj)),
    set: (d: PyGetSet, obj: PyValue, v: PyValue) => {
      if (!d.setter) throw hooks.attributeError(`attribute '${d.name}' of '${typeOf(obj).name}' objects is not writable`);
      d.setter(obj, v);
    },
    repr: (d: PyGetSet) => (d.owner ? `<attribute '${d.name}' of '${d.owner.name}' objects>` : `<attribute '${d.name}'>`),
  },
});
export function getset(name: string, get: (o: any) => PyValue, set?: (o: any, v: PyValue) => void): PyGetSet {
  return new PyGetSet(name, get, set ?? null);
}
export type { PyType };
