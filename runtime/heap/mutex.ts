// The lock word inside every mutable heap structure (list, table) and the allocator: an Atomics mutex
// that spins briefly, then sleeps in Atomics.wait (Drepper's "futexes are tricky" mutex 2, plus owner id).
// Word layout: 0 = free; otherwise (owner << 1) | waiters, owner = thread slot + 1. Knowing the owner lets
// a re-entrant acquire (a caller's callback touching the same structure) fail loudly instead of hanging.

const SPIN = 100;

/** The value a thread in `slot` writes into a lock word it owns. */
export function lockOwnerWord(slot: number): number {
  return (slot + 1) << 1;
}

/** Acquires the lock at index `i` of `w` for `me` (a lockOwnerWord). */
export function lockAcquire(w: Int32Array, i: number, me: number): void {
  if (Atomics.compareExchange(w, i, 0, me) !== 0) lockSlow(w, i, me);
}

function lockSlow(w: Int32Array, i: number, me: number): void {
  for (let n = 0; n < SPIN; n++) {
    const c = Atomics.load(w, i);
    if (c === 0) {
      if (Atomics.compareExchange(w, i, 0, me) === 0) return;
    } else if (c >>> 1 === me >>> 1) {
      throw new Error("internal error: shared heap structure lock re-entered by its owner");
    }
  }
  // Contended: advertise a waiter and sleep. Once we have slept we must take the lock with the waiter
  // bit set, since other sleepers may remain and the releaser must wake them.
  const meW = me | 1;
  for (;;) {
    let c = Atomics.load(w, i);
    if (c === 0) {
      if (Atomics.compareExchange(w, i, 0, meW) === 0) return;
      continue;
    }
    if ((c & 1) === 0) {
      if (Atomics.compareExchange(w, i, c, c | 1) !== c) continue;
      c |= 1;
    }
    Atomics.wait(w, i, c);
  }
}

/** Releases a lock held by the caller. */
export function lockRelease(w: Int32Array, i: number): void {
  if ((Atomics.exchange(w, i, 0) & 1) !== 0) Atomics.notify(w, i, 1);
}
