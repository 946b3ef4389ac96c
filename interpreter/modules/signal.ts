// _signal: what signal.py (py/signal.py, CPython's signal API) needs from below: default_int_handler,
// whether this is MainThread, telling the host what to do with a signal, raising one, and pause().
// The handlers themselves are signal.py's, run by signals.ts.
import { PyModule } from "../objects/module.js";
import { isCallable, type PyValue } from "../objects/object.js";
import { registerModule, nativeFunction } from "../registry.js";
import { makeExc, typeError, overflowError, KeyboardInterrupt } from "../objects/exceptions.js";
import { asInt } from "../objects/args.js";
import { handlerOf, resumeWait, runHandler, runPendingSignals } from "../signals.js";
import { rt } from "../state.js";

const SIGINT = 2;

function isMainThread(): boolean {
  const th = rt.host.threads;
  return th?.mainIdent === undefined || th.ident === th.mainIdent;
}

registerModule("_signal", () => {
  const m = new PyModule("_signal");
  const d = m.globals;
  const def = (name: string, fn: (args: PyValue[]) => PyValue) => d.setStr(name, nativeFunction(name, fn));
  def("default_int_handler", (args) => {
    if (args.length !== 2) throw typeError(`default_int_handler expected 2 arguments, got ${args.length}`);
    throw makeExc(KeyboardInterrupt);
  });
  def("_is_main", () => isMainThread());
  /** An int argument as CPython's "i" converter takes it. */
  def("_index", ([v]) => {
    const i = asInt(v);
    if (typeof i === "bigint") throw overflowError("Python int too large to convert to C int");
    return i;
  });
  /** _disposition(signum, d): the host's part of signal.signal() (Host.setSignalDisposition's codes). */
  def("_disposition", ([signum, disposition]) => {
    rt.host.setSignalDisposition?.(signum as number, disposition as 0 | 1 | 2 | 3);
    return null;
  });
  // As CPython's raise_signal: the signal is the process's, and in MainThread its handler has run
  // before the call returns.
  def("_raise", ([s]) => {
    const signum = s as number;
    const handler = handlerOf(signum);
    if (isMainThread() && (handler === undefined ? signum === SIGINT : isCallable(handler))) {
      if (Atomics.load(rt.interrupt, 0) !== 0) runPendingSignals();
      runHandler(signum);
      return null;
    }
    if (rt.host.raiseSignal) rt.host.raiseSignal(signum);
    return null;
  });
  def("_pause", () => {
    for (;;) {
      rt.host.sleep(Infinity);
      if (resumeWait()) return null;
    }
  });
  return m;
});
