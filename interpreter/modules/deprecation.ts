// DeprecationWarning for the threading module's old camelCase names (getName, currentThread, ...), as
// CPython's warnings.warn(msg, DeprecationWarning, stacklevel=2) gives it: the user frame that called
// the threading function is the warning's place. Once the program has imported warnings, that module
// decides (its filters, catch_warnings, showwarning); before, CPython's default filters are applied
// here without loading it: shown only for a call from __main__, once per (message, line), recorded in
// the frame's __warningregistry__ as warnings does (version 1: its filters as the import leaves them),
// so a later import of warnings knows what was shown. __main__'s globals are shared, so threads calling
// from one line warn once between them.
import { PyDict } from "../objects/dict.js";
import { PyTuple } from "../objects/tuple.js";
import { PyModule } from "../objects/module.js";
import type { PyValue } from "../objects/object.js";
import { builtinsDict } from "../registry.js";
import { call } from "../protocol/call.js";
import { sharedHooks } from "../shared/hooks.js";
import { rt } from "../state.js";
import { sourceLine } from "../traceback.js";

export function warnDeprecated(message: string): void {
  const f = rt.frame; // the innermost user frame: the caller of the threading function
  if (f === null) return;
  const category = builtinsDict.getStr("DeprecationWarning") as PyValue;
  const warnings = rt.modules.get("warnings") ?? sharedHooks.importShared?.("warnings");
  if (warnings instanceof PyModule) {
    call(warnings.globals.getStr("_warn_at") as PyValue, [message, category, f.globals, f.info.file, f.line]);
    return;
  }
  if (f.globals.getStr("__name__") !== "__main__") return;
  const found = f.globals.getStr("__warningregistry__");
  const registry = found instanceof PyDict ? found : new PyDict();
  if (registry !== found) f.globals.setStr("__warningregistry__", registry);
  if (registry.getStr("version") !== 1) {
    registry.clear();
    registry.setStr("version", 1);
  }
  const key = new PyTuple([message, category, f.line]);
  if (registry.get(key) !== undefined) return;
  registry.set(key, 1);
  const text = sourceLine(f.info.file, f.line)?.trim();
  rt.host.write(2, `${f.info.file}:${f.line}: DeprecationWarning: ${message}\n${text ? `  ${text}\n` : ""}`);
}
