// A shared queue.Queue's items and counters in one heap record, put and got without a lock (issue 4:
// under the queue's mutex, 2 producers and 2 consumers on 2 cores spent a quarter of their time
// spinning on the lock word, and a holder preempted inside stalled the other three). The ring is
// Vyukov's bounded MPMC queue: each cell has a sequence word saying whose turn it is, producers claim
// cells by compare-exchange on TAIL and consumers on HEAD, each on a cache line of its own, so a put
// and a get running on two cores share only the cell they pass the item through.
//
// Blocking stays out of here: a thread that finds the ring full or empty registers its waiter lock in
// one of the waiter lists, re-checks, and sleeps on that lock (queue-shared.ts); a put that finds
// GWAIT > 0 after publishing, or a get that finds PWAIT > 0, releases one waiter. The counter is
// incremented before the list push (and decremented after an entry is taken off), so it is never below
// the number of entries, and read after the publish (both sequentially consistent): a waiter that did
// not see the item is counted by the put that publishes it, which then finds an entry to take. (Counted
// after the push, a waker could take the entry of a waiter not counted yet, use up the count of one
// that sleeps, and find the count 0 at the next put: that sleeper then slept with the item there.)
//
// Positions are 30-bit counters; CLOSED (bit 30) on HEAD and TAIL ends the ring's life (its items move
// to a larger ring, or back to queue.py's list and mutex: queue-shared.ts endRing): a claim's
// compare-exchange then fails. Words are raw (never decoded as values): the record's address travels
// as the queue's `_store` int. Rings are never freed (a worker may still hold a closed one's address,
// as published objects are never freed); a queue that grew to n items leaves rings of < n cells behind.
import type { SharedHeap } from "../shared-heap.js";
import type { PyValue } from "../objects/object.js";
import { decode, encode, retireOwned } from "../shared/codec.js";

const T_QRING = 61; // a record tag the codec never uses: the record is read only here
const POS = 0x3fffffff;
const CLOSED = 0x40000000;
// Header: read-mostly words on the first line, HEAD and TAIL on lines of their own.
const CAP = 0, GLIST = 1, PLIST = 2, JLIST = 3;
export const GWAIT = 4, PWAIT = 5, JWAIT = 6;
const HEAD = 16, TAIL = 32, UNFIN = 33, CELLS = 48;
/** Largest ring made for a maxsize (a larger one falls back to the list), and largest one grown to. */
const MAX_CAP = 1 << 16;
const MAX_GROWN = 1 << 22;
const UNBOUNDED_CAP = 1024;

export const PUT_OK = 0, PUT_FULL = 1, PUT_CLOSED = 2, PUT_OVERFLOW = 3;
/** tryGet's "nothing to take" (0 is never an item word) and "closed" (never a word either). */
export const GET_EMPTY = 0, GET_CLOSED = 6;

/** Word index (in h.i32) of a record's field 0. */
export const fieldsOf = (addr: number): number => (addr >> 2) + 2;

/** The ring capacity for a queue of this maxsize, or 0 when it cannot have a ring. */
export function ringCap(maxsize: number): number {
  if (maxsize > MAX_CAP) return 0;
  let cap = 16;
  while (cap < (maxsize > 0 ? maxsize : UNBOUNDED_CAP)) cap *= 2;
  return cap;
}

/** A new ring holding `words` (encoded items, which it now owns) and `unfinished`. Caller is inside. */
export function ringNew(h: SharedHeap, cap: number, words: ArrayLike<number>, unfinished: number): number {
  const r = h.allocRecord(T_QRING, new Int32Array(CELLS + 2 * cap));
  const i32 = h.i32;
  const f = fieldsOf(r);
  i32[f + CAP] = cap;
  i32[f + GLIST] = h.listNew();
  i32[f + PLIST] = h.listNew();
  i32[f + JLIST] = h.listNew();
  for (let p = 0; p < cap; p++) i32[f + CELLS + 2 * p] = p; // cell p free for position p
  for (let p = 0; p < words.length; p++) {
    i32[f + CELLS + 2 * p + 1] = words[p];
    i32[f + CELLS + 2 * p] = p + 1;
  }
  i32[f + TAIL] = words.length;
  Atomics.store(i32, f + UNFIN, unfinished);
  return r;
}

export function ringCapacity(i32: Int32Array, f: number): number {
  return i32[f + CAP];
}

/** The capacity to grow a ring of `cap` to, or 0 past the largest. */
export function grownCap(cap: number): number {
  return cap < MAX_GROWN ? cap * 2 : 0;
}

/** Per worker and queue: a HEAD seen lately (HEAD only grows, so a put's room check on it is safe). */
export interface RingHint { head: number }

/**
 * Puts an encoded item if there is room below `limit` (min of maxsize and the capacity). PUT_FULL: the
 * queue holds `limit` items or the cell's last taker has not finished with it; PUT_OVERFLOW: an unbounded
 * queue (or one whose maxsize grew) outgrew the ring. Unfinished tasks are counted before the item is
 * published, so a task_done() for it never finds the count at zero.
 */
export function tryPut(i32: Int32Array, f: number, w: number, maxsize: number, hint: RingHint): number {
  const cap = i32[f + CAP];
  const bounded = maxsize > 0 && maxsize <= cap;
  const limit = bounded ? maxsize : cap;
  let t = Atomics.load(i32, f + TAIL);
  for (;;) {
    if ((t & CLOSED) !== 0) return PUT_CLOSED;
    if (((t - hint.head) & POS) >= limit) {
      const hd = Atomics.load(i32, f + HEAD);
      if ((hd & CLOSED) !== 0) return PUT_CLOSED;
      hint.head = hd;
      if (((t - hd) & POS) >= limit) return bounded ? PUT_FULL : PUT_OVERFLOW;
    }
    const c = f + CELLS + 2 * (t & (cap - 1));
    const seq = Atomics.load(i32, c);
    if (seq === t) {
      const seen = Atomics.compareExchange(i32, f + TAIL, t, (t + 1) & POS);
      if (seen === t) {
        Atomics.add(i32, f + UNFIN, 1);
        i32[c + 1] = w;
        Atomics.store(i32, c, (t + 1) & POS);
        return PUT_OK;
      }
      t = seen;
    } else if (((seq - t) << 2) >> 2 < 0) {
      return bounded ? PUT_FULL : PUT_OVERFLOW; // its taker is still reading it: wait as for room
    } else {
      t = Atomics.load(i32, f + TAIL); // another producer took this position
    }
  }
}

/** Takes the oldest published item's word; GET_EMPTY when there is none (yet), GET_CLOSED. */
export function tryGet(i32: Int32Array, f: number): number {
  const cap = i32[f + CAP];
  let hd = Atomics.load(i32, f + HEAD);
  for (;;) {
    if ((hd & CLOSED) !== 0) return GET_CLOSED;
    const c = f + CELLS + 2 * (hd & (cap - 1));
    const seq = Atomics.load(i32, c);
    const next = (hd + 1) & POS;
    if (seq === next) {
      const seen = Atomics.compareExchange(i32, f + HEAD, hd, next);
      if (seen === hd) {
        const w = i32[c + 1];
        i32[c + 1] = 0;
        Atomics.store(i32, c, (hd + cap) & POS);
        return w;
      }
      hd = seen;
    } else if (((seq - next) << 2) >> 2 < 0) {
      return GET_EMPTY; // not published: empty, or its producer is still writing it (it wakes us then)
    } else {
      hd = Atomics.load(i32, f + HEAD);
    }
  }
}

/** Whether a put would find room now (below `maxsize` and its cell free), or the ring closed. */
export function ringPutReady(i32: Int32Array, f: number, maxsize: number): boolean {
  const t = Atomics.load(i32, f + TAIL), hd = Atomics.load(i32, f + HEAD);
  if (((t | hd) & CLOSED) !== 0) return true;
  const cap = i32[f + CAP];
  if (((t - hd) & POS) >= (maxsize > 0 && maxsize <= cap ? maxsize : cap)) return false;
  return Atomics.load(i32, f + CELLS + 2 * (t & (cap - 1))) === t;
}

/** Whether a get would find a published item now, or the ring closed. */
export function ringGetReady(i32: Int32Array, f: number): boolean {
  const hd = Atomics.load(i32, f + HEAD);
  if ((hd & CLOSED) !== 0) return true;
  return Atomics.load(i32, f + CELLS + 2 * (hd & (i32[f + CAP] - 1))) === ((hd + 1) & POS);
}

/** Items claimed, published or not (qsize), or -1 once closed. */
export function ringSize(i32: Int32Array, f: number): number {
  const hd = Atomics.load(i32, f + HEAD), t = Atomics.load(i32, f + TAIL);
  if (((hd | t) & CLOSED) !== 0) return -1;
  return (t - hd) & POS;
}

// The unfinished count (0 <= n < 2^30) gets CLOSED too when the ring ends, so a task_done() or a store
// that comes after the count was moved fails (-2 below) and is done again where the count went.

/** The unfinished count, or -2 once closed. */
export function ringUnfinished(i32: Int32Array, f: number): number {
  const n = Atomics.load(i32, f + UNFIN);
  return (n & CLOSED) !== 0 ? -2 : n;
}
/** Stores the unfinished count (0 <= n < 2^30): false once closed. */
export function ringSetUnfinished(i32: Int32Array, f: number, n: number): boolean {
  for (;;) {
    const old = Atomics.load(i32, f + UNFIN);
    if ((old & CLOSED) !== 0) return false;
    if (Atomics.compareExchange(i32, f + UNFIN, old, n) === old) return true;
  }
}
/** task_done(): the new count, -1 (count unchanged) when it was already zero, -2 once closed. */
export function ringTaskDone(i32: Int32Array, f: number): number {
  for (;;) {
    const n = Atomics.load(i32, f + UNFIN);
    if ((n & CLOSED) !== 0) return -2;
    if (n <= 0) return -1;
    if (Atomics.compareExchange(i32, f + UNFIN, n, n - 1) === n) return n - 1;
  }
}

/** Encoded item for the ring, made before claiming a cell (small ints need no heap work). */
export function encodeItem(h: SharedHeap, item: PyValue): number {
  if (typeof item === "number" && item >= -0x40000000 && item < 0x40000000) return (item << 1) | 1;
  h.enter();
  try { return encode(item); } finally { h.leave(); }
}

/** Frees what an encoded item owned (a put that did not store it). */
export function dropItem(h: SharedHeap, w: number): void {
  if ((w & 7) !== 0) return;
  h.enter();
  try { retireOwned(w); } finally { h.leave(); }
}

/** The item a word taken off the ring stands for; frees the copies it owned. */
export function takeItem(h: SharedHeap, w: number): PyValue {
  if ((w & 1) === 1) return w >> 1;
  if ((w & 7) !== 0) return decode(w);
  h.enter();
  try {
    const v = decode(w);
    retireOwned(w);
    return v;
  } finally {
    h.leave();
  }
}

/**
 * Ends the ring: no claim succeeds after this; waits for the puts already claimed to publish, and
 * returns the items' words oldest first (the caller now owns them) and the unfinished count.
 */
export function ringClose(h: SharedHeap, f: number): { words: number[]; unfinished: number } {
  const i32 = h.i32;
  const cap = i32[f + CAP];
  const t = Atomics.or(i32, f + TAIL, CLOSED) & POS;
  const hd = Atomics.or(i32, f + HEAD, CLOSED) & POS;
  const words: number[] = [];
  for (let p = hd; p !== t; p = (p + 1) & POS) {
    const c = f + CELLS + 2 * (p & (cap - 1));
    // a producer between its claim and its publish: a few instructions, unless it was preempted
    while (Atomics.load(i32, c) !== ((p + 1) & POS)) Atomics.wait(i32, c, Atomics.load(i32, c), 0.05);
    words.push(i32[c + 1]);
    i32[c + 1] = 0;
  }
  // after the publishes: each claimed put has counted its task
  return { words, unfinished: Atomics.or(i32, f + UNFIN, CLOSED) & POS };
}

// ---- waiter lists: lock-table ids of waiter locks (tagged), one list per kind of wait

const listOf = (i32: Int32Array, f: number, count: number): number =>
  i32[f + (count === GWAIT ? GLIST : count === PWAIT ? PLIST : JLIST)];

/** Counts a waiter, then adds it (the order matters: see the header). */
export function waiterAdd(h: SharedHeap, f: number, count: number, id: number): void {
  Atomics.add(h.i32, f + count, 1);
  h.enter();
  try { h.listPush(listOf(h.i32, f, count), (id << 1) | 1); } finally { h.leave(); }
}

/** Takes a waiter off its list if it is still there (true); false: a waker took it and releases it. */
export function waiterRemove(h: SharedHeap, f: number, count: number, id: number): boolean {
  const tagged = (id << 1) | 1;
  h.enter();
  let removed: boolean;
  try { removed = h.listRemoveFirst(listOf(h.i32, f, count), (w) => w === tagged) !== 0; } finally { h.leave(); }
  if (removed) Atomics.sub(h.i32, f + count, 1);
  return removed;
}

/** Takes the oldest waiter of a kind off its list: its lock id, or -1. */
export function waiterTake(h: SharedHeap, f: number, count: number): number {
  if (Atomics.load(h.i32, f + count) <= 0) return -1;
  h.enter();
  let w: number;
  try { w = h.listPop(listOf(h.i32, f, count), 0); } finally { h.leave(); }
  if (w === 0) return -1;
  Atomics.sub(h.i32, f + count, 1);
  return w >> 1;
}
