// __import__: the function behind the import statement, which a few programs call themselves
// (__import__('math').sqrt). As CPython's: a dotted name gives its top package unless fromlist is given.
import { registerBuiltin } from "../registry.js";
import { parseArgs } from "../objects/args.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { importValue } from "../compile/imports.js";
import { truthy } from "../protocol/ops.js";

registerBuiltin("__import__", (args, kw) => {
  const [name, , , fromlist, level] = parseArgs("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], 5, 1);
  if (typeof name !== "string") throw typeError("module name must be a string");
  if (level !== undefined && level !== 0) throw valueError("relative imports are not supported by pyt");
  if (name === "") throw valueError("Empty module name");
  const mod = importValue(name);
  if (fromlist !== undefined && fromlist !== null && truthy(fromlist)) return mod;
  const dot = name.indexOf(".");
  return dot < 0 ? mod : importValue(name.slice(0, dot));
});
