// Shared vectors (Python lists). A list block [header, lock, length, items] never moves; `items` is the
// word index of an items block [header, capacity, words...] that is replaced (and the old one retired)
// when it grows or shrinks. Every mutation holds the list's lock word. get() and length() take no lock:
// a reader always sees a length no larger than its items block, and every slot write is a single
// tear-free Int32 store (shifts are JS loops, never copyWithin over live slots, which may copy bytes).
// New items blocks are zeroed past their length, and are published (items store) before the length, so
// a reader that pairs an old length with a new block reads EMPTY, i.e. "out of range", past its end.
// Indexes are Python-style: negative counts from the end; out of range gives EMPTY.
import { Allocator, TAG_ITEMS, TAG_LIST } from "./allocator.js";
import { lockAcquire, lockRelease } from "./mutex.js";
import { EMPTY } from "./words.js";

const L_LOCK = 1;
const L_LEN = 2;
const L_ITEMS = 3;
const I_CAP = 1;
const I_BODY = 2;
const EMPTY_WORDS = new Int32Array(0);

export function listNew(al: Allocator, capacity = 0): number {
  const a = al.allocWords(4, TAG_LIST, false);
  const w = al.i32;
  w[a + L_LOCK] = 0;
  w[a + L_LEN] = 0;
  w[a + L_ITEMS] = capacity > 0 ? newItems(al, capacity) : 0;
  return a << 2;
}

function newItems(al: Allocator, capacity: number): number {
  // Zeroed: a lock-free reader holding an older, larger length reads EMPTY (out of range) past the end.
  const it = al.allocWords(I_BODY + capacity, TAG_ITEMS, true);
  // The block may be bigger than asked (size classes): use all of it.
  al.i32[it + I_CAP] = al.blockWords(it) - I_BODY;
  return it;
}

export function listLength(al: Allocator, list: number): number {
  return Atomics.load(al.i32, (list >> 2) + L_LEN);
}

export function listGet(al: Allocator, list: number, i: number): number {
  const w = al.i32;
  const a = list >> 2;
  const n = Atomics.load(w, a + L_LEN);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return EMPTY;
  // Plain reads from here: ordered after the length load, and each address depends on the word before.
  const it = w[a + L_ITEMS];
  if (it === 0 || i >= w[it + I_CAP]) return EMPTY; // shrunk under us: now out of range
  return w[it + I_BODY + i];
}

/** Replaces item i; returns the previous word, or EMPTY when i is out of range (nothing stored). */
export function listSet(al: Allocator, list: number, i: number, v: number): number {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  const n = w[a + L_LEN];
  if (i < 0) i += n;
  let old = EMPTY;
  if (i >= 0 && i < n) old = Atomics.exchange(w, w[a + L_ITEMS] + I_BODY + i, v);
  lockRelease(w, a + L_LOCK);
  return old;
}

/** Makes room for `extra` more items (lock held); returns the items block. */
function reserve(al: Allocator, a: number, n: number, extra: number): number {
  const w = al.i32;
  const it = w[a + L_ITEMS];
  if (it !== 0 && n + extra <= w[it + I_CAP]) return it;
  const need = n + extra;
  const nit = newItems(al, Math.max(8, need + (need >> 1)));
  if (it !== 0) {
    w.copyWithin(nit + I_BODY, it + I_BODY, it + I_BODY + n); // the old block only has readers now
    Atomics.store(w, a + L_ITEMS, nit);
    al.retireWords(it);
  } else {
    Atomics.store(w, a + L_ITEMS, nit);
  }
  return nit;
}

/** After removals (lock held): give back an items block that is mostly empty. */
function maybeShrink(al: Allocator, a: number, n: number): void {
  const w = al.i32;
  const it = w[a + L_ITEMS];
  if (it === 0) return;
  const cap = w[it + I_CAP];
  if (cap <= 16 || n >= cap >> 2) return;
  const nit = n === 0 ? 0 : newItems(al, Math.max(8, n * 2));
  if (nit !== 0) w.copyWithin(nit + I_BODY, it + I_BODY, it + I_BODY + n);
  Atomics.store(w, a + L_ITEMS, nit);
  al.retireWords(it);
}

export function listPush(al: Allocator, list: number, v: number): void {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  try {
    const n = w[a + L_LEN];
    const it = reserve(al, a, n, 1);
    Atomics.store(w, it + I_BODY + n, v);
    Atomics.store(w, a + L_LEN, n + 1);
  } finally {
    lockRelease(w, a + L_LOCK);
  }
}

/** Appends all `vs` in one atomic step (list.extend / +=). */
export function listExtend(al: Allocator, list: number, vs: ArrayLike<number>): void {
  const w = al.i32;
  const a = list >> 2;
  const m = vs.length;
  lockAcquire(w, a + L_LOCK, al.me);
  try {
    const n = w[a + L_LEN];
    const it = reserve(al, a, n, m);
    for (let k = 0; k < m; k++) Atomics.store(w, it + I_BODY + n + k, vs[k]);
    Atomics.store(w, a + L_LEN, n + m);
  } finally {
    lockRelease(w, a + L_LOCK);
  }
}

/** Removes and returns item i (default last); EMPTY when out of range (or the list is empty). */
export function listPop(al: Allocator, list: number, i = -1): number {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  try {
    const n = w[a + L_LEN];
    if (i < 0) i += n;
    if (i < 0 || i >= n) return EMPTY;
    return removeAtLocked(al, a, i, n);
  } finally {
    lockRelease(w, a + L_LOCK);
  }
}

function removeAtLocked(al: Allocator, a: number, i: number, n: number): number {
  const w = al.i32;
  const body = w[a + L_ITEMS] + I_BODY;
  const v = w[body + i];
  for (let k = i; k < n - 1; k++) w[body + k] = w[body + k + 1];
  Atomics.store(w, a + L_LEN, n - 1);
  Atomics.store(w, body + n - 1, EMPTY);
  maybeShrink(al, a, n - 1);
  return v;
}

/** list.insert(i, v): i is clamped to [0, len] after adding len to a negative i. */
export function listInsert(al: Allocator, list: number, i: number, v: number): void {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  try {
    insertLocked(al, a, i, v);
  } finally {
    lockRelease(w, a + L_LOCK);
  }
}

function insertLocked(al: Allocator, a: number, i: number, v: number): void {
  const w = al.i32;
  const n = w[a + L_LEN];
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  const body = reserve(al, a, n, 1) + I_BODY;
  // Grow first so a lock-free reader never sees a length past the written slots.
  for (let k = n; k > i; k--) w[body + k] = w[body + k - 1];
  Atomics.store(w, body + i, v);
  Atomics.store(w, a + L_LEN, n + 1);
}

/** Removes the first item for which pred(word) is true (list.remove); returns it, or EMPTY if none.
 *  pred runs under the list's lock: it must not touch this list. */
export function listRemoveFirst(al: Allocator, list: number, pred: (w: number) => boolean): number {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  try {
    const n = w[a + L_LEN];
    const body = w[a + L_ITEMS] + I_BODY;
    for (let k = 0; k < n; k++) if (pred(w[body + k])) return removeAtLocked(al, a, k, n);
    return EMPTY;
  } finally {
    lockRelease(w, a + L_LOCK);
  }
}

export function listSnapshot(al: Allocator, list: number): Int32Array {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  const n = w[a + L_LEN];
  const it = w[a + L_ITEMS];
  const out = n === 0 ? EMPTY_WORDS : w.slice(it + I_BODY, it + I_BODY + n);
  lockRelease(w, a + L_LOCK);
  return out;
}

/** A list's live items, for code that runs with its lock held (listLocked). */
export interface ListView {
  length(): number;
  get(i: number): number;
  set(i: number, v: number): void;
  push(v: number): void;
  /** Removes and returns the last word (the list must not be empty). */
  pop(): number;
  /** list.insert(i, v)'s: i clamped to [0, length]. */
  insert(i: number, v: number): void;
  /** Removes and returns word i (0 <= i < length). */
  remove(i: number): number;
}

/**
 * Runs `f` with the list's lock held and a view of its live items: several changes in one step (heapq's
 * push and pop of items compared without Python code). `f` must not touch the list otherwise, nor run
 * code that could. Lock-free readers see each single store, as with the other operations.
 */
export function listLocked<T>(al: Allocator, list: number, f: (view: ListView) => T): T {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  try {
    return f({
      length: () => w[a + L_LEN],
      get: (i) => w[w[a + L_ITEMS] + I_BODY + i],
      set: (i, v) => Atomics.store(w, w[a + L_ITEMS] + I_BODY + i, v),
      push(v) {
        const n = w[a + L_LEN];
        const it = reserve(al, a, n, 1);
        Atomics.store(w, it + I_BODY + n, v);
        Atomics.store(w, a + L_LEN, n + 1);
      },
      pop: () => {
        const n = w[a + L_LEN];
        return removeAtLocked(al, a, n - 1, n);
      },
      insert: (i, v) => insertLocked(al, a, i, v),
      remove: (i) => removeAtLocked(al, a, i, w[a + L_LEN]),
    });
  } finally {
    lockRelease(w, a + L_LOCK);
  }
}

/**
 * Rewrites the list in one step (list.sort, heapq's push and pop of items whose comparisons run no Python
 * code): `f` gets the words, under the list's lock, and returns the new contents, or null to leave the
 * list as it is (then false). It must not touch the list, nor run code that could.
 */
export function listRewrite(al: Allocator, list: number, f: (words: Int32Array) => ArrayLike<number> | null): boolean {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  try {
    const vs = f(wordsLocked(w, a));
    if (vs === null) return false;
    replaceLocked(al, a, vs);
    return true;
  } finally {
    lockRelease(w, a + L_LOCK);
  }
}

/** The list's words (its lock held). */
function wordsLocked(w: Int32Array, a: number): Int32Array {
  const n = w[a + L_LEN];
  const it = w[a + L_ITEMS];
  return n === 0 ? EMPTY_WORDS : w.slice(it + I_BODY, it + I_BODY + n);
}

/** Makes `vs` the contents (the list's lock held), in a fresh items block: readers of the old one see the
 *  old contents, never a mix. */
function replaceLocked(al: Allocator, a: number, vs: ArrayLike<number>): void {
  const w = al.i32;
  const it = w[a + L_ITEMS];
  const n = vs.length;
  const nit = n === 0 ? 0 : newItems(al, n);
  for (let k = 0; k < n; k++) w[nit + I_BODY + k] = vs[k];
  Atomics.store(w, a + L_ITEMS, nit);
  Atomics.store(w, a + L_LEN, n);
  if (it !== 0) al.retireWords(it);
}

/** Empties the list; returns the words it held. */
export function listClear(al: Allocator, list: number): Int32Array {
  return listReplaceAll(al, list, EMPTY_WORDS);
}

/** Replaces the whole contents (e.g. after sorting a snapshot); returns the previous words. */
export function listReplaceAll(al: Allocator, list: number, vs: ArrayLike<number>): Int32Array {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  try {
    const old = wordsLocked(w, a);
    replaceLocked(al, a, vs);
    return old;
  } finally {
    lockRelease(w, a + L_LOCK);
  }
}

/**
 * Slice assignment list[start:stop] = vs (step 1), del list[start:stop] (vs empty), in one atomic step.
 * start/stop follow Python's slice rules for step 1 (negative + len, clamped); returns the removed words.
 */
export function listSplice(al: Allocator, list: number, start: number, stop: number, vs: ArrayLike<number>): Int32Array {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  try {
    const n = w[a + L_LEN];
    start = clampIndex(start, n);
    stop = Math.max(start, clampIndex(stop, n));
    const it = w[a + L_ITEMS];
    const removed = stop === start ? EMPTY_WORDS : w.slice(it + I_BODY + start, it + I_BODY + stop);
    const m = vs.length;
    const newN = n - (stop - start) + m;
    // Rebuild into a fresh block: lock-free readers keep a consistent view of the old one.
    const nit = newN === 0 ? 0 : newItems(al, Math.max(newN, 8));
    if (nit !== 0) {
      const b = nit + I_BODY;
      if (start > 0) w.copyWithin(b, it + I_BODY, it + I_BODY + start);
      for (let k = 0; k < m; k++) w[b + start + k] = vs[k];
      if (stop < n) w.copyWithin(b + start + m, it + I_BODY + stop, it + I_BODY + n);
    }
    Atomics.store(w, a + L_ITEMS, nit);
    Atomics.store(w, a + L_LEN, newN);
    if (it !== 0) al.retireWords(it);
    return removed;
  } finally {
    lockRelease(w, a + L_LOCK);
  }
}

function clampIndex(i: number, n: number): number {
  if (i < 0) i += n;
  return i < 0 ? 0 : i > n ? n : i;
}

export function listReverse(al: Allocator, list: number): void {
  const w = al.i32;
  const a = list >> 2;
  lockAcquire(w, a + L_LOCK, al.me);
  const n = w[a + L_LEN];
  const body = w[a + L_ITEMS] + I_BODY;
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = w[body + i];
    w[body + i] = w[body + j];
    w[body + j] = t;
  }
  lockRelease(w, a + L_LOCK);
}

/** Retires a list that is unreachable (its items block too). The caller retires what the items own. */
export function listRetire(al: Allocator, list: number): void {
  const a = list >> 2;
  const it = al.i32[a + L_ITEMS];
  if (it !== 0) al.retireWords(it);
  al.retireWords(a);
}
