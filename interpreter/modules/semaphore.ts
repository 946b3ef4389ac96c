// threading.Semaphore's acquire/release (and BoundedSemaphore's release), native (issue 4: a
// ThreadPoolExecutor acquires its idle semaphore on every submit and each worker releases it after every
// item). threading's prelude calls these first; they decline (return None / false, having done nothing)
// unless the semaphore has the state the prelude gives it (_value an int, _cond a Condition over a plain
// Lock), so a subclass with other state runs the Python code. The loop is the prelude's (CPython 3.11's),
// step for step; the waiters a release notifies are released just after the lock (condition.ts).
import { PyFloat, type PyValue } from "../objects/object.js";
import { PyInstance } from "../objects/object-type.js";
import { PyList } from "../objects/list.js";
import { PyFunction } from "../objects/function.js";
import { valueError } from "../objects/exceptions.js";
import { PyLock, lockAcquire, lockRelease } from "./_thread.js";
import { condWait, notifyTake, notifyAfter } from "./condition.js";
import { rt } from "../state.js";

interface SemParts { lock: PyLock; waiters: PyList }

function semParts(sem: PyValue): SemParts | null {
  if (!(sem instanceof PyInstance) || typeof sem.dict!.getStr("_value") !== "number") return null;
  const cond = sem.dict!.getStr("_cond");
  if (!(cond instanceof PyInstance)) return null;
  const w = cond.cls.lookup("wait");
  if (!(w instanceof PyFunction) || w.qualname !== "Condition.wait" || w.module !== "threading") return null;
  const lock = cond.dict!.getStr("_lock");
  const waiters = cond.dict!.getStr("_waiters");
  if (!(lock instanceof PyLock) || lock.cls.name !== "lock" || !(waiters instanceof PyList)) return null;
  return { lock, waiters };
}

/** Semaphore.acquire(blocking, timeout) after its argument check; null when declined. */
export function semAcquire(sem: PyValue, blocking: boolean, timeout: PyValue): boolean | null {
  const p = semParts(sem);
  if (p === null) return null;
  let t: number | null;
  if (timeout === null) t = null;
  else if (timeout instanceof PyFloat) t = timeout.value;
  else if (typeof timeout === "number") t = timeout;
  else return null; // the Python code raises what CPython raises for it
  const d = (sem as PyInstance).dict!;
  lockAcquire(p.lock, true, -1);
  try {
    let endtime: number | null = null;
    let broke = false;
    while (d.getStr("_value") === 0) {
      if (!blocking) { broke = true; break; }
      if (t !== null) {
        if (endtime === null) endtime = rt.host.monotonic() + t;
        else {
          t = endtime - rt.host.monotonic();
          if (t <= 0) { broke = true; break; }
        }
      }
      condWait(p.lock, p.waiters, t);
    }
    if (broke) return false;
    d.setStr("_value", (d.getStr("_value") as number) - 1);
    return true;
  } finally {
    lockRelease(p.lock);
  }
}

/** Semaphore.release(n) after its argument check (BoundedSemaphore's when `bound`); false when declined. */
export function semRelease(sem: PyValue, n: number, bound: number | null): boolean {
  const p = semParts(sem);
  if (p === null) return false;
  const d = (sem as PyInstance).dict!;
  const woken: PyValue[] = [];
  lockAcquire(p.lock, true, -1);
  try {
    const value = d.getStr("_value") as number;
    if (bound !== null && value + n > bound) throw valueError("Semaphore released too many times");
    d.setStr("_value", value + n);
    for (let i = 0; i < n; i++) {
      const w = notifyTake(p.waiters);
      if (w !== undefined) woken.push(w);
    }
  } finally {
    lockRelease(p.lock);
    for (const w of woken) notifyAfter(w);
  }
  return true;
}
