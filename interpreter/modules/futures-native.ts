// ThreadPoolExecutor.map's work, native (issue 4: one Future per input cost a Condition, an RLock, two
// instances and a dozen shared-attribute accesses and lock operations per item, on both sides). A map()
// over a plain ThreadPoolExecutor becomes one job (futures.py _MapJob): its inputs, a results list of
// sentinels, and a heap record of counters; the work queue gets one token per worker that may take part.
// A worker holding a token claims inputs one at a time (so items are spread over the threads as
// CPython's one-future-per-item queue spreads them) until none is left; the iterator waits for each
// result in turn on this thread's waiter lock. The futures of a map() are never visible to the program,
// so what it can see is unchanged: fn runs in the pool's threads, in input order of start, results and
// exceptions come back in input order, and a failing or timed-out result cancels the items not started.
//
// The record (tagged small ints, never decoded as a value: its address travels as an int attribute):
//   CLAIM       (epoch << 24) | next unclaimed index. A cancel bumps the epoch, so a claim that read the
//               old limit fails its compare-exchange and reads the new one.
//   LIMIT       no index at or past it is claimed (N; lowered by a cancel)
//   CANCELLED   indexes at or past it will never run (N until a cancel settles it)
//   WAIT        k + 1 while a thread waits for result k, REGISTERING while one registers, else 0
//   WAIT_LOCK   the lock-table id of that thread's waiter lock (held at rest; released to wake it)
import type { PyValue } from "../objects/object.js";
import { PyFloat } from "../objects/object.js";
import { PyInstance } from "../objects/object-type.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { toPyException, type PyBaseException } from "../objects/exceptions.js";
import { getattr } from "../protocol/attr.js";
import { call } from "../protocol/call.js";
import { lockAcquire } from "./_thread.js";
import { threadWaiter } from "./condition.js";
import { rt } from "../state.js";
import type { SharedHeap } from "../shared-heap.js";
import { MISS, registerShortcut } from "../protocol/shortcuts.js";
import { IntAttr } from "./int-attr.js";

const T_JOB = 62; // a record tag the codec never uses: the record is read only here
const CLAIM = 0, LIMIT = 1, CANCELLED = 2, WAIT = 3, WAIT_LOCK = 4;
const INDEX_MASK = 0xffffff;
/** Jobs are for fewer inputs than this (the claim word keeps the index in 24 bits). */
export const JOB_MAX = INDEX_MASK;

const tag = (x: number) => (x << 1) | 1;
const untag = (w: number) => w >> 1;
/** WAIT while a thread registers (jobResult): no waker takes it (its index, -2, is no result's). */
const REGISTERING = tag(-1);

function heap(): SharedHeap | null {
  return rt.host.threads?.heap ?? null;
}

/** A new job record for n inputs (its address, an int), or null when there is no shared heap. */
export function jobNew(n: number): number | null {
  const h = heap();
  if (h === null || n >= JOB_MAX) return null;
  h.enter();
  try {
    return h.allocRecord(T_JOB, [tag(0), tag(n), tag(n), tag(0), tag(0)]);
  } finally {
    h.leave();
  }
}

interface JobParts {
  h: SharedHeap; rec: number; fn: PyValue; items: PyList; results: PyList; pending: PyValue; failed: PyValue; star: boolean; n: number;
}

/** What _MapJob.__init__ stored, read once per job and worker (it never rebinds them). */
const partsCache = new WeakMap<PyInstance, JobParts>();

function parts(job: PyValue): JobParts {
  const c = partsCache.get(job as PyInstance);
  if (c !== undefined) return c;
  const d = (job as PyInstance).dict!;
  const results = d.getStr("results") as PyList;
  const p: JobParts = {
    h: heap()!, rec: d.getStr("rec") as number, fn: d.getStr("fn")!, items: d.getStr("items") as PyList,
    results, pending: d.getStr("pending")!, failed: d.getStr("failed")!, star: d.getStr("star") === true, n: results.length,
  };
  partsCache.set(job as PyInstance, p);
  return p;
}

const isJob = (v: PyValue | undefined): v is PyInstance => v instanceof PyInstance && v.cls.name === "_MapJob";

const get = (p: JobParts, f: number) => untag(p.h.recordGet(p.rec, f));

/** The next unclaimed index, or -1 when none is left to run. */
function claim(p: JobParts): number {
  const h = p.h;
  for (;;) {
    const w = h.recordGet(p.rec, CLAIM);
    const k = untag(w) & INDEX_MASK;
    if (k >= get(p, LIMIT)) return -1;
    if (h.recordCompareExchange(p.rec, CLAIM, w, tag(untag(w) + 1)) === w) return k;
  }
}

/** Wakes the thread waiting for a result at or past `from` and below `to`, if any. */
function wake(p: JobParts, from: number, to: number): void {
  const w = p.h.recordGet(p.rec, WAIT);
  const k = untag(w) - 1;
  if (k < from || k >= to) return;
  if (p.h.recordCompareExchange(p.rec, WAIT, w, tag(0)) === w) rt.host.threads!.lockRelease(get(p, WAIT_LOCK));
}

/**
 * A worker's turn with a job token: runs the inputs it claims until none is left, as _WorkItem.run runs
 * one (fn's exception goes to job.fail, which keeps it for the iterator). Returns how many it ran, or
 * -1 when `job` is not a _MapJob (a submitted work item: the worker runs it itself).
 */
export function jobRun(job: PyValue): number {
  if (!isJob(job)) return -1;
  const p = parts(job);
  let ran = 0;
  for (let k = claim(p); k >= 0; k = claim(p)) {
    const arg = p.items.getItem(k);
    let failed: PyBaseException | undefined;
    let r: PyValue = null;
    try {
      r = call(p.fn, p.star ? (arg as PyTuple).items.slice() : [arg]);
    } catch (e) {
      failed = toPyException(e).exc;
    }
    if (failed === undefined) p.results.setItem(k, r);
    else {
      rt.handling.push(failed);
      try {
        call(getattr(job, "fail"), [k, failed]);
      } finally {
        rt.handling.pop();
      }
    }
    ran++;
    wake(p, k, k + 1);
  }
  return ran;
}

/** Whether every input has been claimed (or cancelled): the job needs no more workers. */
export function jobExhausted(job: PyValue): boolean {
  const p = parts(job);
  return (untag(p.h.recordGet(p.rec, CLAIM)) & INDEX_MASK) >= get(p, LIMIT);
}

/**
 * Cancels the inputs from `from` on that no worker has claimed (Future.cancel on each pending future).
 * Callers serialise cancels of one job (_MapJob.lock). Wakes a thread waiting for a cancelled result.
 */
export function jobCancel(job: PyValue, from: number): void {
  const p = parts(job);
  const h = p.h;
  if (from < get(p, LIMIT)) h.recordSet(p.rec, LIMIT, tag(from));
  let next: number;
  for (;;) {
    const w = h.recordGet(p.rec, CLAIM);
    const v = untag(w);
    const bumped = ((((v >>> 24) + 1) & 0x3f) << 24) | (v & INDEX_MASK);
    if (h.recordCompareExchange(p.rec, CLAIM, w, tag(bumped)) === w) { next = v & INDEX_MASK; break; }
  }
  const settled = Math.max(next, get(p, LIMIT));
  if (settled < get(p, CANCELLED)) h.recordSet(p.rec, CANCELLED, tag(settled));
  wake(p, settled, p.n);
}

function seconds(v: PyValue): number {
  return v instanceof PyFloat ? v.value : Number(v);
}

/**
 * Result k of a job, waiting for it (timeout None: for ever): the value, job.pending when the input was
 * cancelled, `miss` on timeout. A fn that raised left job.failed there (the iterator raises its copy).
 */
export function jobResult(job: PyValue, k: number, timeout: PyValue, miss: PyValue): PyValue {
  const p = parts(job);
  const h = p.h;
  const deadline = timeout === null ? Infinity : rt.host.monotonic() + seconds(timeout);
  for (;;) {
    const v = p.results.getItem(k);
    if (v !== p.pending) return v;
    if (k >= get(p, CANCELLED)) return p.pending;
    const left = deadline - rt.host.monotonic();
    if (left <= 0) return miss;
    // Registered in two steps: a waker that sees WAIT = k + 1 releases the lock in WAIT_LOCK, so that must
    // be this thread's first (registered at once, a worker finishing result k in between released the
    // previous waiter's lock, and this thread then waited for a release that never came: a deadlock).
    if (h.recordCompareExchange(p.rec, WAIT, tag(0), REGISTERING) !== tag(0)) {
      rt.host.sleep(Math.min(left, 0.001)); // another thread waits on this job (an iterator shared by threads)
      continue;
    }
    const waiter = threadWaiter();
    h.recordSet(p.rec, WAIT_LOCK, tag(waiter.id));
    h.recordSet(p.rec, WAIT, tag(k + 1));
    let woken = false;
    try {
      // The result may have come between the check above and the registration: then do not sleep.
      if (p.results.getItem(k) === p.pending && k < get(p, CANCELLED)) {
        woken = lockAcquire(waiter, true, left === Infinity ? -1 : left);
      }
    } finally {
      // Not woken: withdraw, unless a waker already took the registration (it releases the waiter
      // lock just after), in which case hold the lock again so that it is held at rest.
      if (!woken && h.recordCompareExchange(p.rec, WAIT, tag(k + 1), tag(0)) !== tag(k + 1)) {
        lockAcquire(waiter, true, -1);
      }
    }
  }
}

/** What _MapJobIterator.__init__ stored and futures.py never rebinds, per iterator and worker; null when
 *  the iterator has nothing for jobNext (no job, or a timeout). Its index `i` is read each time. */
interface IterParts { job: PyInstance; n: number; i: IntAttr }
const iterCache = new WeakMap<PyInstance, IterParts | null>();

function iterParts(it: PyInstance): IterParts | null {
  let q = iterCache.get(it);
  if (q !== undefined) return q;
  const d = it.dict!;
  const job = d.getStr("job");
  const n = d.getStr("n");
  q = isJob(job) && typeof n === "number" && d.getStr("end_time") === null ? { job, n, i: new IntAttr("i") } : null;
  iterCache.set(it, q);
  return q;
}

/**
 * _MapJobIterator.__next__'s common case in one call: the next result when it is a value and no timeout
 * applies (advancing the iterator), else `miss` with nothing changed, for the Python code to finish.
 * `wait`: wait for a result not there yet (false: `miss`, as the native __next__ shortcut below, which
 * leaves waiting, and what a KeyboardInterrupt meanwhile must cancel, to the Python method).
 */
export function jobNext(it: PyValue, miss: PyValue, wait = true): PyValue {
  if (!(it instanceof PyInstance)) return miss;
  const q = iterParts(it);
  if (q === null) return miss;
  const d = it.dict!;
  const i = q.i.get(d);
  if (typeof i !== "number" || i >= q.n) return miss;
  const p = parts(q.job);
  const v = wait ? jobResult(q.job, i, null, miss) : p.results.getItem(i);
  if (v === miss || v === p.pending || v === p.failed) return miss;
  q.i.set(d, i + 1);
  return v;
}

// Iterating a map's results (sum(ex.map(...)), a for loop) takes each result that is already there
// without _MapJobIterator.__next__'s Python frame (protocol/shortcuts.ts).
registerShortcut("<frozen concurrent.futures>", "_MapJobIterator.__next__", 0, (it) => jobNext(it, MISS, false));
