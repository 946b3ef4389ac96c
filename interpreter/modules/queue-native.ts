// The blocking put/get of queue.Queue and queue.SimpleQueue, native (issue 4: in Python each item ran
// some thirty calls and shared-attribute accesses while holding the queue's mutex, so 2 producers and
// 2 consumers spent their time contending). queue.py calls these first; they decline (return false /
// the caller's `miss` object, having done nothing) unless the queue has the storage queue.py gives it
// (_items list + _head index, Queue's own _put/_get/_qsize, Conditions over one plain Lock), so a
// subclass with its own storage (PriorityQueue, LifoQueue, a user's) runs the Python code. The steps,
// errors and lock/Condition operations are those of queue.py's bodies, in the same order, except that
// the waiter a put/get notifies is released just after the queue's lock rather than just before
// (condition.ts notifyTake): a woken thread no longer finds the lock still held.
import type { PyValue } from "../objects/object.js";
import { PyType, typeAttrVersion } from "../objects/object.js";
import { PyInstance } from "../objects/object-type.js";
import { PyList } from "../objects/list.js";
import type { PyDict } from "../objects/dict.js";
import { PyFunction } from "../objects/function.js";
import { PyLock, lockAcquire, lockRelease } from "./_thread.js";
import { condWait, notifyTake, notifyAfter } from "./condition.js";
import { prepublish, S } from "../shared/codec.js";
import type { SharedHeap } from "../shared-heap.js";
import { MISS, registerShortcut } from "../protocol/shortcuts.js";
import { IntAttr } from "./int-attr.js";
import { sharedPut, sharedGet, isOwn, plainStorage } from "./queue-shared.js";


/** A threading.Condition whose wait/notify are the native ones, over `lock`: its waiters list, else null. */
function condWaiters(cond: PyValue | undefined, lock: PyLock): PyList | null {
  if (!(cond instanceof PyInstance)) return null;
  if (!isOwn(cond.cls, "wait", "Condition.wait", "threading") || !isOwn(cond.cls, "notify", "Condition.notify", "threading")) return null;
  if (cond.dict!.getStr("_lock") !== lock) return null;
  const waiters = cond.dict!.getStr("_waiters");
  return waiters instanceof PyList ? waiters : null;
}

/** The head-indexed list storage of queue.py (`len` items, head at `head`): _queue._take_head's steps. */
function takeHead(d: PyDict, items: PyList, headAttr: IntAttr, head: number, len: number): PyValue {
  const item = items.getItem(head);
  head += 1;
  if (head >= 64 && head * 2 >= len) {
    items.splice(0, head, []);
    head = 0;
  }
  headAttr.set(d, head);
  return item;
}

interface QueueParts {
  items: PyList; lock: PyLock; notEmpty: PyList; notFull: PyList;
  head: IntAttr; unfinished: IntAttr; maxsize: IntAttr;
}

/**
 * The parts found at a queue's first native put/get, per handle (this worker's), while its class has the
 * same attributes (typeAttrVersion): queue.py never rebinds them after __init__, so neither do we look
 * again. Limit: a program that rebinds q.mutex, q.not_empty, q.not_full, q._items or a Condition's
 * _lock/_waiters after the first put/get is not followed by the native path.
 */
const partsCache = new WeakMap<PyInstance, { version: number; cls: PyType; parts: QueueParts | SimpleParts | null }>();

function cached<T extends QueueParts | SimpleParts>(q: PyInstance, find: (q: PyInstance) => T | null): T | null {
  const c = partsCache.get(q);
  if (c !== undefined && c.version === typeAttrVersion && c.cls === q.cls) return c.parts as T | null;
  const parts = find(q);
  partsCache.set(q, { version: typeAttrVersion, cls: q.cls, parts });
  return parts;
}

function queueParts(q: PyValue): QueueParts | null {
  return q instanceof PyInstance ? cached(q, findQueueParts) : null;
}

function findQueueParts(q: PyInstance): QueueParts | null {
  const cls = q.cls;
  if (!plainStorage(cls)) return null;
  const d = q.dict!;
  const items = d.getStr("_items");
  const lock = d.getStr("_mutex");
  if (!(items instanceof PyList) || !(lock instanceof PyLock) || lock.cls.name !== "lock") return null;
  const notEmpty = condWaiters(d.getStr("_not_empty"), lock);
  const notFull = condWaiters(d.getStr("_not_full"), lock);
  if (notEmpty === null || notFull === null) return null;
  return {
    items, lock, notEmpty, notFull,
    head: new IntAttr("_head"), unfinished: new IntAttr("_unfinished"), maxsize: new IntAttr("maxsize"),
  };
}

/**
 * The heap of a shared queue's storage (null while it is local). A critical section runs inside one
 * enter(), so its heap operations (list length, append, the dict's int stores, the waiters list) skip
 * the epoch announcement each would make: the mutex is held for less time. It leaves the heap around
 * a blocking wait, as every wait must.
 */
function heapOf(items: PyList): SharedHeap | null {
  return items._shared !== null ? S.heap : null;
}

function waitLeaving(h: SharedHeap | null, lock: PyLock, waiters: PyList): void {
  if (h !== null) h.leave();
  try {
    condWait(lock, waiters, null);
  } finally {
    if (h !== null) h.enter();
  }
}

/**
 * Queue.put(item) with block=True, timeout=None; false (nothing done) when the queue is not plain. The
 * int attributes are read and checked once, under the lock (a declined call only took and gave back
 * the lock, which nobody can tell from a put that waited for it).
 */
export function queuePut(q: PyValue, item: PyValue): boolean {
  const p = queueParts(q);
  if (p === null) return false;
  const d = (q as PyInstance).dict!;
  const h = heapOf(p.items);
  if (h !== null) prepublish(item); // the heap work before the lock, not while holding it
  let woken: PyValue | undefined;
  lockAcquire(p.lock, true, -1);
  if (h !== null) h.enter();
  try {
    const maxsize = p.maxsize.get(d);
    let head = p.head.get(d);
    let unfinished = p.unfinished.get(d);
    if (typeof maxsize !== "number" || typeof head !== "number" || typeof unfinished !== "number") return false;
    if (maxsize > 0 && p.items.length - head >= maxsize) {
      do {
        waitLeaving(h, p.lock, p.notFull);
        head = p.head.get(d) as number;
      } while (p.items.length - head >= maxsize);
      unfinished = p.unfinished.get(d) as number;
    }
    p.items.append(item);
    p.unfinished.set(d, unfinished + 1);
    woken = notifyTake(p.notEmpty);
  } finally {
    if (h !== null) h.leave();
    lockRelease(p.lock);
    notifyAfter(woken);
  }
  return true;
}

/** Queue.get() with block=True, timeout=None; `miss` (nothing done) when the queue is not plain. */
export function queueGet(q: PyValue, miss: PyValue): PyValue {
  const p = queueParts(q);
  if (p === null) return miss;
  const d = (q as PyInstance).dict!;
  const h = heapOf(p.items);
  let woken: PyValue | undefined;
  lockAcquire(p.lock, true, -1);
  if (h !== null) h.enter();
  try {
    let head = p.head.get(d);
    if (typeof head !== "number") return miss;
    let len = p.items.length;
    while (len - head <= 0) {
      waitLeaving(h, p.lock, p.notEmpty);
      head = p.head.get(d) as number;
      len = p.items.length;
    }
    const item = takeHead(d, p.items, p.head, head, len);
    woken = notifyTake(p.notFull);
    return item;
  } finally {
    if (h !== null) h.leave();
    lockRelease(p.lock);
    notifyAfter(woken);
  }
}

interface SimpleParts { items: PyList; lock: PyLock; waiters: PyList; head: IntAttr }

function simpleParts(q: PyValue): SimpleParts | null {
  return q instanceof PyInstance ? cached(q, findSimpleParts) : null;
}

function findSimpleParts(q: PyInstance): SimpleParts | null {
  const d = q.dict!;
  const items = d.getStr("_items");
  const cond = d.getStr("_cond");
  if (!(items instanceof PyList) || !(cond instanceof PyInstance)) return null;
  const lock = cond.dict!.getStr("_lock");
  if (!(lock instanceof PyLock) || lock.cls.name !== "lock") return null;
  const waiters = condWaiters(cond, lock);
  return waiters === null ? null : { items, lock, waiters, head: new IntAttr("_head") };
}

/** SimpleQueue.put(item); false (nothing done) when its storage is not queue.py's. */
export function simplePut(q: PyValue, item: PyValue): boolean {
  const p = simpleParts(q);
  if (p === null) return false;
  if (p.items._shared !== null) prepublish(item);
  let woken: PyValue | undefined;
  lockAcquire(p.lock, true, -1);
  try {
    p.items.append(item);
    woken = notifyTake(p.waiters);
  } finally {
    lockRelease(p.lock);
    notifyAfter(woken);
  }
  return true;
}

/** SimpleQueue.get() with block=True, timeout=None; `miss` (nothing done) when not queue.py's storage. */
export function simpleGet(q: PyValue, miss: PyValue): PyValue {
  const p = simpleParts(q);
  if (p === null) return miss;
  const d = (q as PyInstance).dict!;
  lockAcquire(p.lock, true, -1);
  try {
    let head = p.head.get(d);
    if (typeof head !== "number") return miss;
    let len = p.items.length;
    while (len === head) {
      condWait(p.lock, p.waiters, null);
      head = p.head.get(d) as number;
      len = p.items.length;
    }
    return takeHead(d, p.items, p.head, head, len);
  } finally {
    lockRelease(p.lock);
  }
}

// q.put(item) and q.get() go straight here from the call site, without Queue.put's Python frame (which
// would only call these); a declined call runs the Python method (protocol/shortcuts.ts).
registerShortcut("<frozen queue>", "Queue.put", 1, (q, item) =>
  sharedPut(q, item, true, null) === 0 || queuePut(q, item) ? null : MISS);
registerShortcut("<frozen queue>", "Queue.get", 0, (q) => {
  const item = sharedGet(q, true, null, MISS, MISS);
  return item !== MISS ? item : queueGet(q, MISS);
});
registerShortcut("<frozen _queue>", "SimpleQueue.put", 1, (q, item) => (simplePut(q, item) ? null : MISS));
registerShortcut("<frozen _queue>", "SimpleQueue.get", 0, (q) => simpleGet(q, MISS));
