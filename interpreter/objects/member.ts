// PyMember: CPython's member_descriptor, what `S.a` gives for a name in class S's __slots__. pyt keeps
// slot values in the instance dict (object-type.ts instanceSlots), so the class dict holds no
// descriptor; the type's attribute lookup makes one on a miss (typeGetattro), once per class and name.
// classDictView: what `C.__dict__` shows, with the entries CPython's type_new adds (members, the
// __dict__/__weakref__ getsets, __doc__).
import { PyObject, PyType, PyValue, defineType, hooks, typeOf } from "./object.js";
import { toArray } from "../protocol/iter.js";
import { PyDict } from "./dict.js";
import { PyGetSet } from "./getset.js";

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

/** A __slots__ entry's attribute name: a private one (`__x`) mangled with the class's name, as CPython's. */
export function slotName(cls: PyType, n: string): string {
  if (!n.startsWith("__") || n.endsWith("__") || n.includes(".")) return n;
  const stripped = cls.name.replace(/^_+/, "");
  return stripped ? `_${stripped}${n}` : n;
}

const members = new WeakMap<PyType, Map<string, PyMember>>();
/** The member descriptor for `name` if a class along t's MRO declares it in its own __slots__. */
export function slotMember(t: PyType, name: string): PyMember | undefined {
  if (t.slotNames === null || !t.slotNames.has(name)) return undefined;
  for (const c of t.mro) {
    const own = c.isHeap ? c.getOwn("__slots__") : undefined;
    if (own === undefined || !(typeof own === "string" ? [own] : toArray(own)).some((n) => typeof n === "string" && slotName(c, n) === name)) continue;
    return memberFor(c, name);
  }
  return undefined;
}
function memberFor(c: PyType, name: string): PyMember {
  let m = members.get(c);
  if (!m) members.set(c, (m = new Map()));
  let d = m.get(name);
  if (!d) m.set(name, (d = new PyMember(c, name)));
  return d;
}

function ownSlots(t: PyType): PyValue[] | undefined {
  const own = t.isHeap ? t.getOwn("__slots__") : undefined;
  return own === undefined ? undefined : typeof own === "string" ? [own] : toArray(own);
}
/** Whether instances of b have a __dict__ (or weak references) before a subclass adds one. */
function provides(b: PyType, what: "__dict__" | "__weakref__"): boolean {
  if (!b.isHeap) return what === "__dict__" && b.mro.some((c) => c.name === "BaseException" && !c.isHeap);
  const own = ownSlots(b);
  return own === undefined || own.includes(what) || b.bases.some((x) => provides(x, what));
}

/** C.__dict__'s entries in CPython's order: the namespace, then what type_new added to it. */
export function classDictView(t: PyType, instanceDict: (o: PyObject) => PyValue): PyDict {
  const d = new PyDict();
  const entries = t.ownEntries();
  if (!t.isHeap) {
    for (const [k, v] of entries) d.setStr(k, v);
    return d;
  }
  // the namespace, what type_new added to it, then what was set afterwards (a later `C.count = 0`)
  let i = 0;
  if (t.nsEnd !== null && entries.some(([k]) => k === t.nsEnd)) {
    for (; i < entries.length; i++) {
      d.setStr(entries[i][0], entries[i][1]);
      if (entries[i][0] === t.nsEnd) { i++; break; }
    }
  } else {
    for (; i < entries.length; i++) d.setStr(entries[i][0], entries[i][1]);
  }
  const own = ownSlots(t);
  for (const n of own ?? []) {
    if (typeof n === "string" && n !== "__dict__" && n !== "__weakref__") d.setStr(slotName(t, n), memberFor(t, slotName(t, n)));
  }
  for (const what of ["__dict__", "__weakref__"] as const) {
    if ((own === undefined || own.includes(what)) && !t.bases.some((b) => provides(b, what))) {
      d.setStr(what, classGetset(t, what, instanceDict));
    }
  }
  // (a __doc__ set later keeps this place, as CPython's dict entry made by type_new)
  if (d.getStr("__doc__") === undefined) d.setStr("__doc__", null);
  for (; i < entries.length; i++) d.setStr(entries[i][0], entries[i][1]);
  return d;
}

// one per class and name, as CPython's are (two views of one class compare equal)
const getsets = new WeakMap<PyType, Map<string, PyGetSet>>();
function classGetset(t: PyType, what: "__dict__" | "__weakref__", instanceDict: (o: PyObject) => PyValue): PyGetSet {
  let m = getsets.get(t);
  if (!m) getsets.set(t, (m = new Map()));
  let g = m.get(what);
  if (!g) {
    g = new PyGetSet(what, what === "__dict__" ? (o: PyObject) => instanceDict(o) : () => null, null);
    g.owner = t;
    m.set(what, g);
  }
  return g;
}
