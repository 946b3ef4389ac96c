// queue.Queue once it is shared between threads: every operation of a plain Queue (queue.py's own
// _put/_get/_qsize) runs on its lock-free ring (queue-ring.ts) instead of the list under the mutex, so
// puts and gets on two cores never wait for each other's critical sections. Each entry point returns
// "not handled" (having done nothing) when the queue has no ring, and queue.py runs its Python body
// with the list and the Conditions, as before the ring existed.
//
// Modes, in the `_store` attribute: 0 = no ring yet (the list serves: a thread-less program never pays
// for the heap); an address = the ring, made at the first operation that finds the queue shared (the
// list's items move into it, under the mutex); -1 = legacy for good. A program that reaches for the
// queue's locking (q.mutex, q.not_empty, q.not_full, q.all_tasks_done, or a storage method called from
// outside), or a queue the ring cannot hold (maxsize not a small int, past the ring's capacity, or an
// unbounded queue that outgrows it), goes legacy: toLegacy closes the ring, moves its items back into
// the list and wakes its waiters, which then run queue.py's code with the mutex held, as CPython's do.
import type { PyValue } from "../objects/object.js";
import { PyFloat, PyType, typeAttrVersion } from "../objects/object.js";
import { PyInstance } from "../objects/object-type.js";
import { PyList } from "../objects/list.js";
import type { PyDict } from "../objects/dict.js";
import { PyFunction } from "../objects/function.js";
import { valueError } from "../objects/exceptions.js";
import { PyLock, lockAcquire, lockRelease } from "./_thread.js";
import { threadWaiter } from "./condition.js";
import { S } from "../shared/codec.js";
import type { SharedHeap } from "../shared-heap.js";
import { rt } from "../state.js";
import { IntAttr } from "./int-attr.js";
import {
  type RingHint, GWAIT, PWAIT, JWAIT, PUT_OK, PUT_FULL, GET_EMPTY, GET_CLOSED, fieldsOf, ringCap, ringNew, tryPut,
  tryGet, ringSize, ringPutReady, ringGetReady, ringUnfinished, ringSetUnfinished, ringTaskDone, ringClose, encodeItem, dropItem,
  takeItem, waiterAdd, waiterRemove, waiterTake,
} from "./queue-ring.js";

/** What an entry point returns when it leaves the call to queue.py's Python body. */
export const NOT_HANDLED = 2;

interface Ring { h: SharedHeap; i32: Int32Array; f: number; hint: RingHint; maxsize: IntAttr }

/** Per worker: each queue's ring, or null when it has none for good (not plain, or legacy). */
const rings = new WeakMap<PyInstance, { version: number; cls: PyType; ring: Ring | null }>();

function plain(cls: PyType): boolean {
  for (const name of ["_put", "_get", "_qsize"]) {
    const f = cls.lookup(name);
    if (!(f instanceof PyFunction) || f.qualname !== `Queue.${name}` || f.module !== "queue") return false;
  }
  return true;
}

function ringOf(q: PyValue): Ring | null {
  if (!(q instanceof PyInstance)) return null;
  const c = rings.get(q);
  if (c !== undefined && c.version === typeAttrVersion && c.cls === q.cls) return c.ring;
  const d = q.dict!;
  let ring: Ring | null = null;
  if (plain(q.cls)) {
    let s = d.getStr("_store");
    if (s === 0 && d._shared !== null) s = makeRing(d);
    if (s === 0) return null; // still local: look again next time
    if (typeof s === "number" && s > 0) {
      const h = S.heap;
      ring = { h, i32: h.i32, f: fieldsOf(s), hint: { head: 0 }, maxsize: new IntAttr("maxsize") };
    }
  }
  rings.set(q, { version: typeAttrVersion, cls: q.cls, ring });
  return ring;
}

function forget(q: PyValue): void {
  rings.set(q as PyInstance, { version: typeAttrVersion, cls: (q as PyInstance).cls, ring: null });
}

const smallInt = (v: PyValue | undefined): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= -0x40000000 && v < 0x40000000;

function mutexOf(d: PyDict): PyLock {
  return d.getStr("_mutex") as PyLock;
}

/** Gives the queue its ring (the list's items and the unfinished count move over); its `_store`. */
function makeRing(d: PyDict): number {
  const mutex = mutexOf(d);
  lockAcquire(mutex, true, -1);
  try {
    const s = d.getStr("_store");
    if (s !== 0) return typeof s === "number" ? s : -1;
    const maxsize = d.getStr("maxsize"), unfinished = d.getStr("_unfinished");
    const items = d.getStr("_items"), head = d.getStr("_head");
    const cap = smallInt(maxsize) ? ringCap(maxsize) : 0;
    let made = -1;
    if (cap > 0 && smallInt(unfinished) && items instanceof PyList && smallInt(head) && !conditionWaiters(d)) {
      const values = items.snapshot().slice(head);
      if (values.length <= cap) {
        const h = S.heap;
        h.enter();
        try { made = ringNew(h, cap, values.map((v) => encodeItem(h, v)), unfinished); } finally { h.leave(); }
        items.splice(0, items.length, []);
        d.setStr("_head", 0);
      }
    }
    d.setStr("_store", made);
    return made;
  } finally {
    lockRelease(mutex);
  }
}

/** Whether a thread waits in one of the queue's Conditions (a wait begun before the queue was shared). */
function conditionWaiters(d: PyDict): boolean {
  for (const name of ["_not_empty", "_not_full", "_all_tasks_done"]) {
    const c = d.getStr(name);
    const w = c instanceof PyInstance ? c.dict!.getStr("_waiters") : undefined;
    if (w instanceof PyList && w.length > 0) return true;
  }
  return false;
}

/**
 * queue.py's locking from now on: closes the ring, moves its items back into the list (under the
 * mutex) and wakes every thread waiting on it; they find the ring closed and run the Python body.
 * The list then has its head at 0 for good (gets pop its first item), so q.queue can be the list
 * itself: true when it is (a plain Queue), false for a subclass's own storage.
 */
export function toLegacy(q: PyValue): boolean {
  if (!(q instanceof PyInstance)) return false;
  const d = q.dict!;
  forget(q);
  const isPlain = plain(q.cls);
  if (d.getStr("_store") === -1) return isPlain;
  const mutex = mutexOf(d);
  // A local queue has no other thread to exclude (and its mutex may be held by this one).
  const local = d._shared === null;
  if (!local) lockAcquire(mutex, true, -1);
  try {
    const s = d.getStr("_store");
    const items = d.getStr("_items");
    if (typeof s === "number" && s > 0) {
      const h = S.heap;
      const f = fieldsOf(s);
      const { words, unfinished } = ringClose(h, f);
      (items as PyList).extend(words.map((w) => takeItem(h, w)));
      d.setStr("_unfinished", unfinished);
      for (const kind of [GWAIT, PWAIT, JWAIT]) wakeAll(h, f, kind);
    } else if (isPlain && items instanceof PyList) {
      const head = d.getStr("_head");
      if (typeof head === "number" && head > 0) items.splice(0, head, []);
      d.setStr("_head", 0);
    }
    d.setStr("_store", -1);
  } finally {
    if (!local) lockRelease(mutex);
  }
  return isPlain;
}

function fallback(q: PyValue): number {
  toLegacy(q);
  return NOT_HANDLED;
}

function wakeOne(r: Ring, kind: number): void {
  if (Atomics.load(r.i32, r.f + kind) <= 0) return;
  const id = waiterTake(r.h, r.f, kind);
  if (id >= 0) rt.host.threads!.lockRelease(id);
}

function wakeAll(h: SharedHeap, f: number, kind: number): void {
  for (let id = waiterTake(h, f, kind); id >= 0; id = waiterTake(h, f, kind)) rt.host.threads!.lockRelease(id);
}

/** Seconds of a timeout argument, or null when it is not a number (the Python body raises then). */
function seconds(v: PyValue): number | null {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number" || typeof v === "boolean") return +v;
  return null;
}

/**
 * Waits on this thread's waiter lock, registered under `kind`, for at most `deadline` (Infinity:
 * forever), unless `ready()` (re-checked once registered) says the wait is over already. A waiter that
 * leaves without being taken off the list by a waker takes itself off; one that was taken consumes
 * the waker's release, so the lock is held at rest again.
 */
function waitFor(r: Ring, kind: number, deadline: number, ready: () => boolean): void {
  const waiter = threadWaiter();
  waiterAdd(r.h, r.f, kind, waiter.id);
  let woken = false;
  try {
    if (ready()) return;
    const left = deadline - rt.host.monotonic();
    if (left > 0) woken = lockAcquire(waiter, true, deadline === Infinity ? -1 : left);
  } finally {
    if (!woken && !waiterRemove(r.h, r.f, kind, waiter.id)) lockAcquire(waiter, true, -1);
  }
}

/** Queue.put: 0 done, 1 Full, NOT_HANDLED. */
export function sharedPut(q: PyValue, item: PyValue, block: boolean, timeout: PyValue): number {
  const r = ringOf(q);
  if (r === null) return NOT_HANDLED;
  const maxsize = r.maxsize.get((q as PyInstance).dict!);
  if (!smallInt(maxsize)) return fallback(q);
  let deadline = Infinity;
  if (maxsize > 0 && block && timeout !== null) {
    const t = seconds(timeout);
    if (t === null) return fallback(q);
    if (t < 0) throw valueError("'timeout' must be a non-negative number");
    deadline = rt.host.monotonic() + t;
  }
  const w = encodeItem(r.h, item);
  let stored = false;
  try {
    for (;;) {
      const res = tryPut(r.i32, r.f, w, maxsize, r.hint);
      if (res === PUT_OK) {
        stored = true;
        wakeOne(r, GWAIT);
        return 0;
      }
      if (res !== PUT_FULL) return fallback(q);
      if (!block || rt.host.monotonic() >= deadline) return 1;
      waitFor(r, PWAIT, deadline, () => ringPutReady(r.i32, r.f, maxsize));
    }
  } finally {
    if (!stored) dropItem(r.h, w);
  }
}

/** Queue.get: the item, `empty` (raise Empty), or `miss` (not handled). */
export function sharedGet(q: PyValue, block: boolean, timeout: PyValue, miss: PyValue, empty: PyValue): PyValue {
  const r = ringOf(q);
  if (r === null) return miss;
  let deadline = Infinity;
  if (block && timeout !== null) {
    const t = seconds(timeout);
    if (t === null) { toLegacy(q); return miss; }
    if (t < 0) throw valueError("'timeout' must be a non-negative number");
    deadline = rt.host.monotonic() + t;
  }
  for (;;) {
    const w = tryGet(r.i32, r.f);
    if (w === GET_CLOSED) { toLegacy(q); return miss; }
    if (w !== GET_EMPTY) {
      wakeOne(r, PWAIT);
      return takeItem(r.h, w);
    }
    if (!block || rt.host.monotonic() >= deadline) return empty;
    waitFor(r, GWAIT, deadline, () => ringGetReady(r.i32, r.f));
  }
}

/** qsize(), or -1 when not handled. */
export function sharedSize(q: PyValue): number {
  const r = ringOf(q);
  if (r === null) return -1;
  const n = ringSize(r.i32, r.f);
  if (n < 0) toLegacy(q);
  return n;
}

/** task_done(): 0 done, 1 called too many times, NOT_HANDLED. */
export function sharedTaskDone(q: PyValue): number {
  const r = ringOf(q);
  if (r === null) return NOT_HANDLED;
  const n = ringTaskDone(r.i32, r.f);
  if (n < 0) return 1;
  if (n === 0) wakeAll(r.h, r.f, JWAIT);
  return 0;
}

/** join(): 0 done, NOT_HANDLED (also when the queue went legacy meanwhile: the Python body waits on). */
export function sharedJoin(q: PyValue): number {
  const r = ringOf(q);
  if (r === null) return NOT_HANDLED;
  while (ringUnfinished(r.i32, r.f) !== 0) {
    waitFor(r, JWAIT, Infinity, () => ringUnfinished(r.i32, r.f) === 0);
    if (ringSize(r.i32, r.f) < 0) return NOT_HANDLED;
  }
  return 0;
}

/** unfinished_tasks: the ring's count, else the attribute's value. */
export function sharedUnfinished(q: PyValue): PyValue {
  const r = ringOf(q);
  if (r !== null && ringSize(r.i32, r.f) >= 0) return ringUnfinished(r.i32, r.f);
  return (q as PyInstance).dict!.getStr("_unfinished") ?? 0;
}

export function sharedSetUnfinished(q: PyValue, v: PyValue): void {
  const r = ringOf(q);
  if (r !== null && smallInt(v) && ringSize(r.i32, r.f) >= 0) {
    ringSetUnfinished(r.i32, r.f, v);
    return;
  }
  if (r !== null) toLegacy(q);
  (q as PyInstance).dict!.setStr("_unfinished", v);
}
