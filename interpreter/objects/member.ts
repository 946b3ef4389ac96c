// PyMember: CPython's member_descriptor, what `S.a` gives for a name in class S's __slots__. pyt keeps
// slot values in the instance dict (object-type.ts instanceSlots), so the class dict holds no
// descriptor; the type's attribute lookup makes one on a miss (typeGetattro), once per class and name.
import { PyObject, PyType, PyValue, defineType, hooks, typeOf } from "./object.js";
import { toArray } from "../protocol/iter.js";

export class PyMember extends PyObject {
  constructor(readonly owner: PyType, readonly name: string) { super(); }
}
function instanceValue(d: PyMember, obj: PyValue): PyValue {
  const v = obj instanceof PyObject ? obj.dict?.getStr(d.name) : undefined;
  if (v === undefined) throw hooks.attributeError(`'${typeOf(obj).name}' object has no attribute '${d.name}'`);
  return v;
}
export const memberType = defineType("member_descriptor", {
  proto: PyMember,
  slots: {
    get: (d: PyMember, obj: PyValue | undefined) => (obj === undefined ? d : instanceValue(d, obj)),
    repr: (d: PyMember) => `<member '${d.name}' of '${d.owner.name}' objects>`,
  },
});

const members = new WeakMap<PyType, Map<string, PyMember>>();
/** The member descriptor for `name` if a class along t's MRO declares it in its own __slots__. */
export function slotMember(t: PyType, name: string): PyMember | undefined {
  if (t.slotNames === null || !t.slotNames.has(name)) return undefined;
  for (const c of t.mro) {
    const own = c.isHeap ? c.getOwn("__slots__") : undefined;
    if (own === undefined || !(typeof own === "string" ? own === name : toArray(own).includes(name))) continue;
    let m = members.get(c);
    if (!m) members.set(c, (m = new Map()));
    let d = m.get(name);
    if (!d) m.set(name, (d = new PyMember(c, name)));
    return d;
  }
  return undefined;
}
