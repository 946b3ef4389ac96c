// PyModule: a module object; its attributes are its globals dict. A module made by types.ModuleType(name)
// has the file "" (it is shared between threads as a module with its dict, and shown without a file).
import { PyObject, PyType, PyValue, defineType, hooks, typeOf } from "./object.js";
import { PyDict } from "./dict.js";
import { genericGetattr } from "../protocol/attr.js";
import { parseArgs } from "./args.js";
import { typeError, tn } from "./exceptions.js";
import { adopt } from "./object-type.js";

/** module(name, doc=None)'s arguments, as CPython's module___init__ parses them. */
function moduleArgs(args: PyValue[], kw: string[] | null): [string, PyValue] {
  const [name, doc] = parseArgs("module", args, kw, ["name", "doc"], 2, 1);
  if (typeof name !== "string") throw typeError(`module() argument 'name' must be str, not ${tn(name!)}`);
  return [name, doc ?? null];
}

function moduleInit(m: PyModule, name: string, doc: PyValue): void {
  const d = m.dict!;
  d.setStr("__name__", name);
  d.setStr("__doc__", doc);
  d.setStr("__package__", null);
  d.setStr("__loader__", null);
  d.setStr("__spec__", null);
}

/**
 * The lazy hooks of library modules written in Python, by module name: such a module reaches another
 * thread as its dict (shared/codec.ts), which gets its hook back from here.
 */
export const libraryLazyHooks = new Map<string, (name: string) => PyValue | undefined>();

export class PyModule extends PyObject {
  /**
   * A native module's attributes made on first use (time.tzname: the zone's names cost ICU's ~15 ms
   * start-up, which every worker importing time would pay): given a name, sets it in the dict and
   * returns it, or undefined for a name it does not make.
   */
  lazy: ((name: string) => PyValue | undefined) | null = null;
  /**
   * Attributes bound outside the module's dict (sys.stdout and sys.stderr, one binding for every thread
   * once threads run): get answers undefined for the others; set sees every assignment.
   */
  attrHook: { get(name: string): PyValue | undefined; set(name: string, v: PyValue): void } | null = null;
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
    new: (cls: PyType, args: PyValue[], kw: string[] | null) => {
      const [name, doc] = moduleArgs(args, kw);
      const m = new PyModule(name, undefined, "");
      moduleInit(m, name, doc);
      return cls.isHeap ? adopt(m, cls) : m;
    },
    init: (m: PyValue, args: PyValue[], kw: string[] | null) => {
      const [name, doc] = moduleArgs(args, kw);
      if (m instanceof PyModule) moduleInit(m, name, doc);
    },
    getattro: (m: PyModule, name: string) => {
      if (m.attrHook !== null) {
        const hv = m.attrHook.get(name);
        if (hv !== undefined) return hv;
      }
      const v = m.dict!.getStr(name);
      if (v !== undefined) return v;
      const found = (m.lazy !== null ? m.lazy(name) : undefined) ?? genericGetattr(m, name);
      if (found !== undefined) return found;
      // PEP 562: a module's own __getattr__ answers for the names it lacks (logging.handlers' unsupported ones)
      const hook = m.dict!.getStr("__getattr__");
      return hook !== undefined && hook !== null ? typeOf(hook).slots.call!(hook, [name], null) : undefined;
    },
    setattro: (m: PyModule, name: string, v: PyValue) => {
      if (m.attrHook !== null) m.attrHook.set(name, v);
      m.dict!.setStr(name, v);
    },
    repr: (m: PyModule) =>
      m.file ? `<module '${m.name}' from '${m.file}'>` : m.file === "" ? `<module '${m.name}'>` : `<module '${m.name}' (built-in)>`,
  },
});
hooks.moduleName = (o) => (o instanceof PyModule ? o.name : undefined);
