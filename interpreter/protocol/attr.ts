// The attribute protocol: getattr/setattr/delattr with descriptors (data descriptors first, then the
// instance __dict__, then non-data descriptors such as functions, which bind to the instance), the
// __getattr__ fallback, and CPython's AttributeError wording for instances, types and modules.
import { PyObject, PyType, PyValue, typeOf, hooks } from "../objects/object.js";
import { attributeError, tn, PyBaseException, newDictHook, isExc, AttributeError } from "../objects/exceptions.js";
import { callBound } from "./call.js";

/** object.__getattribute__: undefined when not found. */
export function genericGetattr(obj: PyValue, name: string): PyValue | undefined {
  const tp = typeOf(obj);
  const d = tp.lookup(name);
  let get: ((d: any, obj: PyValue | undefined, type: PyType) => PyValue) | undefined;
  if (d instanceof PyObject) {
    const s = d.cls.slots;
    get = s.get;
    if (get !== undefined && s.set !== undefined) return get(d, obj, tp);
  }
  const dict = obj instanceof PyObject ? obj.dict : null;
  if (dict) {
    const v = dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (get !== undefined) return get(d, obj, tp);
  return d;
}

/** getattr(obj, name) or undefined (no AttributeError raised by the lookup itself). */
export function getattrOpt(obj: PyValue, name: string): PyValue | undefined {
  const tp = typeOf(obj);
  const ga = tp.slots.getattro;
  let v: PyValue | undefined;
  try {
    v = ga ? ga(obj, name) : genericGetattr(obj, name);
  } catch (e) {
    // CPython's slot_tp_getattr_hook: an AttributeError raised by the lookup (a property's getter, a
    // __getattribute__) falls back to __getattr__ as a miss does
    const hook = isExc(e, AttributeError) ? tp.lookup("__getattr__") : undefined;
    if (hook == null) throw e;
    return callBound(hook, obj, [name]);
  }
  if (v === undefined) {
    const hook = tp.lookup("__getattr__");
    if (hook != null) v = callBound(hook, obj, [name]);
  }
  return v;
}

export function getattr(obj: PyValue, name: string): PyValue {
  const v = getattrOpt(obj, name);
  if (v === undefined) throw noAttribute(obj, name);
  return v;
}

export function noAttribute(obj: PyValue, name: string) {
  const e = noAttributeMsg(obj, name);
  e.exc.suggest = { kind: "attr", name, obj };
  return e;
}
function noAttributeMsg(obj: PyValue, name: string) {
  if (obj instanceof PyType) return attributeError(`type object '${obj.tpName}' has no attribute '${name}'`);
  const mod = hooks.moduleName?.(obj);
  if (mod !== undefined) return attributeError(`module '${mod}' has no attribute '${name}'`);
  return attributeError(`'${tn(obj)}' object has no attribute '${name}'`);
}
hooks.noAttribute = noAttribute;

/** object.__setattr__. */
export function genericSetattr(obj: PyValue, name: string, v: PyValue): void {
  const tp = typeOf(obj);
  const d = tp.lookup(name);
  if (d instanceof PyObject) {
    const set = d.cls.slots.set;
    if (set) { set(d, obj, v); return; }
  }
  const dict = obj instanceof PyObject ? obj.dict ?? excDict(obj) : null;
  if (dict && (tp.slotNames === null || tp.slotNames.has(name))) { dict.setStr(name, v); return; }
  if (d !== undefined) throw attributeError(`'${tn(obj)}' object attribute '${name}' is read-only`);
  throw attributeError(`'${tn(obj)}' object has no attribute '${name}'`);
}

/** A builtin exception's __dict__, made at its first attribute (most exceptions never get one). */
export function excDict(o: PyObject): PyObject["dict"] {
  if (!(o instanceof PyBaseException)) return null;
  return (o.dict = newDictHook.make());
}

export function setattr(obj: PyValue, name: string, v: PyValue): void {
  const s = typeOf(obj).slots.setattro;
  if (s) s(obj, name, v);
  else genericSetattr(obj, name, v);
}

export function genericDelattr(obj: PyValue, name: string): void {
  const tp = typeOf(obj);
  const d = tp.lookup(name);
  if (d instanceof PyObject) {
    const del = d.cls.slots.delete;
    if (del) { del(d, obj); return; }
  }
  const dict = obj instanceof PyObject ? obj.dict : null;
  if (dict && dict.delete(name) !== undefined) return;
  // CPython's del neither suggests a name ("Did you mean") nor names the object for an unset slot
  if (tp.slotNames?.has(name)) throw attributeError(name);
  throw noAttributeMsg(obj, name);
}

export function delattr(obj: PyValue, name: string): void {
  const s = typeOf(obj).slots.delattro;
  if (s) s(obj, name);
  else genericDelattr(obj, name);
}

