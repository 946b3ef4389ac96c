// f.__code__: a read-only view of a function's compiled code with the co_* attributes lessons look at
// (a decorator printing co_varnames[:co_argcount], co_name, co_firstlineno). There is no bytecode:
// co_code and the like are absent.
import { PyObject, PyValue, defineType } from "./object.js";
import { getset } from "./getset.js";
import { PyTuple } from "./tuple.js";
import type { PyFunction, FunctionCode } from "./function.js";
import { objectId } from "../protocol/repr.js";

export class PyCodeObject extends PyObject {
  constructor(readonly code: FunctionCode) { super(); }
  /** CPython's order: positional and keyword-only parameters, *args, **kwargs, then the other locals
   *  that no inner function captures. */
  varnames(): string[] {
    const c = this.code, info = c.info;
    void info;
    const params = paramNames(c);
    const cells = new Set(info?.cellVars ?? []);
    for (const n of c.localNames ?? []) if (!params.includes(n) && !cells.has(n)) params.push(n);
    return params;
  }
}
function paramNames(c: FunctionCode): string[] {
  const info = c.info;
  const pos = (c.localNames ?? []).slice(0, c.argcount ?? 0);
  const out = [...pos, ...(c.kwonlyNames ?? [])];
  if (info?.varargName) out.push(info.varargName);
  if (info?.kwargName) out.push(info.kwargName);
  return out;
}

const codes = new WeakMap<FunctionCode, PyCodeObject>();
export function codeObjectOf(f: PyFunction): PyCodeObject {
  let o = codes.get(f.code);
  if (!o) codes.set(f.code, (o = new PyCodeObject(f.code)));
  return o;
}

const strs = (xs: readonly string[]) => new PyTuple(xs as PyValue[]);
export const codeType = defineType("code", {
  proto: PyCodeObject,
  attrs: {
    co_name: getset("co_name", (o: PyCodeObject) => o.code.name),
    co_qualname: getset("co_qualname", (o: PyCodeObject) => o.code.qualname ?? o.code.name),
    co_filename: getset("co_filename", (o: PyCodeObject) => o.code.file ?? "<unknown>"),
    co_firstlineno: getset("co_firstlineno", (o: PyCodeObject) => o.code.info?.firstLine ?? 0),
    co_argcount: getset("co_argcount", (o: PyCodeObject) => o.code.argcount ?? 0),
    co_posonlyargcount: getset("co_posonlyargcount", (o: PyCodeObject) => o.code.posonlyCount ?? 0),
    co_kwonlyargcount: getset("co_kwonlyargcount", (o: PyCodeObject) => o.code.kwonlyNames?.length ?? 0),
    co_varnames: getset("co_varnames", (o: PyCodeObject) => strs(o.varnames())),
    co_nlocals: getset("co_nlocals", (o: PyCodeObject) => o.varnames().length),
    // (sorted by name, as CPython's compiler lists them)
    co_cellvars: getset("co_cellvars", (o: PyCodeObject) => strs([...(o.code.info?.cellVars ?? [])].sort())),
    co_freevars: getset("co_freevars", (o: PyCodeObject) => strs([...(o.code.info?.freeVars ?? [])].sort())),
  },
  slots: {
    repr: (o: PyCodeObject) =>
      `<code object ${o.code.name} at 0x${objectId(o).toString(16).padStart(12, "0")}, file "${o.code.file ?? "<unknown>"}", line ${o.code.info?.firstLine ?? 0}>`,
  },
});
