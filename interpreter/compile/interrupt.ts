// The KeyboardInterrupt (and signal handler: signals.ts) safepoint of loop back-edges and function entries. The pending word is read
// with a plain load there, not Atomics.load: V8 does not inline Atomics.load (a builtin call, several
// times the cost of a load: ~15% of a list comprehension's step, ~10% of a small call). A plain read of
// the SharedArrayBuffer is never torn, and a safepoint between closure calls is re-read each time; in
// case a compiler ever hoisted it out of a loop, loops also pass here every 4096th iteration
// (`(++tick & 4095) === 0`), and this confirms with Atomics.load before raising.
import { handlerPending, runPendingSignals } from "../signals.js";
import { rt } from "../state.js";

/** Another thread's request to this one (shared/remote-iter.ts): its flag word, and what serves it. */
export const service = { flag: null as Int32Array | null, serve: null as (() => void) | null };

/** Raises KeyboardInterrupt or runs the signal handlers when a signal is pending; a no-op otherwise. */
export function checkInterrupt(): void {
  // A thread that computes without waiting serves requests here (loops pass every 4096th iteration).
  const f = service.flag;
  if (f !== null && f[0] !== 0 && Atomics.exchange(f, 0, 0) !== 0) service.serve!();
  if (Atomics.load(rt.interrupt, 0) !== 0) runPendingSignals();
}

/**
 * The safepoint at the entry of a library function (a frozen module's: threading's Condition.wait...).
 * A signal with a handler waits there for the next check outside the library: its code may hold a lock
 * the handler takes (Event.wait holds its Condition's lock until Condition.wait releases it, and a
 * handler's Event.set() would then wait for MainThread itself). KeyboardInterrupt is raised as anywhere.
 */
export function checkInterruptInLibrary(): void {
  if (Atomics.load(rt.interrupt, 0) !== 0 && !handlerPending()) runPendingSignals();
}
