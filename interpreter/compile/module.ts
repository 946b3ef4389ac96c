// Compiling a whole module: scope analysis, then the body as one Exec run in a module frame.
import type * as ast from "../../grammar/ast.js";
import { analyze, ScopeError } from "./scope.js";
import { Compiler } from "./compiler.js";
import type { Exec } from "../frame.js";
import { sharedHooks } from "../shared/hooks.js";
import { manglePrivateNames } from "./mangle.js";

export function compileModule(mod: ast.Module, file: string): Exec {
  // pyt's own library sources ("<frozen threading>"...) use no private names: skip the walk at boot
  if (!file.startsWith("<frozen")) manglePrivateNames(mod);
  sharedHooks.moduleCompiled?.(mod, file);
  const scopes = analyze(mod);
  const c = new Compiler(file, scopes, scopes.get(mod)!, "", mod.input ?? 0);
  return c.block(mod.body);
}
export { ScopeError };
