// threading.Condition's wait and notify, native (issue 4: in Python each wait/notify ran a dozen calls and
// shared-attribute accesses, and Queue and Future call them on every item). Condition stays a Python
// class in threading's prelude (its attributes, repr and subclasses unchanged); its methods call these.
// The lock is handled natively when it is a _thread lock or RLock; any other lock object goes through
// the same protocol as CPython's Condition (_is_owned, _release_save, _acquire_restore, else
// acquire(False)/release).
import type { PyValue } from "../objects/object.js";
import { PyFloat, typeName } from "../objects/object.js";
import type { PyList } from "../objects/list.js";
import { runtimeError, typeError, isExc, RuntimeError } from "../objects/exceptions.js";
import { getattrOpt, getattr } from "../protocol/attr.js";
import { call } from "../protocol/call.js";
import { truthy } from "../protocol/ops.js";
import {
  PyLock, PyRLock, newLock, lockAcquire, lockRelease, rlockIsOwned, rlockReleaseSave, rlockAcquireRestore,
} from "./_thread.js";
import { rt } from "../state.js";

let waiterLock: PyLock | null = null;

/**
 * This thread's reusable waiter lock, held at rest: Condition.wait blocks on it, so a wait allocates no
 * lock (the lock table is finite and locks are not freed). A worker runs one thread at a time.
 */
export function threadWaiter(): PyLock {
  if (waiterLock === null) {
    waiterLock = newLock(true);
    lockAcquire(waiterLock, true, -1);
  }
  return waiterLock;
}

/** Waiter locks for code run inside one of this thread's waits, by depth (reused: held at rest too). */
const nestedWaiters: PyLock[] = [];
let nesting = 0;

/**
 * Runs `fn` with a waiter lock of its own: it runs inside a wait of this thread (a step another thread
 * asked for: shared/remote-iter.ts), and a wait of its own on the same lock would take a release meant
 * for the wait it is inside.
 */
export function withOwnWaiter<T>(fn: () => T): T {
  const outer = waiterLock;
  waiterLock = nestedWaiters[nesting] ?? null;
  nesting++;
  try {
    return fn();
  } finally {
    nesting--;
    if (waiterLock !== null) nestedWaiters[nesting] = waiterLock;
    waiterLock = outer;
  }
}

function callAttr(o: PyValue, name: string, args: PyValue[] = []): PyValue {
  return call(getattr(o, name), args);
}

/** Condition._is_owned(): whether the calling thread holds the condition's lock. */
export function condOwned(lock: PyValue): boolean {
  if (lock instanceof PyRLock) return rlockIsOwned(lock);
  if (lock instanceof PyLock) {
    // CPython: acquire(False) failing means "owned" (a plain lock cannot tell who holds it).
    return lock.id < 0 ? lock.localLocked : rt.host.threads!.lockLocked(lock.id);
  }
  const isOwned = getattrOpt(lock, "_is_owned");
  if (isOwned !== undefined) return truthy(call(isOwned, []));
  if (truthy(callAttr(lock, "acquire", [false]))) {
    callAttr(lock, "release");
    return false;
  }
  return true;
}

function releaseSave(lock: PyValue): PyValue {
  if (lock instanceof PyRLock) return rlockReleaseSave(lock);
  if (lock instanceof PyLock) { lockRelease(lock); return null; }
  const f = getattrOpt(lock, "_release_save");
  if (f !== undefined) return call(f, []);
  callAttr(lock, "release");
  return null;
}

function acquireRestore(lock: PyValue, saved: PyValue): void {
  if (lock instanceof PyRLock) { rlockAcquireRestore(lock, saved as number); return; }
  if (lock instanceof PyLock) { lockAcquire(lock, true, -1); return; }
  const f = getattrOpt(lock, "_acquire_restore");
  if (f !== undefined) call(f, [saved]);
  else callAttr(lock, "acquire");
}

function seconds(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number" || typeof v === "boolean") return +v;
  if (typeof v === "bigint") return Number(v);
  throw typeError(`'>' not supported between instances of '${typeName(v)}' and 'int'`);
}

/** Condition.wait(timeout): blocks on this thread's waiter lock until notified or timed out. */
export function condWait(lock: PyValue, waiters: PyList, timeout: PyValue, waiter = threadWaiter()): boolean {
  if (!condOwned(lock)) throw runtimeError("cannot wait on un-acquired lock");
  const t = timeout === null ? -1 : seconds(timeout);
  waiters.append(waiter);
  const saved = releaseSave(lock);
  let gotit = false;
  try {
    if (timeout === null) gotit = lockAcquire(waiter, true, -1);
    else if (t > 0) gotit = lockAcquire(waiter, true, t);
    else gotit = lockAcquire(waiter, false, -1);
    return gotit;
  } finally {
    acquireRestore(lock, saved);
    if (!gotit) {
      const items = waiters.snapshot();
      const i = items.indexOf(waiter);
      if (i >= 0) waiters.pop(i);
      // A notify took it off the list: it has released the waiter, or will right after releasing the
      // lock (notifyAfter), so hold it again (blocking only for that moment), keeping it held at rest.
      else lockAcquire(waiter, true, -1);
    }
  }
}

/** Condition.notify(n) (count None: notify_all): releases up to n waiters, oldest first. */
export function condNotify(lock: PyValue, waiters: PyList, count: PyValue): void {
  if (!condOwned(lock)) throw runtimeError("cannot notify on un-acquired lock");
  const n = count === null ? Infinity : seconds(count);
  let k = 0;
  while (k < n && waiters.length > 0) {
    releaseWaiter(waiters.pop(0));
    k++;
  }
}

function releaseWaiter(w: PyValue): void {
  try {
    if (w instanceof PyLock) lockRelease(w);
    else callAttr(w, "release");
  } catch (e) {
    if (!isExc(e, RuntimeError)) throw e;
  }
}

/**
 * notify(1) for native code that releases the condition's lock itself (queue-native.ts): takes the
 * oldest waiter off the list now, under the lock, and returns it for notifyAfter() to release once the
 * lock is released, so the woken thread does not wake only to block on the lock still held (a second
 * sleep and wake-up per hand-off). The waiter reacquires the lock anyway before wait() returns.
 */
export function notifyTake(waiters: PyList): PyValue | undefined {
  return waiters.length > 0 ? waiters.pop(0) : undefined;
}

export function notifyAfter(w: PyValue | undefined): void {
  if (w !== undefined) releaseWaiter(w);
}
