// PyModule: a module object; its attributes are its globals dict.
import { PyObject, PyValue, defineType, hooks } from "./object.js";
import { PyDict } from "./dict.js";
import { genericGetattr } from "../protocol/attr.js";

export class PyModule extends PyObject {
  constructor(readonly name: string, dict?: PyDict, readonly file: string | null = null) {
    super();
    this.dict = dict ?? new PyDict();
    this.dict.setStr("__name__", name);
  }
  get globals(): PyDict { return this.dict!; }
}
export const moduleType = defineType("module", {
  proto: PyModule,
  slots: {
    getattro: (m: PyModule, name: string) => {
      const v = m.dict!.getStr(name);
      return v !== undefined ? v : genericGetattr(m, name);
    },
    setattro: (m: PyModule, name: string, v: PyValue) => m.dict!.setStr(name, v),
    repr: (m: PyModule) => (m.file ? `<module '${m.name}' from '${m.file}'>` : `<module '${m.name}' (built-in)>`),
  },
});
hooks.moduleName = (o) => (o instanceof PyModule ? o.name : undefined);
