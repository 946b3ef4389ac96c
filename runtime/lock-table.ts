// The lock table: one Int32 word per lock in a SharedArrayBuffer, plus an allocation bitmap.
// Imports nothing from the project but timed-wait.ts, so tests can hammer it from real workers.
//
// Lock word: bits 0-14 = holder slot + 1 (0 = unlocked), bit 15 = contended (someone may be waiting),
// bits 16-31 = wake counter. Anyone may add WAKE_INC to a word a thread waits on to make that thread's
// Atomics.wait return (an interrupt); lock logic only ever looks at the low 16 bits, so this is harmless.
import { waitSlice } from "./timed-wait.js";

/** Adding this to any waitable word changes its value without changing its meaning (see header). */
export const WAKE_INC = 0x10000;
const HOLDER_MASK = 0x7fff;
const CONTENDED = 0x8000;
const LOW_MASK = 0xffff;
/** Largest thread slot a lock word can name (slot + 1 must fit in 15 bits). */
export const MAX_HOLDER_SLOT = HOLDER_MASK - 1;
/**
 * Spinning before sleeping in Atomics.wait: a futex wake-up costs 10-20 µs, while a hand-off between two
 * running threads (lock ping-pong, a Condition round) completes within a few µs of interpreter work. The
 * spin is bounded in time and adaptive per thread (this table object is per worker, a worker runs one
 * thread at a time): it doubles when a spin got the lock and halves when it had to sleep, so when the
 * cores are oversubscribed and the holder is not running, waiters soon stop burning time they would take
 * from it. Always at least SPIN_MIN loads (a release that is already under way).
 */
const SPIN_MIN = 100;
/** PYT_SPIN_US (Node) overrides the 40 µs cap, 0 turning the timed spin off: for measuring it. */
const SPIN_MAX_US = Number((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.PYT_SPIN_US ?? 40);
const SPIN_START_US = Math.min(8, SPIN_MAX_US);
const SPIN_MIN_US = Math.min(1, SPIN_MAX_US);
/** One contended acquire in PROBE_EVERY + 1 spins for the full SPIN_MAX_US (a power of two minus one). */
const PROBE_EVERY = 63;
/**
 * A spinner that has seen the lock's holder re-take it at once (freed, then held by the same thread
 * again, RETAKES times in one spin: `with lock: counter += 1` in a for loop) takes it, next time it sees
 * it free, only once it has stayed free this many loads in a row (~0.5 µs). The holder re-takes it
 * sooner and keeps it, as under CPython (whose running thread re-takes a lock before any other runs),
 * instead of handing it to the other core's spinner on nearly every release (75 000-110 000 hand-overs
 * in the counter bench; 250-1900 with this). A hand-over costs both threads cache misses on the
 * lock and what it guards, and a traced program a hold span (trace-ring.ts). A spinner that sees the
 * holder loop goes to sleep at once: its loads of the word would cost the holder a cache miss each.
 * Learnt per lock by watching: a spinner that takes the lock at first sight of it free sees no re-takes,
 * so probes (one contended acquire in PROBE_EVERY + 1) watch too. Forgotten by a wait that saw fewer
 * re-takes: a Condition's lock is re-taken at most once per round, and its waiter must not wait for
 * that; a lock handed on for good (a ping-pong's) is taken at once. See PATIENCE_MS for a waiter woken
 * from sleep.
 */
const FREE_LOADS = 64;
/** Re-takes one spin must see to learn that the holder loops (see FREE_LOADS). */
const RETAKES = 2;
/**
 * A waiter woken from Atomics.wait leaves a looping holder its lock too (FREE_LOADS), until it has waited
 * this long: then it takes the lock when it next sees it free. CPython's running thread keeps a lock it
 * re-takes until its GIL switch interval (5 ms) lets another thread run.
 */
const PATIENCE_MS = 2;

/** Result of a blocking acquire. */
export const ACQUIRED = 1;
export const TIMED_OUT = 0;
export const INTERRUPTED = -1;
export type AcquireResult = typeof ACQUIRED | typeof TIMED_OUT | typeof INTERRUPTED;

/**
 * What the lock table asks of the waiting thread, so waits can be recorded (for a deadlock detector or a
 * timeline) and interrupted. Protocol (no lost wake-ups): the waiter records the word it waits on
 * (beginWait), then loads the word, then checks interrupted(), then waits for the loaded value. An
 * interrupter sets the flag, then adds WAKE_INC to the recorded word and notifies it.
 */
export interface WaitHooks {
  now(): number; // milliseconds, monotonic
  beginWait(wordIndex: number, lockId: number, timed: boolean): void;
  /** About to sleep in Atomics.wait (the wait so far was only recorded): a trace shows the wait from here. */
  sleeping?(): void;
  interrupted(): boolean;
  endWait(): void;
}

export class LockTable {
  /** Number of Int32 words the table needs for `count` locks: the lock words, then the bitmap. */
  static wordsFor(count: number): number {
    return count + Math.ceil(count / 32);
  }

  private readonly _bitmap: number;
  private _hint = 0;
  /** This thread's current spin budget in ms (see SPIN_MIN). */
  private _spinMs = SPIN_START_US / 1000;
  /** Contended acquires so far (see PROBE_EVERY). */
  private _probe = 0;
  /**
   * The word each lock last had when free, as this worker saw it (direct-mapped by id): an uncontended
   * acquire is then one compare-and-swap from it, with no load first (Atomics calls are builtin calls to
   * V8, ~10-20 ns each; `with lock:` in a hot loop paid two). A wrong guess costs nothing: the swap returns
   * the word, which the usual path then uses.
   */
  private readonly _free = new Int32Array(64);
  /** Per lock (direct-mapped by id), 1 when its holder was last seen re-taking it (see FREE_LOADS). */
  private readonly _retaken = new Uint8Array(64);

  /**
   * @param i32 a view on the whole shared buffer
   * @param base word index of lock 0
   * @param count number of locks (ids 0..count-1); ids below `reserved` are never handed out by allocate()
   */
  constructor(
    private readonly _i32: Int32Array,
    private readonly _base: number,
    readonly count: number,
    private readonly _reserved = 0,
  ) {
    this._bitmap = _base + count;
  }

  /** Word index (in the whole buffer) of a lock's word: what a waiter on that lock waits on. */
  wordIndex(id: number): number {
    return this._base + id;
  }

  /** A new unlocked lock id; throws when the table is full. */
  allocate(): number {
    const id = this.tryAllocate();
    if (id < 0) throw new Error(`lock table full (${this.count} locks)`);
    return id;
  }

  /** A new unlocked lock id, or -1 when the table is full. */
  tryAllocate(): number {
    const words = Math.ceil(this.count / 32);
    for (let n = 0; n < words; n++) {
      const w = (this._hint + n) % words;
      const at = this._bitmap + w;
      for (;;) {
        const bits = Atomics.load(this._i32, at);
        if (bits === -1) break;
        const bit = 31 - Math.clz32(~bits & (bits + 1)); // lowest clear bit
        const id = w * 32 + bit;
        if (id >= this.count) break;
        if (Atomics.compareExchange(this._i32, at, bits, bits | (1 << bit)) !== bits) continue;
        if (id < this._reserved) continue; // reserved ids stay marked, try the next bit
        Atomics.and(this._i32, this._base + id, ~LOW_MASK);
        this._hint = w;
        return id;
      }
    }
    return -1;
  }

  /** Returns a lock id to the table. The lock must no longer be reachable by any thread. */
  free(id: number): void {
    Atomics.and(this._i32, this._base + id, ~LOW_MASK);
    Atomics.and(this._i32, this._bitmap + (id >>> 5), ~(1 << (id & 31)));
  }

  /** Marks the reserved ids (below `reserved`) as allocated; call once when the buffer is created. */
  initReserved(): void {
    for (let id = 0; id < this._reserved; id++) Atomics.or(this._i32, this._bitmap + (id >>> 5), 1 << (id & 31));
  }

  locked(id: number): boolean {
    return (Atomics.load(this._i32, this._base + id) & HOLDER_MASK) !== 0;
  }

  /** Holder slot, or -1 when unlocked. */
  holder(id: number): number {
    return (Atomics.load(this._i32, this._base + id) & HOLDER_MASK) - 1;
  }

  /** One attempt, never blocks. */
  tryAcquire(id: number, slot: number): boolean {
    const at = this._base + id;
    const v = Atomics.load(this._i32, at);
    return (v & HOLDER_MASK) === 0 && Atomics.compareExchange(this._i32, at, v, (v & ~HOLDER_MASK) | (slot + 1)) === v;
  }

  /**
   * Acquires lock `id` for thread `slot`. timeoutMs < 0 waits forever. Spins briefly, then sleeps in
   * Atomics.wait on the lock word. Returns ACQUIRED, TIMED_OUT, or INTERRUPTED (hooks said so).
   */
  acquire(id: number, slot: number, timeoutMs: number, hooks: WaitHooks): AcquireResult {
    const i32 = this._i32;
    const at = this._base + id;
    const me = slot + 1;
    const guess = this._free[id & 63];
    let v = Atomics.compareExchange(i32, at, guess, guess | me);
    if (v === guess) return ACQUIRED;
    if ((v & HOLDER_MASK) === 0 && Atomics.compareExchange(i32, at, v, (v & ~HOLDER_MASK) | me) === v) {
      if ((v & LOW_MASK) === 0) this._free[id & 63] = v;
      return ACQUIRED;
    }
    if (timeoutMs === 0) return TIMED_OUT;
    // Now and then a full-length spin, whatever the budget: after a phase of sleeping (a busy machine,
    // or a partner that had not started yet) the budget is at its floor, and only a spin that succeeds
    // can raise it again; without these probes a lock ping-pong stays on futex wake-ups (~25 µs a
    // hand-off) even once both threads run on their own cores, where spinning hands off in ~3 µs.
    const spinMs = this._spinMs;
    const probe = (++this._probe & PROBE_EVERY) === 0;
    const budget = probe ? SPIN_MAX_US / 1000 : spinMs;
    const start = hooks.now();
    const spinUntil = start + budget;
    const key = id & 63;
    let holder = v & HOLDER_MASK;
    // `wait`: loads the lock must stay free before this thread takes it (a probe's too, to watch for
    // re-takes); `free`: how many it has stayed free so far.
    let wait = (this._retaken[key] === 1 || probe) && holder !== me ? FREE_LOADS : 0;
    let free = 0;
    let retakes = 0;
    let looping = false;
    for (let i = 1; ; i++) {
      v = Atomics.load(i32, at);
      const h = v & HOLDER_MASK;
      if (h !== 0) {
        if (free > 0 && h === holder && h !== me && ++retakes === RETAKES) {
          // The holder loops, and keeps the lock: sleep (it wakes this thread when it releases) rather
          // than poll the word it writes, each load a cache miss for it.
          this._retaken[key] = 1;
          wait = FREE_LOADS;
          looping = true;
          break;
        }
        holder = h;
        free = 0;
      } else if (++free > wait && Atomics.compareExchange(i32, at, v, (v & ~HOLDER_MASK) | me) === v) {
        if (wait > 0 && retakes < RETAKES) this._retaken[key] = 0;
        // A probe that got the lock proves that spinning pays now: take the whole budget at once (doubling
        // from the floor would need a run of successes that a budget of 1-2 µs rarely gets).
        if (i > SPIN_MIN && spinMs < SPIN_MAX_US / 1000) this._spinMs = probe ? SPIN_MAX_US / 1000 : spinMs * 2;
        return ACQUIRED;
      }
      if ((i & 31) === 0 && i >= SPIN_MIN && hooks.now() >= spinUntil) break;
    }
    if (!probe && !looping && spinMs > SPIN_MIN_US / 1000) this._spinMs = spinMs / 2;
    const deadline = timeoutMs > 0 ? start + timeoutMs : Infinity;
    hooks.beginWait(at, id, timeoutMs > 0);
    try {
      for (;;) {
        v = Atomics.load(i32, at);
        if ((v & HOLDER_MASK) === 0) {
          // A holder that loops keeps it, for up to PATIENCE_MS of this wait (see FREE_LOADS).
          if (wait > 0 && hooks.now() < start + PATIENCE_MS && this._retakenWithin(at, wait)) continue;
          // Free: take it, keeping the contended bit set since other waiters may remain (Drepper's mutex).
          if (Atomics.compareExchange(i32, at, v, (v & ~HOLDER_MASK) | me | CONTENDED) === v) return ACQUIRED;
          continue;
        }
        if ((v & CONTENDED) === 0) {
          if (Atomics.compareExchange(i32, at, v, v | CONTENDED) !== v) continue;
          v |= CONTENDED;
        }
        if (hooks.interrupted()) return this._giveUp(at, INTERRUPTED);
        const left = deadline - hooks.now();
        if (left <= 0) return this._giveUp(at, TIMED_OUT);
        hooks.sleeping?.();
        Atomics.wait(i32, at, v, waitSlice(left));
      }
    } finally {
      hooks.endWait();
    }
  }

  /** Whether the lock at `at` is taken again within `loads` loads. */
  private _retakenWithin(at: number, loads: number): boolean {
    for (let k = 0; k < loads; k++) if ((Atomics.load(this._i32, at) & HOLDER_MASK) !== 0) return true;
    return false;
  }

  /** A waiter that leaves may have consumed a release's single wake-up: pass it on if the lock is free. */
  private _giveUp(at: number, result: AcquireResult): AcquireResult {
    const v = Atomics.load(this._i32, at);
    if ((v & HOLDER_MASK) === 0 && (v & CONTENDED) !== 0) Atomics.notify(this._i32, at, 1);
    return result;
  }

  /** Releases lock `id`; returns the slot that held it, or -1 if it was not locked (nothing done). */
  releaseFrom(id: number): number {
    const at = this._base + id;
    const old = Atomics.and(this._i32, at, ~LOW_MASK);
    const holder = (old & HOLDER_MASK) - 1;
    if (holder < 0) return -1;
    this._free[id & 63] = old & ~LOW_MASK;
    if ((old & CONTENDED) !== 0) Atomics.notify(this._i32, at, 1);
    return holder;
  }

  /** Releases lock `id` (any thread may release a plain lock). Returns false if it was not locked. */
  release(id: number): boolean {
    const at = this._base + id;
    const old = Atomics.and(this._i32, at, ~LOW_MASK);
    if ((old & HOLDER_MASK) === 0) return false;
    if ((old & CONTENDED) !== 0) Atomics.notify(this._i32, at, 1);
    return true;
  }
}
