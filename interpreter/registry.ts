// The registry by name: the `builtins` module's dict and the builtin modules (sys, time, math, random,
// threading...). Register at load time: `registerBuiltin("len", fn)`, `registerModule("math", () => m)`.
// Another worker loads the same files and finds the same builtin under the same name.
import { PyValue, NativeFn, PyType } from "./objects/object.js";
import { PyDict } from "./objects/dict.js";
import { PyModule } from "./objects/module.js";
import { PyBuiltinFunction } from "./objects/function.js";

export const builtinsDict = new PyDict();
const moduleFactories = new Map<string, (interp: ModuleContext) => PyModule>();

/** What a module factory may need from the running interpreter. */
export interface ModuleContext {
  readonly host: import("./host.js").Host;
}

/** Registers a builtin: a native function `(args, kwnames) => value`, a type, or any value. */
export function registerBuiltin(name: string, v: NativeFn | PyValue | PyType): void {
  builtinsDict.setStr(name, typeof v === "function" ? new PyBuiltinFunction(name, v as NativeFn) : (v as PyValue));
}
/** A native function object (for module dicts). */
export function nativeFunction(name: string, fn: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn);
}
export function registerModule(name: string, factory: (ctx: ModuleContext) => PyModule): void {
  moduleFactories.set(name, factory);
}
export function moduleFactory(name: string): ((ctx: ModuleContext) => PyModule) | undefined {
  return moduleFactories.get(name);
}
