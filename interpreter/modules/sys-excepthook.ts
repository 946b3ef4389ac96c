// sys.excepthook: what prints an exception that leaves the main program. Lessons replace it to log or
// to shorten tracebacks; the default (also sys.__excepthook__) prints CPython's traceback.
import type { PyValue } from "../objects/object.js";
import { PyBaseException, toPyException, tn } from "../objects/exceptions.js";
import { nativeFunction } from "../registry.js";
import { formatException } from "../traceback.js";
import { arity, call } from "../protocol/call.js";
import { getattr } from "../protocol/attr.js";
import { rt } from "../state.js";

export const defaultExcepthook = nativeFunction("excepthook", (args) => {
  arity("excepthook", args, 3, 3);
  const v = args[1];
  // CPython's PyErr_Display reports a non-exception on stderr instead of raising
  if (!(v instanceof PyBaseException)) rt.host.write(2, `TypeError: print_exception(): Exception expected for value, ${tn(v)} found\n`);
  else rt.host.write(2, formatException(v));
  return null;
});

/** Prints exc through the program's sys.excepthook (if sys was imported and the hook replaced), as
 *  CPython does for an uncaught exception; a failing hook is reported with the original exception. */
export function reportUncaught(exc: PyBaseException): void {
  const hook = rt.modules.get("sys")?.globals.getStr("excepthook");
  if (hook === undefined || hook === defaultExcepthook) {
    rt.host.write(2, formatException(exc));
    return;
  }
  try {
    call(hook as PyValue, [exc.cls, exc, getattr(exc, "__traceback__")]);
  } catch (e) {
    const err = toPyException(e).exc;
    rt.host.write(2, `Error in sys.excepthook:\n${formatException(err)}\nOriginal exception was:\n${formatException(exc)}`);
  }
}
