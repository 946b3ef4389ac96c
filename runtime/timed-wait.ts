// How long one timed Atomics.wait should sleep toward a deadline. The platform's timed wait overshoots in
// proportion to its length (measured here: +0.1-0.25 ms on 1-5 ms, +1-2.6 ms on 50 ms), which would make
// `sleep(0.05)` or `acquire(timeout=0.05)` late by more than the millisecond or two they promise. So a long
// wait stops short by a tenth of what is left (at least 0.5 ms) and the caller's loop, which re-checks its
// condition after every wake-up anyway, waits the rest: a few wake-ups per timed wait, never early.

/** The timeout for the next Atomics.wait when `leftMs` (> 0, or Infinity) remain to the deadline. */
export function waitSlice(leftMs: number): number | undefined {
  if (leftMs === Infinity) return undefined;
  return leftMs > 1 ? leftMs - Math.max(0.5, leftMs * 0.1) : leftMs;
}
