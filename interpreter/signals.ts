// Pending signals, run in MainThread where CPython runs them: between bytecodes (the safepoints of
// compile/interrupt.ts) and in a wait they interrupted. With no handler set, SIGINT raises
// KeyboardInterrupt there, as it always did; a handler set by signal.signal() (signal.py keeps them in
// its _handlers dict) is called instead, and when it returns the interrupted code goes on: a wait
// resumes (PEP 475; resumeWait), with what was left of its timeout.
import { makeExc, KeyboardInterrupt } from "./objects/exceptions.js";
import { PyDict } from "./objects/dict.js";
import { PyModule } from "./objects/module.js";
import { isCallable, type PyValue } from "./objects/object.js";
import { call } from "./protocol/call.js";
import { sharedHooks } from "./shared/hooks.js";
import { rt } from "./state.js";

const SIGINT = 2;
/** Host.takeInterrupt's bit for a stop by the host (a deadlock at the prompt): KeyboardInterrupt always. */
const HOST_STOP = 2;

/**
 * The INTERRUPT word's bit of `signum` (Host.takeInterrupt: bit 0 SIGINT, bit 2 SIGHUP, else bit n), as
 * runtime/layout.ts signalBit (the interpreter never imports runtime/).
 */
export function signalBit(signum: number): number {
  return signum === SIGINT ? 1 : signum === 1 ? 4 : 1 << signum;
}

/** The signals of a takeInterrupt() word, lowest number first (the order CPython runs handlers in). */
function signalsOf(bits: number): number[] {
  const out: number[] = [];
  if (bits & 4) out.push(1);
  if (bits & 1) out.push(SIGINT);
  for (let n = 3; n < 32; n++) if (bits & (1 << n)) out.push(n);
  return out;
}

/**
 * MainThread, its interrupt word found non-zero: takes what is pending and runs the handlers. Throws
 * KeyboardInterrupt (no handler set, or default_int_handler) or what a handler raised; the signals
 * after that one stay pending, as CPython's.
 */
export function runPendingSignals(): void {
  const taken = rt.host.takeInterrupt();
  const bits = typeof taken === "number" ? taken : 1;
  if (bits & HOST_STOP) throw makeExc(KeyboardInterrupt);
  const signums = signalsOf(bits);
  for (let i = 0; i < signums.length; i++) {
    try {
      runHandler(signums[i]);
    } catch (e) {
      for (let j = i + 1; j < signums.length; j++) Atomics.or(rt.interrupt, 0, signalBit(signums[j]));
      throw e;
    }
  }
}

/** Whether a pending signal (not yet taken) has a handler set by signal.signal(). */
export function handlerPending(): boolean {
  const bits = Atomics.load(rt.interrupt, 0);
  if (bits & HOST_STOP) return false;
  for (const signum of signalsOf(bits)) if (isCallable(handlerOf(signum) ?? null)) return true;
  return false;
}

/** Runs signum's handler now (signal.raise_signal in MainThread does too). */
export function runHandler(signum: number): void {
  const handler = handlerOf(signum);
  if (handler === undefined) {
    if (signum === SIGINT) throw makeExc(KeyboardInterrupt);
    return;
  }
  // SIG_IGN or SIG_DFL set meanwhile: the host dropped or acted on the signals that came after.
  if (!isCallable(handler)) return;
  // (the frame argument: pyt has no frame objects; lessons' handlers ignore it)
  call(handler, [signum, null]);
}

/** The handler signal.signal() set for `signum`, or undefined for the one at start. */
export function handlerOf(signum: number): PyValue | undefined {
  const m = rt.modules.get("signal") ?? sharedHooks.importShared?.("signal");
  if (!(m instanceof PyModule)) return undefined;
  const table = m.globals.getStr("_handlers");
  return table instanceof PyDict ? table.get(signum) : undefined;
}

/**
 * After a wait returned early: false if it was not a signal (a timeout: the wait is over); else runs the
 * handlers (throwing what they raise) and returns true: the caller waits again (PEP 475).
 */
export function resumeWait(): boolean {
  if (Atomics.load(rt.interrupt, 0) === 0) return false;
  runPendingSignals();
  return true;
}

/**
 * A wait of `timeout` seconds (< 0: none) that `wait(left)` makes, true when it ends by succeeding:
 * resumed after each signal whose handlers returned, with what is left (PEP 475). False on timeout.
 */
export function waitResuming(timeout: number, wait: (left: number) => boolean): boolean {
  const start = timeout < 0 ? 0 : rt.host.monotonic();
  for (let left = timeout; ; ) {
    if (wait(left)) return true;
    if (!resumeWait()) return false;
    left = timeLeft(timeout, start);
    if (left === 0) return false;
  }
}

/** What is left of a wait of `timeout` seconds (< 0: none) begun at `start` (host.monotonic()): <= 0 when over. */
export function timeLeft(timeout: number, start: number): number {
  return timeout < 0 ? -1 : Math.max(0, timeout - (rt.host.monotonic() - start));
}
