// queue.Queue once it is shared between threads: every operation of a plain Queue (queue.py's own
// _put/_get/_qsize) runs on its lock-free ring (queue-ring.ts) instead of the list under the mutex, so
// puts and gets on two cores never wait for each other's critical sections. Each entry point returns
// "not handled" (having done nothing) when the queue has no ring, and queue.py runs its Python body
// with the list and the Conditions, as before the ring existed.
//
// Modes, in the `_store` attribute: 0 = no ring yet (the list serves: a thread-less program never pays
// for the heap); an address = the ring, made at the first operation that finds the queue shared (the
// list's items move into it, under the mutex); -1 = legacy for good. A queue that outgrows its ring
// (unbounded, or its maxsize raised) moves into one twice as large. A program that reaches for the
// queue's locking (q.mutex, q.not_empty, q.not_full, q.all_tasks_done, q.queue, or a storage method
// called from outside), or a queue the ring cannot hold (maxsize not a small int or past 65536, an
// unfinished count that is not a small int), goes legacy: the ring closes, its items go back into the
// list and its waiters wake, then run queue.py's code with the mutex held, as CPython's do. An
// operation that finds its ring closed looks up `_store` again.
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
  type RingHint, GWAIT, PWAIT, JWAIT, PUT_OK, PUT_FULL, GET_EMPTY, GET_CLOSED, fieldsOf, ringCap, ringNew,
  ringCapacity, grownCap, tryPut, PUT_OVERFLOW, tryGet, ringSize, ringPutReady, ringGetReady, ringUnfinished,
  ringSetUnfinished, ringTaskDone, ringClose, encodeItem, dropItem, takeItem, waiterAdd, waiterRemove,
  waiterTake,
} from "./queue-ring.js";

/** What an entry point returns when it leaves the call to queue.py's Python body. */
export const NOT_HANDLED = 2;

interface Ring { h: SharedHeap; i32: Int32Array; f: number; addr: number; hint: RingHint; maxsize: IntAttr }

/** Per worker: each queue's ring, or null when it has none for good (not plain, or legacy). */
const rings = new WeakMap<PyInstance, { version: number; cls: PyType; ring: Ring | null }>();

/** Whether `cls` still has, under `name`, the function queue.py or threading's prelude defines there. */
export function isOwn(cls: PyType, name: string, qualname: string, module: string): boolean {
  const f = cls.lookup(name);
  return f instanceof PyFunction && f.qualname === qualname && f.module === module;
}
const isQueueMethod = (cls: PyType, name: string): boolean => isOwn(cls, name, `Queue.${name}`, "queue");

/** A queue whose storage methods are queue.py's own (a subclass may keep its items elsewhere). */
export const plainStorage = (cls: PyType): boolean =>
  isQueueMethod(cls, "_put") && isQueueMethod(cls, "_get") && isQueueMethod(cls, "_qsize");

function ringOf(q: PyValue): Ring | null {
  if (!(q instanceof PyInstance)) return null;
  const c = rings.get(q);
  if (c !== undefined && c.version === typeAttrVersion && c.cls === q.cls) return c.ring;
  const d = q.dict!;
  let ring: Ring | null = null;
  if (plainStorage(q.cls)) {
    let s = d.getStr("_store");
    if (s === 0 && d._shared !== null) s = makeRing(d);
    if (s === 0) return null; // still local: look again next time
    if (typeof s === "number" && s > 0) {
      const h = S.heap;
      ring = { h, i32: h.i32, f: fieldsOf(s), addr: s, hint: { head: 0 }, maxsize: new IntAttr("maxsize") };
    }
  }
  rings.set(q, { version: typeAttrVersion, cls: q.cls, ring });
  return ring;
}

/** The ring was closed (grown or gone legacy): look `_store` up again. */
function again(q: PyValue): Ring | null {
  rings.delete(q as PyInstance);
  return ringOf(q);
}

const smallInt = (v: PyValue | undefined): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= -0x40000000 && v < 0x40000000;
const count = (v: PyValue | undefined): v is number => smallInt(v) && v >= 0;

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
    if (cap > 0 && count(unfinished) && items instanceof PyList && count(head) && !conditionWaiters(d)) {
      const values = items.snapshot().slice(head);
      let size = cap;
      while (size !== 0 && size < values.length) size = grownCap(size);
      if (size !== 0) {
        const h = S.heap;
        h.enter();
        try { made = ringNew(h, size, values.map((v) => encodeItem(h, v)), unfinished); } finally { h.leave(); }
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
 * Ends the queue's ring `old` (0: whatever ring it has), under the mutex: its items and unfinished
 * count move into a ring twice as large (`grow`: an unbounded queue outgrew it) or back into the list
 * (legacy for good); its waiters wake and look again.
 */
function endRing(q: PyInstance, grow: boolean, old: number): void {
  const d = q.dict!;
  rings.delete(q);
  if (d.getStr("_store") === -1) return;
  // A local queue has no other thread to exclude (and its mutex may be held by this one).
  const local = d._shared === null;
  const mutex = mutexOf(d);
  if (!local) lockAcquire(mutex, true, -1);
  try {
    const s = d.getStr("_store");
    if (grow && s !== old) return; // another thread grew it (or ended it) first
    let made = -1;
    if (typeof s === "number" && s > 0) {
      const h = S.heap;
      const f = fieldsOf(s);
      const bigger = grow ? grownCap(ringCapacity(h.i32, f)) : 0;
      const { words, unfinished } = ringClose(h, f);
      if (bigger > 0) {
        h.enter();
        try { made = ringNew(h, bigger, words, unfinished); } finally { h.leave(); }
      } else {
        (d.getStr("_items") as PyList).extend(words.map((w) => takeItem(h, w)));
        d.setStr("_unfinished", unfinished);
      }
      d.setStr("_store", made);
      for (const kind of [GWAIT, PWAIT, JWAIT]) wakeAll(h, f, kind);
    } else {
      d.setStr("_store", -1);
    }
  } finally {
    if (!local) lockRelease(mutex);
  }
}

/** queue.py's locking from now on (q.mutex and the like): see the header. */
export function toLegacy(q: PyValue): void {
  if (q instanceof PyInstance) endRing(q, false, 0);
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
  let r = ringOf(q);
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
  const h = r.h;
  const w = encodeItem(h, item);
  let stored = false;
  try {
    for (;;) {
      const res = tryPut(r.i32, r.f, w, maxsize, r.hint);
      if (res === PUT_OK) {
        stored = true;
        wakeOne(r, GWAIT);
        return 0;
      }
      if (res === PUT_FULL) {
        if (!block || rt.host.monotonic() >= deadline) return 1;
        const ring: Ring = r;
        waitFor(ring, PWAIT, deadline, () => ringPutReady(ring.i32, ring.f, maxsize));
        continue;
      }
      if (res === PUT_OVERFLOW) endRing(q as PyInstance, true, r.addr);
      r = again(q);
      if (r === null) return NOT_HANDLED;
    }
  } finally {
    if (!stored) dropItem(h, w);
  }
}

/** Queue.get: the item, `empty` (raise Empty), or `miss` (not handled). */
export function sharedGet(q: PyValue, block: boolean, timeout: PyValue, miss: PyValue, empty: PyValue): PyValue {
  let r = ringOf(q);
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
    if (w === GET_CLOSED) {
      r = again(q);
      if (r === null) return miss;
      continue;
    }
    if (w !== GET_EMPTY) {
      wakeOne(r, PWAIT);
      return takeItem(r.h, w);
    }
    if (!block || rt.host.monotonic() >= deadline) return empty;
    const ring: Ring = r;
    waitFor(ring, GWAIT, deadline, () => ringGetReady(ring.i32, ring.f));
  }
}

/** qsize(), or -1 when not handled. */
export function sharedSize(q: PyValue): number {
  for (let r = ringOf(q); r !== null; r = again(q)) {
    const n = ringSize(r.i32, r.f);
    if (n >= 0) return n;
  }
  return -1;
}

/** task_done(): 0 done, 1 called too many times, NOT_HANDLED. */
export function sharedTaskDone(q: PyValue): number {
  for (let r = ringOf(q); r !== null; r = again(q)) {
    const n = ringTaskDone(r.i32, r.f);
    if (n === -2) continue;
    if (n < 0) return 1;
    if (n === 0) wakeAll(r.h, r.f, JWAIT);
    return 0;
  }
  return NOT_HANDLED;
}

/** join(): 0 done, NOT_HANDLED (also when the queue went legacy meanwhile: the Python body waits on). */
export function sharedJoin(q: PyValue): number {
  for (let r = ringOf(q); r !== null; ) {
    const n = ringUnfinished(r.i32, r.f);
    if (n === 0) return 0;
    if (n === -2) {
      r = again(q);
      continue;
    }
    const ring: Ring = r;
    waitFor(ring, JWAIT, Infinity, () => ringUnfinished(ring.i32, ring.f) <= 0);
  }
  return NOT_HANDLED;
}

/** unfinished_tasks: the ring's count, else the attribute's value. */
export function sharedUnfinished(q: PyValue): PyValue {
  for (let r = ringOf(q); r !== null; r = again(q)) {
    const n = ringUnfinished(r.i32, r.f);
    if (n >= 0) return n;
  }
  return (q as PyInstance).dict!.getStr("_unfinished") ?? 0;
}

export function sharedSetUnfinished(q: PyValue, v: PyValue): void {
  for (let r = ringOf(q); r !== null; r = again(q)) {
    if (!count(v)) {
      toLegacy(q);
      break;
    }
    if (ringSetUnfinished(r.i32, r.f, v)) return;
  }
  (q as PyInstance).dict!.setStr("_unfinished", v);
}
