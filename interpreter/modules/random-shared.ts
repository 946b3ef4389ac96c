// A Mersenne Twister whose state several threads share (random's module generator once threads run, a
// random.Random instance stored where another thread reads it): the state lives in a shared heap block
// [lock, version, state...] that each call takes under the heap's mutex, so the draws of all threads
// follow one sequence, as CPython's under the GIL. A worker loads the 624 state words only when another
// worker drew last (`version` counts stores; a worker whose last load or store was that version skips it).
import { MersenneTwister } from "../lib/random-mt.js";
import { S } from "../shared/codec.js";

const LOCK = 0, VERSION = 1, STATE = 2;
const BLOCK_WORDS = STATE + MersenneTwister.STATE_WORDS;

/** One worker's view of a generator: its own copy of the state, and where the shared one is once shared. */
export class GenState {
  /** Word index of the shared block's first word; -1 while the generator is this worker's alone. */
  base = -1;
  /** The block version this worker's copy of the state matches. */
  version = -1;
  /** Calls of this generator running in this worker: a nested one (a list subclass's __setitem__ under
   *  shuffle) runs on the state the outer one holds, the heap's mutex not being re-entrant. */
  depth = 0;
  constructor(readonly mt: MersenneTwister) {}
}

/** A new shared block holding `g`'s state (heap address; TAG_BYTES, never freed); `g` now draws through it. */
export function shareGenerator(g: GenState): number {
  const h = S.heap;
  const a = h.allocBytes(new Uint8Array(BLOCK_WORDS * 4));
  adoptBlock(g, a);
  g.mt.saveState(h.i32, g.base + STATE);
  Atomics.store(h.i32, g.base + VERSION, 1);
  g.version = 1;
  return a;
}

/** `g` draws through the shared block at heap address `a` from now on. */
export function adoptBlock(g: GenState, a: number): void {
  g.base = (a >> 2) + 2;
}

/** f() on `g`'s state: its own while unshared, else the shared state, under the block's lock. */
export function withGenerator<T>(g: GenState, f: () => T): T {
  if (g.base < 0 || g.depth > 0) return f();
  const h = S.heap, w = h.i32, base = g.base;
  h.mutexLock(base + LOCK);
  g.depth++;
  try {
    const v = w[base + VERSION];
    if (v !== g.version) g.mt.loadState(w, base + STATE);
    try {
      return f();
    } finally {
      g.mt.saveState(w, base + STATE);
      w[base + VERSION] = g.version = v + 1;
    }
  } finally {
    g.depth--;
    h.mutexUnlock(base + LOCK);
  }
}
