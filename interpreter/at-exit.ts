// The program's end, as CPython's Py_FinalizeEx: threading's _register_atexit calls (runMain and the
// REPL's exit, interactive.ts, once __main__ is done), then the wait for non-daemon threads (the
// runtime's: runtime/worker-main.ts _shutdown), then the atexit module's callbacks
// (interpreter/modules/py/atexit.py), which the runtime asks for once that wait is over (Runner.atExit).
import { call } from "./protocol/call.js";
import type { PyValue } from "./objects/object.js";
import { PyModule } from "./objects/module.js";
import { toPyException } from "./objects/exceptions.js";
import { formatException } from "./traceback.js";
import { sharedHooks } from "./shared/hooks.js";
import { rt } from "./state.js";
import { runPendingSignals } from "./signals.js";

/** threading's _register_atexit calls, once __main__ is done (CPython's threading._shutdown makes them
 *  before it waits for non-daemon threads: a ThreadPoolExecutor left open finishes its work then). */
export function runThreadingAtexits(): void {
  const run = rt.modules.get("threading")?.globals.getStr("_run_atexits");
  if (run === undefined) return;
  try { call(run as PyValue, []); } catch (e) {
    rt.host.write(2, formatException(toPyException(e).exc));
  }
}

/**
 * MainThread at the program's end, its wait for non-daemon threads cut short by a signal: runs the
 * handlers, as CPython's threading._shutdown does in its wait. Null if they returned (the wait goes on),
 * else what an "Exception ignored in" report says of the exception (the wait is given up).
 */
export function runSignalsAtExit(): string | null {
  try {
    if (Atomics.load(rt.interrupt, 0) !== 0) runPendingSignals();
    return null;
  } catch (e) {
    const exc = toPyException(e).exc;
    const text = formatException(exc);
    // (CPython's unraisable hook writes "Name: " for an empty message)
    return text.endsWith(`\n${exc.cls.name}\n`) || text === `${exc.cls.name}\n` ? text.slice(0, -1) + ": \n" : text;
  }
}

/**
 * The atexit module's callbacks, if it was imported (by any thread), once the non-daemon threads are
 * joined. A Ctrl-C that stopped that wait was ignored there, as CPython's threading._shutdown ignores it:
 * it does not reach the callbacks.
 */
export function runAtexitCallbacks(): void {
  const m = rt.modules.get("atexit") ?? sharedHooks.importShared?.("atexit");
  if (!(m instanceof PyModule)) return;
  if (Atomics.load(rt.interrupt, 0) !== 0) rt.host.takeInterrupt();
  try {
    call(m.globals.getStr("_run_exitfuncs") as PyValue, []);
  } catch (e) {
    rt.host.write(2, formatException(toPyException(e).exc));
  }
}
