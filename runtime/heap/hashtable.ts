// Shared hash tables (dicts, sets, attribute dicts, module globals): CPython's compact, insertion-ordered
// layout. A table block [header, lock, layout, version, used, data] never moves; `data` is the word
// index of [header, log2size, nentries, usable, top, index[size], entries[usable × (hash, key, value)]],
// replaced on resize/clear (the old one retired, never written again). Mutations hold the lock word.
// Reads take no lock and no retry loop, because within one data block every word only moves forward:
// an index slot goes EMPTY -> entry -> DUMMY (-> another entry), an entry's hash/key are written once
// before its index slot is published and later only cleared to EMPTY, and entries are never reused
// (popitem leaves a tombstone; resize compacts into a new block). So a probe never sees a hole on a live
// key's chain, every key word it reads was really stored there, and a read is linearizable at the
// moment it reads the value slot. Only the data pointer is read with Atomics.load; the reads after it
// follow address dependencies (each address computed from the word read before).
// Keys are words; the caller supplies hash and equality. `eq` runs during lock-free reads (possibly on a
// key being deleted) and under the lock during writes: it must be pure and must not touch this table.
// For keys whose equality runs Python code, use tableCandidates() then an identity eq.
import { Allocator, TAG_STRING, TAG_TABLE, TAG_TABLE_DATA } from "./allocator.js";
import { allocString } from "./blocks.js";
import { lockAcquire, lockRelease } from "./mutex.js";
import { EMPTY } from "./words.js";

const T_LOCK = 1;
// Bumped twice around the publication of a new data block (resize, clear): odd while the block is being
// replaced, even when stable. Entry indexes change with it. A cache (layout, entry) is taken only from a
// lookup that saw the same even layout before and after it (tableLookupAt), so it names an entry of the
// block that layout belongs to; one bump alone would let a lookup read the new layout but the old block.
const T_LAYOUT = 2;
const T_VERSION = 3;
const T_USED = 4;
const T_DATA = 5;
const D_LOG2 = 1;
const D_N = 2; // entries ever filled in this block (deleted ones included)
const D_USABLE = 3;
const D_TOP = 4; // no live entry at or above this position (popitem's starting point; lock held)
const D_INDEX = 5;
const IX_EMPTY = 0; // index slot: 0 empty, -1 deleted (dummy), k+1 entry k
const IX_DUMMY = -1;
const MIN_LOG2 = 3;

export type KeyEq = (key: number) => boolean;

function newData(al: Allocator, log2: number): number {
  const size = 1 << log2;
  const usable = ((size << 1) / 3) | 0;
  const d = al.allocWords(D_INDEX + size + usable * 3, TAG_TABLE_DATA, true);
  const w = al.i32;
  w[d + D_LOG2] = log2;
  w[d + D_N] = 0;
  w[d + D_USABLE] = usable;
  return d;
}

function log2For(minSize: number): number {
  let l = MIN_LOG2;
  while (1 << l < minSize) l++;
  return l;
}

export function tableNew(al: Allocator, expected = 0): number {
  const t = al.allocWords(6, TAG_TABLE, true);
  al.i32[t + T_DATA] = newData(al, log2For(Math.ceil((expected * 3) / 2) + 1));
  return t << 2;
}

export function tableSize(al: Allocator, table: number): number {
  return Atomics.load(al.i32, (table >> 2) + T_USED);
}

/** Bumped by every insertion of a new key and every removal (for "changed size during iteration"). */
export function tableVersion(al: Allocator, table: number): number {
  return Atomics.load(al.i32, (table >> 2) + T_VERSION);
}

// ---------------------------------------------------------------- probing

/** Entry index of the key, or -1. Works on a consistent block (lock held) or a racy one (bounded). */
function find(w: Int32Array, d: number, hash: number, eq: KeyEq): number {
  const mask = (1 << w[d + D_LOG2]) - 1;
  const usable = w[d + D_USABLE];
  const idx = d + D_INDEX;
  const ent = idx + mask + 1;
  let i = hash & mask;
  let perturb = hash >>> 0;
  for (let n = 0; n <= 4 * mask + 64; n++) {
    const ix = w[idx + i];
    if (ix === IX_EMPTY) return -1;
    if (ix > 0 && ix <= usable) {
      const e = ent + (ix - 1) * 3;
      if (w[e] === hash) {
        const k = w[e + 1];
        if (k !== EMPTY && eq(k)) return ix - 1;
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return -1;
}

/** find() specialised for string keys: no closure, and non-string keys are skipped safely. */
function findStr(al: Allocator, d: number, hash: number, s: string): number {
  const w = al.i32;
  const u = al.u16;
  const mask = (1 << w[d + D_LOG2]) - 1;
  const usable = w[d + D_USABLE];
  const idx = d + D_INDEX;
  const ent = idx + mask + 1;
  const len = s.length;
  let i = hash & mask;
  let perturb = hash >>> 0;
  for (let n = 0; n <= 4 * mask + 64; n++) {
    const ix = w[idx + i];
    if (ix === IX_EMPTY) return -1;
    if (ix > 0 && ix <= usable) {
      const e = ent + (ix - 1) * 3;
      if (w[e] === hash) {
        const k = w[e + 1];
        if ((k & 7) === 0 && k !== 0) {
          const a = k >> 2;
          if ((w[a] & 0xff) === TAG_STRING && w[a + 1] === len) {
            const base = (a + 3) * 2;
            let j = 0;
            while (j < len && u[base + j] === s.charCodeAt(j)) j++;
            if (j === len) return ix - 1;
          }
        }
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return -1;
}

function entryBase(w: Int32Array, d: number, e: number): number {
  return d + D_INDEX + (1 << w[d + D_LOG2]) + e * 3;
}

// ---------------------------------------------------------------- reads

/** Entry index of the key at this instant, or -1. */
export function tableLookup(al: Allocator, table: number, hash: number, eq: KeyEq): number {
  const w = al.i32;
  return find(w, Atomics.load(w, (table >> 2) + T_DATA), hash, eq);
}

/** The value for the key, or EMPTY when absent. */
export function tableGet(al: Allocator, table: number, hash: number, eq: KeyEq): number {
  const w = al.i32;
  const d = Atomics.load(w, (table >> 2) + T_DATA);
  const e = find(w, d, hash, eq);
  return e < 0 ? EMPTY : w[entryBase(w, d, e) + 2];
}

/** tableGet for a string key given as a JS string and its hashString(). */
export function tableGetStr(al: Allocator, table: number, hash: number, s: string): number {
  const w = al.i32;
  const d = Atomics.load(w, (table >> 2) + T_DATA);
  const e = findStr(al, d, hash, s);
  return e < 0 ? EMPTY : w[entryBase(w, d, e) + 2];
}

// ---------------------------------------------------------------- inline caches
// For hot lookups with a fixed key (global names, attribute names at one call site): remember
// (layout = tableLayout(), tableLookupAt(layout)) once, then read and write by entry index while the
// layout holds. tableLookupAt refuses a lookup that did not see one even layout throughout (T_LAYOUT), so
// the cache never names an entry of another block than its layout's. An entry index keeps its key for
// the life of a layout (entries are never reused), and a deleted entry reads EMPTY.

/** The table's layout counter; entry indexes from tableLookup stay valid while it is unchanged. */
export function tableLayout(al: Allocator, table: number): number {
  return Atomics.load(al.i32, (table >> 2) + T_LAYOUT);
}

/**
 * tableLookup for a cache: the key's entry index (-1: absent) if the table kept one even layout,
 * `layout`, across the lookup; -2 when the block was being replaced (cache nothing, read uncached).
 */
export function tableLookupAt(al: Allocator, table: number, layout: number, hash: number, eq: KeyEq): number {
  if ((layout & 1) !== 0) return -2;
  const e = tableLookup(al, table, hash, eq);
  return Atomics.load(al.i32, (table >> 2) + T_LAYOUT) === layout ? e : -2;
}

/** The value at entry e if the layout is still `layout` and the entry is live, else EMPTY (a miss). */
export function tableValueAt(al: Allocator, table: number, layout: number, e: number): number {
  const w = al.i32;
  const a = table >> 2;
  const d = Atomics.load(w, a + T_DATA); // data first: a resize bumps the layout before publishing
  if (Atomics.load(w, a + T_LAYOUT) !== layout || e >>> 0 >= w[d + D_N]) return EMPTY;
  return w[entryBase(w, d, e) + 2];
}

/**
 * For a site that keeps reading one entry: the word index (in `al.i32`) of entry e's value slot, or -1
 * when the layout moved or e is past the block's entries. Reading the slot, then finding tableLayout()
 * still equal to `layout`, proves the read came from the live block (a resize bumps the layout before it
 * retires the old block; writers hold the lock, and a resize copies under it).
 */
export function tableValueIndex(al: Allocator, table: number, layout: number, e: number): number {
  const w = al.i32;
  const a = table >> 2;
  const d = Atomics.load(w, a + T_DATA);
  if (Atomics.load(w, a + T_LAYOUT) !== layout || e >>> 0 >= w[d + D_N]) return -1;
  return entryBase(w, d, e) + 2;
}

/** Word index of the table's layout word (see tableValueIndex). */
export function tableLayoutIndex(table: number): number {
  return (table >> 2) + T_LAYOUT;
}

/** Replaces the value at entry e if the layout still holds and the entry is live; returns the previous
 *  value, or EMPTY on a miss (nothing stored: take the slow path). */
export function tableSetAt(al: Allocator, table: number, layout: number, e: number, value: number): number {
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  const d = w[a + T_DATA];
  let old = EMPTY;
  if (w[a + T_LAYOUT] === layout && e >>> 0 < w[d + D_N]) {
    const b = entryBase(w, d, e);
    if (w[b + 1] !== EMPTY) {
      old = w[b + 2];
      Atomics.store(w, b + 2, value);
    }
  }
  lockRelease(w, a + T_LOCK);
  return old;
}

/** Keys stored with this hash (a snapshot), for callers whose equality must run outside the lock. */
export function tableCandidates(al: Allocator, table: number, hash: number): number[] {
  const out: number[] = [];
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  find(w, w[a + T_DATA], hash, (k) => {
    out.push(k);
    return false;
  });
  lockRelease(w, a + T_LOCK);
  return out;
}

// ---------------------------------------------------------------- writes

/** Inserts a key known to be absent (lock held). Resizes first when the entries are full. */
function insertLocked(al: Allocator, a: number, hash: number, key: number, value: number): void {
  const w = al.i32;
  let d = w[a + T_DATA];
  if (w[d + D_N] >= w[d + D_USABLE]) d = resizeLocked(al, a, log2For(w[a + T_USED] * 3));
  const mask = (1 << w[d + D_LOG2]) - 1;
  const idx = d + D_INDEX;
  let i = hash & mask;
  let perturb = hash >>> 0;
  while (w[idx + i] > 0) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  const n = w[d + D_N];
  const e = idx + mask + 1 + n * 3;
  w[e] = hash;
  w[e + 1] = key;
  w[e + 2] = value;
  Atomics.store(w, idx + i, n + 1); // publishes the entry written just before

  w[d + D_N] = n + 1;
  w[d + D_TOP] = n + 1;
  Atomics.store(w, a + T_USED, w[a + T_USED] + 1);
  Atomics.store(w, a + T_VERSION, w[a + T_VERSION] + 1);
}

/** Replaces the data block (lock held), with the layout odd meanwhile (see T_LAYOUT). */
function publishData(w: Int32Array, a: number, nd: number): void {
  const l = w[a + T_LAYOUT];
  Atomics.store(w, a + T_LAYOUT, l + 1);
  Atomics.store(w, a + T_DATA, nd);
  Atomics.store(w, a + T_LAYOUT, l + 2);
}

/**
 * Rebuilds the live entries into a new block of 2^log2 slots, publishes it, retires the old. `first`
 * ([hash, key, value], not in the table): an entry put before all the others (OrderedDict.move_to_end).
 */
function resizeLocked(al: Allocator, a: number, log2: number, first: number[] | null = null): number {
  const w = al.i32;
  const old = w[a + T_DATA];
  const nd = newData(al, log2);
  const mask = (1 << log2) - 1;
  const idx = nd + D_INDEX;
  const ent = idx + mask + 1;
  const oldEnt = entryBase(w, old, 0);
  const oldN = w[old + D_N];
  let n = 0;
  const put = (hash: number, key: number, value: number): void => {
    const e = ent + n * 3;
    w[e] = hash;
    w[e + 1] = key;
    w[e + 2] = value;
    let i = hash & mask;
    let perturb = hash >>> 0;
    while (w[idx + i] !== IX_EMPTY) {
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    w[idx + i] = ++n;
  };
  if (first !== null) put(first[0], first[1], first[2]);
  for (let k = 0; k < oldN; k++) {
    const o = oldEnt + k * 3;
    if (w[o + 1] !== EMPTY) put(w[o], w[o + 1], w[o + 2]);
  }
  w[nd + D_N] = n;
  w[nd + D_TOP] = n;
  publishData(w, a, nd);
  al.retireWords(old);
  return nd;
}

/**
 * d[key] = value. Returns the previous value (the table keeps its own key; `key` was not stored), or
 * EMPTY when the key was new (the table now owns `key`). `keep`: a value already there stays (and is
 * returned), as dict.setdefault's, decided under the table's lock with the insert: two threads' setdefault
 * of one new key both get the one value stored.
 */
export function tableSet(al: Allocator, table: number, hash: number, key: number, value: number, eq: KeyEq, keep = false): number {
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  try {
    const d = w[a + T_DATA];
    const e = find(w, d, hash, eq);
    // Replacing a value is one atomic store: readers see the old or the new value.
    if (e >= 0) return keep ? Atomics.load(w, entryBase(w, d, e) + 2) : Atomics.exchange(w, entryBase(w, d, e) + 2, value);
    insertLocked(al, a, hash, key, value);
    return EMPTY;
  } finally {
    lockRelease(w, a + T_LOCK);
  }
}

/** tableSet for a string key; when new, the key is copied into a string block the table owns. */
export function tableSetStr(al: Allocator, table: number, hash: number, s: string, value: number, keep = false): number {
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  try {
    const d = w[a + T_DATA];
    const e = findStr(al, d, hash, s);
    if (e >= 0) return keep ? Atomics.load(w, entryBase(w, d, e) + 2) : Atomics.exchange(w, entryBase(w, d, e) + 2, value);
    const key = allocString(al, s);
    insertLocked(al, a, hash, key, value);
    return EMPTY;
  } finally {
    lockRelease(w, a + T_LOCK);
  }
}

/** The entry of a key given as a word (with its eq) or as a str, or -1. */
function findKey(al: Allocator, d: number, hash: number, key: number | string, eq: KeyEq | null): number {
  return typeof key === "string" ? findStr(al, d, hash, key) : find(al.i32, d, hash, eq!);
}

/** tableAddInt's outcomes. */
export const ADDED = 1;
export const INSERTED = 2;
export const NOT_SMALL_INT = 0;

/**
 * d[key] = d.get(key, 0) + n in one step under the table's lock, for a value that is a small int (tagged
 * word): ADDED, or INSERTED when the key was new (the table now owns `key`; a string key `s` is copied);
 * NOT_SMALL_INT (nothing done) when the value there is anything else or the sum leaves the small ints.
 */
export function tableAddInt(al: Allocator, table: number, hash: number, key: number | string, n: number, eq: KeyEq | null): number {
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  try {
    const d = w[a + T_DATA];
    const e = findKey(al, d, hash, key, eq);
    if (e < 0) {
      insertLocked(al, a, hash, typeof key === "string" ? allocString(al, key) : key, (n << 1) | 1);
      return INSERTED;
    }
    const at = entryBase(w, d, e) + 2;
    const old = w[at];
    if ((old & 1) === 0) return NOT_SMALL_INT;
    const sum = (old >> 1) + n;
    if (sum < -0x40000000 || sum >= 0x40000000) return NOT_SMALL_INT;
    Atomics.store(w, at, (sum << 1) | 1);
    return ADDED;
  } finally {
    lockRelease(w, a + T_LOCK);
  }
}

/** Removes entry e (lock held); fills out[0..1] with its key and value. */
function removeLocked(w: Int32Array, a: number, d: number, e: number, out: Int32Array | number[]): void {
  const base = entryBase(w, d, e);
  const hash = w[base];
  const mask = (1 << w[d + D_LOG2]) - 1;
  const idx = d + D_INDEX;
  let i = hash & mask;
  let perturb = hash >>> 0;
  while (w[idx + i] !== e + 1) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  out[0] = w[base + 1];
  out[1] = w[base + 2];
  Atomics.store(w, idx + i, IX_DUMMY);
  Atomics.store(w, base + 1, EMPTY);
  Atomics.store(w, base + 2, EMPTY);
  Atomics.store(w, a + T_USED, w[a + T_USED] - 1);
  Atomics.store(w, a + T_VERSION, w[a + T_VERSION] + 1);
}

/** del d[key]: true and out = [key, value] when it was present. */
export function tableDelete(al: Allocator, table: number, hash: number, eq: KeyEq, out: Int32Array | number[]): boolean {
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  try {
    const d = w[a + T_DATA];
    const e = find(w, d, hash, eq);
    if (e < 0) return false;
    removeLocked(w, a, d, e, out);
    return true;
  } finally {
    lockRelease(w, a + T_LOCK);
  }
}

/** tableDelete for a string key. */
export function tableDeleteStr(al: Allocator, table: number, hash: number, s: string, out: Int32Array | number[]): boolean {
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  try {
    const d = w[a + T_DATA];
    const e = findStr(al, d, hash, s);
    if (e < 0) return false;
    removeLocked(w, a, d, e, out);
    return true;
  } finally {
    lockRelease(w, a + T_LOCK);
  }
}

/**
 * dict.popitem(): removes the last entry; true and out = [key, value], false when empty. `first`: the
 * first entry instead (an OrderedDict's popitem(last=False)).
 */
export function tablePopitem(al: Allocator, table: number, out: Int32Array | number[], first = false): boolean {
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  try {
    const d = w[a + T_DATA];
    let n = w[d + D_TOP];
    if (first) {
      for (let k = 0; k < n; k++) {
        if (w[entryBase(w, d, k) + 1] === EMPTY) continue;
        removeLocked(w, a, d, k, out);
        return true;
      }
      return false;
    }
    while (n > 0 && w[entryBase(w, d, n - 1) + 1] === EMPTY) n--;
    w[d + D_TOP] = n;
    if (n === 0) return false;
    // Unlike CPython the entry stays a tombstone (never refilled): lock-free readers rely on it.
    removeLocked(w, a, d, n - 1, out);
    w[d + D_TOP] = n - 1;
    return true;
  } finally {
    lockRelease(w, a + T_LOCK);
  }
}

/**
 * OrderedDict.move_to_end(key, last) in one step under the table's lock: the entry goes to the end, or
 * (last false) before all the others (the entries rebuilt, as a resize does). False: the key is absent.
 */
export function tableMoveToEnd(al: Allocator, table: number, hash: number, key: number | string, eq: KeyEq | null, last: boolean): boolean {
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  try {
    const d = w[a + T_DATA];
    const e = findKey(al, d, hash, key, eq);
    if (e < 0) return false;
    const out = [0, 0];
    removeLocked(w, a, d, e, out);
    if (last) insertLocked(al, a, hash, out[0], out[1]);
    else {
      resizeLocked(al, a, log2For((w[a + T_USED] + 1) * 3), [hash, out[0], out[1]]);
      Atomics.store(w, a + T_USED, w[a + T_USED] + 1);
      Atomics.store(w, a + T_VERSION, w[a + T_VERSION] + 1);
    }
    return true;
  } finally {
    lockRelease(w, a + T_LOCK);
  }
}

/** Empties the table; returns the removed words as [k0, v0, k1, v1, ...]. */
export function tableClear(al: Allocator, table: number): number[] {
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  try {
    const removed = itemsLocked(w, a, false);
    const old = w[a + T_DATA];
    const nd = newData(al, MIN_LOG2);
    publishData(w, a, nd);
    Atomics.store(w, a + T_USED, 0);
    Atomics.store(w, a + T_VERSION, w[a + T_VERSION] + 1);
    al.retireWords(old);
    return removed;
  } finally {
    lockRelease(w, a + T_LOCK);
  }
}

function itemsLocked(w: Int32Array, a: number, withHash: boolean): number[] {
  const d = w[a + T_DATA];
  const n = w[d + D_N];
  const base = entryBase(w, d, 0);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const e = base + k * 3;
    if (w[e + 1] === EMPTY) continue;
    if (withHash) out.push(w[e]);
    out.push(w[e + 1], w[e + 2]);
  }
  return out;
}

/** A consistent snapshot of all entries, in insertion order, as [h0, k0, v0, h1, k1, v1, ...]. */
export function tableItems(al: Allocator, table: number): number[] {
  const w = al.i32;
  const a = table >> 2;
  lockAcquire(w, a + T_LOCK, al.me);
  const out = itemsLocked(w, a, true);
  lockRelease(w, a + T_LOCK);
  return out;
}

/**
 * Iteration by position (lock-free): finds the first live entry at position >= pos, writes
 * [key, value, hash] into out and returns the position to continue from; -1 at the end. Positions
 * shift when the table resizes (only on insertion, which bumps the version: the caller raises
 * "dictionary changed size during iteration").
 */
export function tableNext(al: Allocator, table: number, pos: number, out: Int32Array | number[]): number {
  const w = al.i32;
  const d = Atomics.load(w, (table >> 2) + T_DATA);
  const n = w[d + D_N];
  const base = entryBase(w, d, 0);
  for (let k = Math.max(0, pos); k < n; k++) {
    const e = base + k * 3;
    const key = w[e + 1];
    if (key === EMPTY) continue;
    const value = w[e + 2];
    if (value === EMPTY) continue; // deleted while we looked
    out[0] = key;
    out[1] = value;
    out[2] = w[e];
    return k + 1;
  }
  return -1;
}

/** Retires an unreachable table (its data block too). The caller retires what the entries own. */
export function tableRetire(al: Allocator, table: number): void {
  const a = table >> 2;
  al.retireWords(al.i32[a + T_DATA]);
  al.retireWords(a);
}
