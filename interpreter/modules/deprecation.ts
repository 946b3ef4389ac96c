// DeprecationWarning for the threading module's old camelCase names (getName, currentThread, ...), as
// CPython's warnings.warn(msg, DeprecationWarning, stacklevel=2) prints it under the default filters:
// only for a call from __main__, once per (message, line). `shown` holds those pairs (CPython keeps them
// in __main__'s __warningregistry__); it is the threading module's, so threads calling from one line
// warn once between them.
import type { PyDict } from "../objects/dict.js";
import { PyTuple } from "../objects/tuple.js";
import { rt } from "../state.js";
import { sourceLine } from "../traceback.js";

export function warnDeprecated(shown: PyDict, message: string): void {
  const f = rt.frame; // the innermost user frame: the caller of the threading function
  if (f === null || f.globals.getStr("__name__") !== "__main__") return;
  const key = new PyTuple([message, f.line]);
  if (shown.get(key) !== undefined) return;
  shown.set(key, true);
  const text = sourceLine(f.info.file, f.line)?.trim();
  rt.host.write(2, `${f.info.file}:${f.line}: DeprecationWarning: ${message}\n${text ? `  ${text}\n` : ""}`);
}
