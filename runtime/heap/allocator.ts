// The heap region's allocator and its epoch-based reclamation (EBR). Owns the region header (bump pointer,
// global epoch, per-class free lists, per-thread announce words) and hands out 8-aligned blocks whose
// first word is a header ((size in words / 2) << 8 | tag). Blocks never move. Freed blocks go to a per-worker
// cache first (no atomics on the churn path), then in batches to global free lists under one mutex.
import { lockAcquire, lockOwnerWord, lockRelease } from "./mutex.js";

/** The name of the Error that alloc throws when the region is full (interpreter/shared-heap.ts). */
export const HEAP_EXHAUSTED = "SharedHeapExhausted";

// ---- region header (word indices inside the region; hot words on separate 64-byte lines) ----
const H_MAGIC = 0;
const H_TOTAL = 1; // region size in words
const H_NTHREADS = 2; // thread slots reserved
const H_START = 3; // first block word
const H_MAXSLOT = 4; // 1 + highest thread slot that ever attached
const H_BUMP = 16; // next never-used word
const H_EPOCH = 32; // global epoch (starts at 1; 0 in an announce word means "outside")
const H_LOCK = 48; // allocator mutex (global free lists, orphan list)
const H_ORPHANS = 50; // stack of orphan limbo blocks left by detached workers (guarded by H_LOCK)
const H_FREE = 64; // NCLASSES free-list heads (word index of first free block, 0 = none)
const MAGIC = 0x50797448; // "PytH"
const THREAD_STRIDE = 16; // words per thread slot: one cache line each, so announces don't false-share
const T_ANNOUNCE = 0; // epoch this thread entered at, 0 when outside
const T_NET = 1; // words allocated minus words freed by this thread (sum over threads = live words)
const T_NAP = 2; // always 0: this thread naps on it (Atomics.wait with a timeout) while memory drains

// ---- block header ----
export const TAG_FREE = 0;
/** Tags 1..15 are the heap's own; 16..255 are free for the interpreter's records. */
export const TAG_STRING = 1;
export const TAG_FLOAT = 2;
export const TAG_BLOB = 3;
export const TAG_BYTES = 4;
export const TAG_LIST = 5;
export const TAG_ITEMS = 6;
export const TAG_TABLE = 7;
export const TAG_TABLE_DATA = 8;
export const TAG_RECORD = 9;
const TAG_ORPHANS = 10; // [header, epoch, count, next, addrs...]: a detached worker's limbo
export const FIRST_USER_TAG = 16;
export const MAX_BLOCK_WORDS = 1 << 24; // 64 MB

// ---- size classes (in words, always even so every block stays 8-aligned) ----
// Exact classes 2, 4, ..., 64; above that four classes per power of two (<= 25% internal waste).
const CLASS_SIZE: number[] = [];
for (let s = 2; s <= 64; s += 2) CLASS_SIZE.push(s);
for (let base = 64; base < MAX_BLOCK_WORDS; base *= 2) {
  for (let k = 1; k <= 4; k++) CLASS_SIZE.push(base + (base / 4) * k);
}
export const NCLASSES = CLASS_SIZE.length;

/** Size class of a block of `words` words (header included), 1 <= words <= MAX_BLOCK_WORDS. */
export function sizeClass(words: number): number {
  if (words <= 64) return words <= 2 ? 0 : ((words + 1) >> 1) - 1;
  const lg = 31 - Math.clz32(words - 1);
  const base = 1 << lg;
  const k = Math.ceil((words - base) / (base >> 2));
  return 32 + (lg - 6) * 4 + (k - 1);
}

function regionFixedWords(nThreads: number): number {
  const threadArea = (H_FREE + NCLASSES + THREAD_STRIDE - 1) & ~(THREAD_STRIDE - 1);
  return threadArea + nThreads * THREAD_STRIDE;
}

export interface HeapStats {
  /** Bytes in live blocks (allocated and not yet freed; blocks in limbo count as live). */
  bytesInUse: number;
  /** Bytes ever taken from the bump region (the heap's footprint high-water mark). */
  bytesReserved: number;
  /** Region size in bytes. */
  bytesTotal: number;
  /** Bytes this worker holds in limbo (retired, waiting for the grace period). */
  bytesInLimbo: number;
  /** The global epoch. */
  epoch: number;
}

export class Allocator {
  readonly i32: Int32Array;
  readonly u16: Uint16Array;
  readonly u8: Uint8Array;
  readonly f64: Float64Array;
  /** This worker's value for structure lock words. */
  readonly me: number;
  private readonly _total: number;
  private readonly _ann: number; // index of this thread's announce word
  private readonly _net: number;
  private _netLocal = 0;
  private _annEpoch = 0; // what we announced; 0 = outside
  private _spCountdown = 1;
  private _depth = 0; // enter() nesting
  private _naps = 0;
  private readonly _cache: number[][] = []; // per class: word indices of free blocks only we may reuse
  private readonly _cacheCap: number[] = [];
  private _limboEpochs: number[] = []; // one batch per epoch seen at retire time
  private _limboSeqs: number[] = []; // our quiescence count when the batch was started
  private _limboBatches: number[][] = [];
  private _qseq = 0; // bumped at every quiescent point: announce, safepoint check, leave
  private _limboWords = 0;
  private _retiresSinceCollect = 0;

  /** Lays out a fresh heap region (once, before any worker attaches). `byteOffset` must be 8-aligned. */
  static format(sab: SharedArrayBuffer, byteOffset: number, byteLength: number, nThreads = 64): void {
    if (byteLength >= 2 ** 31) throw new Error("internal error: the heap region must be smaller than 2 GB");
    const w = regionView(sab, byteOffset, byteLength);
    const start = (regionFixedWords(nThreads) + 15) & ~15;
    if (start + 64 > w.length) throw new Error(`shared heap region too small (${byteLength} bytes)`);
    w.fill(0, 0, start);
    w[H_TOTAL] = w.length & ~1;
    w[H_NTHREADS] = nThreads;
    w[H_START] = start;
    w[H_BUMP] = start;
    w[H_EPOCH] = 1;
    Atomics.store(w, H_MAGIC, MAGIC);
  }

  /**
   * A thread slot was abandoned by a worker that ended without detach() (e.g. terminated): mark it
   * outside so the epoch can advance again. Called by the runtime, from any thread.
   */
  static releaseSlot(sab: SharedArrayBuffer, byteOffset: number, byteLength: number, slot: number): void {
    const w = regionView(sab, byteOffset, byteLength);
    Atomics.store(w, threadBase(slot) + T_ANNOUNCE, 0);
  }

  constructor(sab: SharedArrayBuffer, byteOffset: number, byteLength: number, slot: number) {
    const w = regionView(sab, byteOffset, byteLength);
    if (Atomics.load(w, H_MAGIC) !== MAGIC) throw new Error("internal error: shared heap region not formatted");
    if (slot < 0 || slot >= w[H_NTHREADS]) throw new Error(`internal error: heap thread slot ${slot} out of range`);
    this.i32 = w;
    this.u16 = new Uint16Array(sab, byteOffset, w.length * 2);
    this.u8 = new Uint8Array(sab, byteOffset, w.length * 4);
    this.f64 = new Float64Array(sab, byteOffset, w.length >> 1);
    this.me = lockOwnerWord(slot);
    this._total = w[H_TOTAL];
    this._ann = threadBase(slot) + T_ANNOUNCE;
    this._net = threadBase(slot) + T_NET;
    this._netLocal = Atomics.load(w, this._net); // a reused slot keeps its predecessor's balance
    for (let c = 0; c < NCLASSES; c++) {
      this._cache.push([]);
      this._cacheCap.push(Math.max(2, Math.min(128, Math.floor(2048 / CLASS_SIZE[c]))));
    }
    for (;;) {
      const m = Atomics.load(w, H_MAXSLOT);
      if (m > slot || Atomics.compareExchange(w, H_MAXSLOT, m, slot + 1) === m) break;
    }
  }

  // ---------------------------------------------------------------- allocation

  /**
   * A block of at least `words` words (header included) with the given tag, as a word index. The body is
   * NOT zeroed unless `zero`. Throws "shared heap exhausted" when nothing can be found even after reclaiming.
   */
  allocWords(words: number, tag: number, zero: boolean): number {
    if (words > MAX_BLOCK_WORDS) this._exhausted(words);
    const c = sizeClass(words);
    const size = CLASS_SIZE[c];
    let a = this._cache[c].pop();
    if (a === undefined) {
      a = this._refill(c, size);
      this._naps = 0;
    }
    const w = this.i32;
    w[a] = ((size >> 1) << 8) | tag;
    if (zero) w.fill(0, a + 1, a + size);
    this._netLocal += size;
    w[this._net] = this._netLocal; // statistics only: a plain (tear-free) store is enough
    return a;
  }

  /** Capacity in words of the block at word index `a` (header included). */
  blockWords(a: number): number {
    return (this.i32[a] >>> 8) << 1;
  }

  private _refill(c: number, size: number): number {
    const cache = this._cache[c];
    for (let attempt = 0; attempt < 4; attempt++) {
      // 1. global free list of this class: take a batch under one lock acquisition
      const w = this.i32;
      if (w[H_FREE + c] !== 0) {
        lockAcquire(w, H_LOCK, this.me);
        let a = w[H_FREE + c];
        const want = this._cacheCap[c] >> 1;
        while (a !== 0 && cache.length < want) {
          cache.push(a);
          a = w[a + 1];
        }
        w[H_FREE + c] = a;
        lockRelease(w, H_LOCK);
        const got = cache.pop();
        if (got !== undefined) return got;
      }
      // 2. the bump region
      for (;;) {
        const b = Atomics.load(w, H_BUMP);
        if (b + size > this._total) break;
        if (Atomics.compareExchange(w, H_BUMP, b, b + size) === b) return b;
      }
      // 3. reclaim what the grace period allows, then look again
      this.collect(true);
      const got = cache.pop();
      if (got !== undefined) return got;
      // 4. memory waiting in limbo is held back by a worker inside (perhaps descheduled): nap, up to
      //    ~100 ms in all, rather than report a MemoryError that a moment's wait would avoid.
      if (attempt === 3 && this._naps < 100 && (this._limboWords > 0 || w[H_ORPHANS] !== 0)) {
        this._naps++;
        if (!this._nap()) break;
        attempt = 2;
      }
    }
    this._naps = 0;
    return this._exhausted(size);
  }

  private _nap(): boolean {
    try {
      Atomics.wait(this.i32, this._ann - T_ANNOUNCE + T_NAP, 0, 1);
      return true;
    } catch {
      return false; // a thread that may not block (a page's main thread): give up at once
    }
  }

  private _exhausted(words: number): never {
    const mb = Math.round((this._total * 4) / 1048576);
    void words;
    const e = new Error(`shared heap exhausted (${mb} MB)`);
    e.name = HEAP_EXHAUSTED; // the interpreter raises it as MemoryError (interpreter/shared-heap.ts)
    throw e;
  }

  /** Returns a block (word index) for reuse right now. Only for blocks no other thread can reach. */
  freeNow(a: number): void {
    const w = this.i32;
    const size = (w[a] >>> 8) << 1;
    const c = sizeClass(size);
    w[a] = ((size >> 1) << 8) | TAG_FREE;
    this._netLocal -= size;
    w[this._net] = this._netLocal; // statistics only: a plain (tear-free) store is enough
    const cache = this._cache[c];
    cache.push(a);
    if (cache.length > this._cacheCap[c]) this._spill(c, cache.length >> 1);
  }

  private _spill(c: number, n: number): void {
    const cache = this._cache[c];
    const w = this.i32;
    lockAcquire(w, H_LOCK, this.me);
    let head = w[H_FREE + c];
    for (let k = 0; k < n; k++) {
      const a = cache.pop()!;
      w[a + 1] = head;
      head = a;
    }
    w[H_FREE + c] = head;
    lockRelease(w, H_LOCK);
  }

  // ---------------------------------------------------------------- epochs

  /**
   * I may now read heap blocks (and hold raw addresses) until leave(). Pairs nest: only the outermost
   * enter() announces and only the matching leave() clears the announcement.
   */
  enter(): void {
    if (this._depth++ === 0) this._announce();
  }

  private _announce(): void {
    const w = this.i32;
    let e = Atomics.load(w, H_EPOCH);
    for (;;) {
      Atomics.store(w, this._ann, e);
      // Re-check: an advance that scanned before our store must not have moved the epoch past us.
      const e2 = Atomics.load(w, H_EPOCH);
      if (e2 === e) break;
      e = e2;
    }
    this._annEpoch = e;
    this._qseq++;
  }

  /** I hold no raw heap addresses (after the outermost pair). Must precede any blocking wait. */
  leave(): void {
    if (this._depth > 1) {
      this._depth--;
      return;
    }
    this._depth = 0;
    Atomics.store(this.i32, this._ann, 0);
    this._annEpoch = 0;
    this._qseq++;
  }

  get inside(): boolean {
    return this._depth > 0;
  }

  /**
   * "I hold no raw addresses from before this point": re-announces when the epoch moved. Looks at the
   * epoch only every 16th call (re-announcing less often only delays reclamation a little).
   */
  safepoint(): void {
    if (--this._spCountdown > 0) return;
    this._spCountdown = 16;
    this._qseq++;
    if (this._annEpoch !== 0 && Atomics.load(this.i32, H_EPOCH) !== this._annEpoch) this._announce();
  }

  /**
   * The block (word index) is unreachable from now on; reuse it once no thread can still hold it.
   * Batches are keyed by (epoch at retirement, our quiescence count), see collect().
   */
  retireWords(a: number): void {
    const e = Atomics.load(this.i32, H_EPOCH);
    const n = this._limboEpochs.length;
    let batch: number[];
    if (n > 0 && this._limboEpochs[n - 1] === e && this._limboSeqs[n - 1] === this._qseq) {
      batch = this._limboBatches[n - 1];
    } else {
      batch = [];
      this._limboEpochs.push(e);
      this._limboSeqs.push(this._qseq);
      this._limboBatches.push(batch);
    }
    batch.push(a);
    this._limboWords += (this.i32[a] >>> 8) << 1;
    if (++this._retiresSinceCollect >= 64) this.collect(false);
  }

  /**
   * Tries to advance the global epoch, then frees the limbo batches nobody can hold any more. A block
   * retired at epoch r (read after it was unlinked) is safe from another thread once that thread is
   * outside or has announced an epoch >= r + 1 (it announced after the unlink, and holds nothing from
   * before its announcement). It is safe from us once we passed a quiescent point (safepoint check,
   * announcement, leave) after retiring it, or are outside. This is the classic "global epoch >= r + 2"
   * rule, minus its blind spot: our own stale announcement never holds back what we retired ourselves.
   */
  collect(hard: boolean): void {
    this._retiresSinceCollect = 0;
    const w = this.i32;
    // Never re-announce here: our caller may hold raw addresses read under the current announcement.
    for (let round = 0; round < (hard ? 3 : 1); round++) this._tryAdvance();
    const g = Atomics.load(w, H_EPOCH);
    // The oldest announcement, as an age relative to g (-1: nobody else inside).
    let othersAge = -1;
    const nSlots = Atomics.load(w, H_MAXSLOT);
    for (let s = 0; s < nSlots; s++) {
      const at = threadBase(s) + T_ANNOUNCE;
      if (at === this._ann) continue;
      const v = Atomics.load(w, at);
      if (v !== 0) othersAge = Math.max(othersAge, (g - v) | 0);
    }
    const outside = this._depth === 0;
    let k = 0;
    while (
      k < this._limboEpochs.length &&
      ((g - this._limboEpochs[k]) | 0) > othersAge &&
      (outside || this._limboSeqs[k] !== this._qseq)
    ) {
      for (const a of this._limboBatches[k]) {
        this._limboWords -= (w[a] >>> 8) << 1;
        this.freeNow(a);
      }
      k++;
    }
    if (k > 0) {
      this._limboEpochs.splice(0, k);
      this._limboSeqs.splice(0, k);
      this._limboBatches.splice(0, k);
    }
    if (w[H_ORPHANS] !== 0) {
      // Orphans are nobody's: we are one more reader of them.
      const myAge = outside ? -1 : (g - this._annEpoch) | 0;
      this._collectOrphans(g, Math.max(othersAge, myAge));
    }
  }

  /** Frees the orphan limbo blocks whose grace period is over (any worker may do it). */
  private _collectOrphans(g: number, maxAge: number): void {
    const w = this.i32;
    const ready: number[] = [];
    lockAcquire(w, H_LOCK, this.me);
    let prev = 0;
    let o = w[H_ORPHANS];
    while (o !== 0) {
      const next = w[o + 3];
      if (((g - w[o + 1]) | 0) > maxAge) {
        if (prev === 0) w[H_ORPHANS] = next;
        else w[prev + 3] = next;
        ready.push(o);
      } else prev = o;
      o = next;
    }
    lockRelease(w, H_LOCK);
    for (const ob of ready) {
      const n = w[ob + 2];
      for (let i = 0; i < n; i++) this.freeNow(w[ob + 4 + i]);
      this.freeNow(ob);
    }
  }

  /** Hands this worker's remaining limbo to the shared orphan list, for whoever collects next. */
  private _orphanLimbo(): void {
    const w = this.i32;
    while (this._limboEpochs.length > 0) {
      const e = this._limboEpochs[this._limboEpochs.length - 1];
      const all: number[] = [];
      for (const b of this._limboBatches) for (const a of b) all.push(a);
      this._limboEpochs.length = 0;
      this._limboSeqs.length = 0;
      this._limboBatches.length = 0;
      for (let i = 0; i < all.length; i += 65536) {
        const n = Math.min(65536, all.length - i);
        let ob: number;
        try {
          ob = this.allocWords(4 + n, TAG_ORPHANS, false);
        } catch {
          return; // no room even for the list: these blocks are lost (bounded by one grace period)
        }
        w[ob + 1] = e;
        w[ob + 2] = n;
        for (let k = 0; k < n; k++) w[ob + 4 + k] = all[i + k];
        lockAcquire(w, H_LOCK, this.me);
        w[ob + 3] = w[H_ORPHANS];
        w[H_ORPHANS] = ob;
        lockRelease(w, H_LOCK);
      }
      this._limboWords = 0;
    }
  }

  private _tryAdvance(): void {
    const w = this.i32;
    const e = Atomics.load(w, H_EPOCH);
    const n = Atomics.load(w, H_MAXSLOT);
    for (let s = 0; s < n; s++) {
      const v = Atomics.load(w, threadBase(s) + T_ANNOUNCE);
      if (v !== 0 && v !== e) return;
    }
    Atomics.compareExchange(w, H_EPOCH, e, (e + 1) | 0 || 1);
  }

  /**
   * This worker stops using the heap: leaves, frees what limbo it can, hands the rest to the shared
   * orphan list (freed by a later collect() in any worker), and gives its cached free blocks back.
   */
  detach(): void {
    this._depth = 1;
    this.leave();
    this.collect(true);
    this._orphanLimbo();
    for (let c = 0; c < NCLASSES; c++) if (this._cache[c].length > 0) this._spill(c, this._cache[c].length);
  }

  stats(): HeapStats {
    const w = this.i32;
    let net = 0;
    const n = Atomics.load(w, H_MAXSLOT);
    for (let s = 0; s < n; s++) net += Atomics.load(w, threadBase(s) + T_NET);
    return {
      bytesInUse: net * 4,
      bytesReserved: (Atomics.load(w, H_BUMP) - w[H_START]) * 4,
      bytesTotal: this._total * 4,
      bytesInLimbo: this._limboWords * 4,
      epoch: Atomics.load(w, H_EPOCH),
    };
  }
}

function threadBase(slot: number): number {
  return ((H_FREE + NCLASSES + THREAD_STRIDE - 1) & ~(THREAD_STRIDE - 1)) + slot * THREAD_STRIDE;
}

function regionView(sab: SharedArrayBuffer, byteOffset: number, byteLength: number): Int32Array {
  if (byteOffset % 8 !== 0) throw new Error("internal error: heap region must be 8-byte aligned");
  return new Int32Array(sab, byteOffset, Math.floor(byteLength / 8) * 2);
}
