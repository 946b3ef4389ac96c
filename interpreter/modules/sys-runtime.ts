// sys's questions about the interpreter itself that lessons ask: the thread switch interval (GIL
// lessons shorten it to provoke races; pyt has no GIL and keeps the value only to report it), intern,
// the encodings, hexversion, maxunicode. Reference counts and object sizes are CPython's own, which pyt
// cannot give: getrefcount and getsizeof say so.
import type { PyDict } from "../objects/dict.js";
import { PyFloat, type PyValue } from "../objects/object.js";
import { typeError, valueError, tn, notImplementedError } from "../objects/exceptions.js";
import { nativeFunction } from "../registry.js";

/** In whole microseconds, as CPython keeps it (so 1e-7 reads back as 0.0). */
let switchMicros = 5000;

/** CPython's METH_NOARGS / METH_O wording. */
function argCount(name: string, args: PyValue[], n: 0 | 1): void {
  if (args.length === n) return;
  throw typeError(n === 0 ? `sys.${name}() takes no arguments (${args.length} given)`
    : `sys.${name}() takes exactly one argument (${args.length} given)`);
}

export function addRuntimeInfo(d: PyDict): void {
  d.setStr("getswitchinterval", nativeFunction("getswitchinterval", (args) => {
    argCount("getswitchinterval", args, 0);
    return new PyFloat(1e-6 * switchMicros);
  }));
  d.setStr("setswitchinterval", nativeFunction("setswitchinterval", (args) => {
    argCount("setswitchinterval", args, 1);
    const v = args[0];
    const x = v instanceof PyFloat ? v.value : typeof v === "number" || typeof v === "boolean" ? +v
      : typeof v === "bigint" ? Number(v) : null;
    if (x === null) throw typeError(`must be real number, not ${tn(v)}`);
    if (!(x > 0)) throw valueError("switch interval must be strictly positive");
    switchMicros = Math.trunc(1e6 * x);
    return null;
  }));
  d.setStr("intern", nativeFunction("intern", (args) => {
    argCount("intern", args, 1);
    if (typeof args[0] !== "string") throw typeError(`intern() argument must be str, not ${args[0] === null ? "None" : tn(args[0])}`);
    return args[0];
  }));
  d.setStr("getdefaultencoding", nativeFunction("getdefaultencoding", (args) => { argCount("getdefaultencoding", args, 0); return "utf-8"; }));
  d.setStr("getfilesystemencoding", nativeFunction("getfilesystemencoding", (args) => { argCount("getfilesystemencoding", args, 0); return "utf-8"; }));
  d.setStr("is_finalizing", nativeFunction("is_finalizing", (args) => { argCount("is_finalizing", args, 0); return false; }));
  d.setStr("maxunicode", 0x10ffff);
  d.setStr("hexversion", 0x030b00f0); // 3.11.0 final, as version_info says
  for (const name of ["getrefcount", "getsizeof"]) {
    d.setStr(name, nativeFunction(name, () => {
      throw notImplementedError(`sys.${name}() is not supported by pyt (its objects have no CPython reference counts or sizes)`);
    }));
  }
}
