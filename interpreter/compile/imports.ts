// import / from-import of builtin modules, found by name in the registry and created once per
// interpreter (rt.modules is sys.modules).
import { PyValue } from "../objects/object.js";
import { PyModule } from "../objects/module.js";
import { PyBuiltinFunction } from "../objects/function.js";
import { moduleNotFoundError, importError } from "../objects/exceptions.js";
import { moduleFactory } from "../registry.js";
import { getattrOpt } from "../protocol/attr.js";
import { rt } from "../state.js";
import { sharedHooks } from "../shared/hooks.js";
import { STDLIB_MODULES } from "../modules/stdlib-names.js";

/** Modules run before the program imported them (interpreter/preimport.ts), taken by their import. */
export const importAhead = { take: null as ((name: string) => PyModule | undefined) | null };

export function importModule(name: string): PyModule {
  const m = rt.modules.get(name) ?? importAhead.take?.(name);
  if (m) return m;
  const shared = sharedHooks.importShared?.(name);
  if (shared instanceof PyModule) { rt.modules.set(name, shared); return shared; }
  const factory = moduleFactory(name);
  if (!factory) {
    // As CPython, which imports a submodule's package first: a missing package is what is reported.
    const dot = name.lastIndexOf(".");
    if (dot > 0) {
      const parent = name.slice(0, dot);
      importModule(parent);
      if (!stdlib().packages.has(parent)) throw moduleNotFoundError(name, `No module named '${name}'; '${parent}' is not a package`);
    }
    throw moduleNotFoundError(name, missingMessage(name));
  }
  importing.add(name);
  let mod: PyModule;
  try { mod = factory({ host: rt.host }); } finally { importing.delete(name); }
  for (const [, v] of mod.dict!.entries()) if (v instanceof PyBuiltinFunction && v.self === undefined) v.module ??= name;
  rt.modules.set(name, mod);
  return mod;
}

/** Modules whose factory is running in this worker (a package's own body imports its submodules). */
const importing = new Set<string>();

let names: { modules: Set<string>; packages: Set<string> } | null = null;

/** CPython's standard-library modules, and those of them that are packages (they have submodules). */
function stdlib(): { modules: Set<string>; packages: Set<string> } {
  if (names !== null) return names;
  const modules = new Set(STDLIB_MODULES.split(" "));
  const packages = new Set<string>();
  for (const m of modules) for (let i = m.indexOf("."); i > 0; i = m.indexOf(".", i + 1)) packages.add(m.slice(0, i));
  return (names = { modules, packages });
}

/**
 * Why `name` cannot be imported: a module of CPython's standard library that pyt lacks says so (the usual
 * "No module named" would read as if it did not exist); any other module gets CPython's words.
 */
function missingMessage(name: string): string {
  return stdlib().modules.has(name) ? `the standard library's '${name}' module is not supported yet` : `No module named '${name}'`;
}

/**
 * The value an import statement binds: what sys.modules holds under `name` once sys is loaded (an
 * assignment `sys.modules["cfg"] = obj` makes `import cfg` give obj), else the module, loaded afresh if
 * a program deleted it from sys.modules (as CPython re-imports it).
 */
export function importValue(name: string): PyValue {
  // As CPython, an import statement imports a submodule's packages first, outermost first: `from
  // concurrent.futures.thread import ThreadPoolExecutor` needs concurrent.futures, which fills the thread
  // module in (pool threads load that module alone, through importModule). A package whose body is
  // running (it imports its own submodule) is already on its way.
  for (let i = name.indexOf("."); i > 0; i = name.indexOf(".", i + 1)) {
    const parent = name.slice(0, i);
    if (!rt.modules.has(parent) && !importing.has(parent)) importValue(parent);
  }
  const d = rt.modules.dict;
  if (d !== null) {
    const v = d.getStr(name);
    // (CPython's import: None in sys.modules stops it)
    if (v === null) throw moduleNotFoundError(name, `import of ${name} halted; None in sys.modules`);
    if (v !== undefined) return v as PyValue;
    if (rt.modules.has(name)) rt.modules.delete(name);
  }
  return importModule(name);
}

export function importFrom(m: PyValue, modName: string, name: string): PyValue {
  let v = getattrOpt(m, name);
  // As CPython's _handle_fromlist: `from concurrent import futures` imports the submodule it names
  if (v === undefined && m instanceof PyModule && (rt.modules.has(`${modName}.${name}`) || moduleFactory(`${modName}.${name}`))) {
    importValue(`${modName}.${name}`);
    v = getattrOpt(m, name);
  }
  if (v === undefined) throw importError(`cannot import name '${name}' from '${modName}' (unknown location)`, modName);
  return v;
}
