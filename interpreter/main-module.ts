// The globals CPython gives __main__ before the program runs, in its order: a program printing dir()
// or globals() sees the same names. A file has __file__ and __cached__; -c, piped code and the REPL
// have neither, and BuiltinImporter as their loader.
import { PyObject, defineType } from "./objects/object.js";
import { PyDict } from "./objects/dict.js";
import { importModule } from "./compile/imports.js";

/** importlib's loader of a source file, shown as CPython's (`<_frozen_importlib_external.SourceFileLoader object at 0x…>`). */
class PySourceFileLoader extends PyObject {}
defineType("SourceFileLoader", { proto: PySourceFileLoader, module: "_frozen_importlib_external" });
const builtinImporter = defineType("BuiltinImporter", { module: "_frozen_importlib" });

/** file: the script's path, or null for code that has none (-c, stdin, the REPL). */
export function initMainGlobals(g: PyDict, file: string | null): void {
  // (__name__ is already set by PyModule)
  g.setStr("__doc__", null);
  g.setStr("__package__", null);
  g.setStr("__loader__", file === null ? builtinImporter : new PySourceFileLoader());
  g.setStr("__spec__", null);
  g.setStr("__annotations__", new PyDict());
  // __main__'s is the builtins module (an imported module's is its dict, as in CPython)
  g.setStr("__builtins__", importModule("builtins"));
  if (file !== null) {
    g.setStr("__file__", file);
    g.setStr("__cached__", null);
  }
}
