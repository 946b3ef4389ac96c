// Attribute access with a per-site inline cache: for an instance of a class that has no attribute of
// that name on its type (no method, no descriptor, no __getattribute__/__setattr__), the value lives
// only in the instance __dict__, so the MRO lookup is skipped while (type, typeAttrVersion) holds.
// The site also keeps the dict slot it last used (a StrEntry handle, objects/dict.ts): while the same
// instance comes back (self.x in a method called on one object) the read or write needs no Map probe.
// A handle dies when its key is deleted or its dict cleared or shared (threads), and the dict of a
// shared object gives no handle, so those accesses go through getStr/setStr every time.
import { PyObject, PyType, PyValue, typeAttrVersion } from "../objects/object.js";
import { NO_ENTRY, type PyDict, type StrEntry } from "../objects/dict.js";
import { dictStore } from "./name-cache.js";
import { getattr, setattr } from "../protocol/attr.js";

export function cachedGetattr(name: string): (obj: PyValue) => PyValue {
  let cT: PyType | null = null, cV = -1;
  let cD: PyDict | null = null, cE: StrEntry = NO_ENTRY;
  return (obj) => {
    if (obj instanceof PyObject) {
      const d = obj.dict;
      if (d !== null) {
        const tp = obj.cls;
        if (tp !== cT || cV !== typeAttrVersion) {
          // (cleared when it fails: a class that gained a descriptor for `name` must not stay cached)
          if (tp.isHeap && tp.slots.getattro === undefined && tp.lookup(name) === undefined) { cT = tp; cV = typeAttrVersion; }
          else cT = null;
        }
        if (tp === cT) {
          if (d === cD) {
            const v = cE.value;
            if (v !== undefined) return v;
          }
          const e = d.strEntry(name);
          if (e !== null) { cD = d; cE = e; return e.value!; }
          const v = d.getStr(name);
          if (v !== undefined) return v;
        }
      }
    }
    return getattr(obj, name);
  };
}

export function cachedSetattr(name: string): (obj: PyValue, v: PyValue) => void {
  let cT: PyType | null = null, cV = -1;
  const store = dictStore(name);
  return (obj, v) => {
    if (obj instanceof PyObject) {
      const d = obj.dict;
      if (d !== null) {
        const tp = obj.cls;
        if (tp !== cT || cV !== typeAttrVersion) {
          if (!(tp.isHeap && tp.slots.setattro === undefined && tp.lookup(name) === undefined && (tp.slotNames === null || tp.slotNames.has(name)))) { cT = null; return setattr(obj, name, v); }
          cT = tp; cV = typeAttrVersion;
        }
        store(d, v);
        return;
      }
    }
    setattr(obj, name, v);
  };
}
