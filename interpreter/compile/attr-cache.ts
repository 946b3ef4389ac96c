// Attribute access with a per-site inline cache: for an instance of a class that has no attribute of
// that name on its type (no method, no descriptor, no __getattribute__/__setattr__), the value lives
// only in the instance __dict__, so the MRO lookup is skipped while (type, typeAttrVersion) holds.
import { PyObject, PyType, PyValue, typeAttrVersion } from "../objects/object.js";
import { getattr, setattr } from "../protocol/attr.js";

export function cachedGetattr(name: string): (obj: PyValue) => PyValue {
  let cT: PyType | null = null, cV = -1;
  return (obj) => {
    if (obj instanceof PyObject) {
      const d = obj.dict;
      if (d !== null) {
        const tp = obj.cls;
        if (tp !== cT || cV !== typeAttrVersion) {
          if (tp.isHeap && tp.slots.getattro === undefined && tp.lookup(name) === undefined) { cT = tp; cV = typeAttrVersion; }
        }
        if (tp === cT) {
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
  return (obj, v) => {
    if (obj instanceof PyObject) {
      const d = obj.dict;
      if (d !== null) {
        const tp = obj.cls;
        if (tp === cT && cV === typeAttrVersion) { d.setStr(name, v); return; }
        if (tp.isHeap && tp.slots.setattro === undefined && tp.lookup(name) === undefined) {
          cT = tp; cV = typeAttrVersion;
          d.setStr(name, v);
          return;
        }
      }
    }
    setattr(obj, name, v);
  };
}
