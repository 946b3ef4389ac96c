// super(): PySuper(startType, obj) looks attributes up along type(obj).__mro__ after startType and
// binds them to obj. Zero-argument super() is compiled to makeSuper(__class__ cell, first argument).
import { PyObject, PyType, PyValue, defineType, typeOf } from "./object.js";
import { typeError, runtimeError, attributeError } from "./exceptions.js";
import { genericGetattr } from "../protocol/attr.js";
import { repr } from "../protocol/repr.js";

export class PySuper extends PyObject {
  constructor(readonly start: PyType, readonly obj: PyValue, readonly objType: PyType) { super(); }
}

export function makeSuper(start: PyValue | undefined, obj: PyValue | undefined): PySuper {
  if (start === undefined) throw runtimeError("super(): __class__ cell not found");
  if (obj === undefined) throw runtimeError("super(): no arguments");
  if (!(start instanceof PyType)) throw typeError("super() argument 1 must be a type, not " + typeOf(start).name);
  const objType = obj instanceof PyType && obj.isSubtype(start) ? obj : typeOf(obj);
  if (!objType.isSubtype(start)) throw typeError("super(type, obj): obj must be an instance or subtype of type");
  return new PySuper(start, obj, objType);
}

function superGetattro(s: PySuper, name: string): PyValue | undefined {
  if (name === "__class__") return genericGetattr(s, name);
  const mro = s.objType.mro;
  let i = mro.indexOf(s.start) + 1;
  for (; i < mro.length; i++) {
    const v = mro[i].getOwn(name);
    if (v === undefined) continue;
    if (v instanceof PyObject) {
      const get = v.cls.slots.get;
      if (get) return get(v, s.obj === s.objType ? undefined : s.obj, s.objType);
    }
    return v;
  }
  return genericGetattr(s, name);
}

export const superType = defineType("super", {
  proto: PySuper,
  slots: {
    getattro: superGetattro,
    new: (_cls, args) => {
      if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
      if (args.length === 1 && !(args[0] instanceof PyType)) throw typeError("super() argument 1 must be a type, not " + typeOf(args[0]).name);
      if (args.length === 1) throw runtimeError("super() with one argument (an unbound super object) is not supported by pyt");
      if (args.length !== 2) throw runtimeError("super(): no arguments");
      return makeSuper(args[0], args[1]);
    },
    repr: (s: PySuper) => `<super: <class '${s.start.name}'>, <${s.objType.name} object>>`,
  },
});
export { attributeError, repr };
