// The program's end, as CPython's Py_FinalizeEx: threading's _register_atexit calls, the wait for
// non-daemon threads, then the atexit module's callbacks (interpreter/modules/py/atexit.py). runMain and
// the REPL's exit (interactive.ts) call runExitHandlers; the runtime then waits for any thread left
// (runtime/worker-main.ts _shutdown) and ends the process.
import { call } from "./protocol/call.js";
import type { PyValue } from "./objects/object.js";
import { PyModule } from "./objects/module.js";
import { toPyException } from "./objects/exceptions.js";
import { formatException } from "./traceback.js";
import { sharedHooks } from "./shared/hooks.js";
import { rt } from "./state.js";

/** Runs what a program's end runs before the process exits; returns the exit status. */
export function runExitHandlers(status: number): number {
  runThreadingAtexits();
  return runAtexitCallbacks(status);
}

/** threading's _register_atexit calls, once __main__ is done (CPython's threading._shutdown makes them
 *  before it waits for non-daemon threads: a ThreadPoolExecutor left open finishes its work then). */
function runThreadingAtexits(): void {
  const run = rt.modules.get("threading")?.globals.getStr("_run_atexits");
  if (run === undefined) return;
  try { call(run as PyValue, []); } catch (e) {
    rt.host.write(2, formatException(toPyException(e).exc));
  }
}

/**
 * The atexit module's callbacks, if it was imported (by any thread) and holds some. CPython's
 * Py_FinalizeEx runs them once threading's shutdown has joined the non-daemon threads, so that wait
 * happens here first (otherwise the runtime does it after runMain: runtime/worker-main.ts _shutdown).
 * Ctrl-C during that wait is ignored as CPython's threading._shutdown ignores it: the status stays.
 */
function runAtexitCallbacks(status: number): number {
  const m = rt.modules.get("atexit") ?? sharedHooks.importShared?.("atexit");
  if (!(m instanceof PyModule)) return status;
  try {
    const count = call(m.globals.getStr("_ncallbacks") as PyValue, []);
    if (count === 0) return status;
    joinNonDaemonThreads();
    call(m.globals.getStr("_run_exitfuncs") as PyValue, []);
  } catch (e) {
    rt.host.write(2, formatException(toPyException(e).exc));
  }
  return status;
}

/** Waits for the threads the program's end waits for (Ctrl-C ends the wait). */
function joinNonDaemonThreads(): void {
  const th = rt.host.threads;
  if (th?.enumerate === undefined || th.join === undefined) return;
  // No current line while it waits: a deadlock report says "at the end of the program", as for the
  // runtime's own wait
  const frame = rt.frame;
  rt.frame = null;
  try {
    for (;;) {
      const rest = th.enumerate().filter((t) => !t.daemon && t.ident !== th.ident);
      if (rest.length === 0) return;
      th.join(rest[0].ident, -1);
      if (Atomics.load(rt.interrupt, 0) !== 0) {
        rt.host.takeInterrupt();
        // (the program ends without them, as CPython's does once Ctrl-C stopped threading._shutdown)
        for (const t of rest) th.forget?.(t.ident);
        rt.host.write(2, "Exception ignored in: <module 'threading'>\nKeyboardInterrupt: \n");
        return;
      }
    }
  } finally {
    rt.frame = frame;
  }
}
