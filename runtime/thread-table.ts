// The thread table: one slot per Python thread (MainThread included) with its state, ident, daemon
// flag, interrupt word, parking word and what it currently waits for. Slots are claimed with a CAS and
// reused; every reuse bumps the state word's high bits, so a joiner holding a stale value never
// mistakes a new thread for the one it waits on (no ABA).
import { WAKE_INC } from "./lock-table.js";
import { H, Layout, NAME_BYTES, STATE_MASK, T, ThreadState, WaitKind } from "./layout.js";

export interface ThreadInfo {
  slot: number;
  ident: number;
  name: string;
  daemon: boolean;
  state: number;
}

/** What a slot is blocked on, for a deadlock detector or a timeline. */
export interface WaitRecord {
  kind: WaitKind;
  target: number;
  timed: boolean;
  line: number;
}

/** T.RUNNER: queued for a worker; RUNNER_TAKEN + id: taken by pool worker `id`. */
const RUNNER_QUEUED = 1;
const RUNNER_TAKEN = 2;

const REUSE_FIRST = [ThreadState.Finished, ThreadState.Free];
const FRESH_FIRST = [ThreadState.Free, ThreadState.Finished];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class ThreadTable {
  private readonly _i32: Int32Array;

  constructor(private readonly _layout: Layout) {
    this._i32 = _layout.i32;
  }

  word(slot: number, field: number): number {
    return this._layout.slotWord(slot, field);
  }

  state(slot: number): number {
    return Atomics.load(this._i32, this.word(slot, T.STATE)) & STATE_MASK;
  }

  ident(slot: number): number {
    return Atomics.load(this._i32, this.word(slot, T.IDENT));
  }

  /** Sets the state bits, keeping the wake counter, and wakes everyone waiting on the state word. */
  setState(slot: number, state: number): void {
    const at = this.word(slot, T.STATE);
    for (;;) {
      const v = Atomics.load(this._i32, at);
      if (Atomics.compareExchange(this._i32, at, v, (v & ~STATE_MASK) | state) === v) break;
    }
    Atomics.notify(this._i32, at);
  }

  /**
   * Claims a slot for a new thread (state Starting) and fills it in; returns the slot. Throws when every
   * slot holds a live thread. Reuses the lowest finished slot first, so a program that starts and joins
   * threads one after another keeps to a few slots and every scan that stops at H.HIGH_SLOT (take, find,
   * aliveOthers, the host's deadlock look) stays short; never-used slots lie at or past H.HIGH_SLOT.
   * With tracing on, never-used slots first: each thread's events stay in a ring of their own until
   * the host drains them.
   */
  claim(name: string, daemon: boolean, entry: number): number {
    const i32 = this._i32;
    const n = this._layout.threadSlots;
    for (const wanted of this._layout.traceEvents === 0 ? REUSE_FIRST : FRESH_FIRST) {
      for (let slot = wanted === ThreadState.Free ? Atomics.load(i32, H.HIGH_SLOT) : 0; slot < n; slot++) {
        const at = this.word(slot, T.STATE);
        const v = Atomics.load(i32, at);
        if ((v & STATE_MASK) !== wanted) continue;
        if (Atomics.compareExchange(i32, at, v, ((v + WAKE_INC) & ~STATE_MASK) | ThreadState.Starting) !== v) continue;
        const ident = Atomics.add(i32, H.NEXT_IDENT, 1);
        for (const f of [T.INTERRUPT, T.SERVICE, T.WAIT_KIND, T.WAIT_TARGET, T.WAIT_TIMED, T.WAIT_LINE, T.WAIT_ADDR, T.LINE, T.RUNNER]) {
          Atomics.store(i32, this.word(slot, f), 0);
        }
        Atomics.store(i32, this.word(slot, T.DAEMON), daemon ? 1 : 0);
        Atomics.store(i32, this.word(slot, T.ENTRY), entry);
        this._setName(slot, name);
        Atomics.store(i32, this.word(slot, T.IDENT), ident);
        for (;;) {
          const high = Atomics.load(i32, H.HIGH_SLOT);
          if (high > slot || Atomics.compareExchange(i32, H.HIGH_SLOT, high, slot + 1) === high) break;
        }
        return slot;
      }
    }
    throw new Error(`can't start new thread (all ${n} thread slots are in use)`);
  }

  /**
   * The pool, without the host in the way: a claimed and filled-in slot is queued for a worker, and one
   * idle worker (waiting on H.POOL_SEQ) is woken to take it. Returns how many idle workers there were
   * before (H.POOL_AVAILABLE counts idle workers minus queued threads): at most 1, the pool has run dry or
   * has no spare left, and the host must be told to start workers.
   */
  queue(slot: number): number {
    const i32 = this._i32;
    Atomics.store(i32, this.word(slot, T.RUNNER), RUNNER_QUEUED);
    const available = Atomics.sub(i32, H.POOL_AVAILABLE, 1);
    Atomics.add(i32, H.POOL_SEQ, 1);
    Atomics.notify(i32, H.POOL_SEQ, 1);
    return available;
  }

  /** An idle worker's turn: takes a queued slot for worker `worker` (its id) and returns it, or -1. */
  take(worker: number): number {
    const i32 = this._i32;
    const high = Atomics.load(i32, H.HIGH_SLOT);
    for (let slot = 0; slot < high; slot++) {
      const at = this.word(slot, T.RUNNER);
      if (Atomics.load(i32, at) === RUNNER_QUEUED && Atomics.compareExchange(i32, at, RUNNER_QUEUED, RUNNER_TAKEN + worker) === RUNNER_QUEUED)
        return slot;
    }
    return -1;
  }

  /** The id of the pool worker that took `slot`, or -1 (not queued, still queued, or MainThread). */
  runner(slot: number): number {
    const v = Atomics.load(this._i32, this.word(slot, T.RUNNER));
    return v >= RUNNER_TAKEN ? v - RUNNER_TAKEN : -1;
  }

  /** The program's end stops waiting for this thread (ThreadHost.forget). */
  setDaemon(slot: number): void {
    Atomics.store(this._i32, this.word(slot, T.DAEMON), 1);
  }

  /** The slot of a live or finished thread with this ident, or -1 (never started, or slot reused). */
  find(ident: number): number {
    const high = Atomics.load(this._i32, H.HIGH_SLOT);
    for (let slot = 0; slot < high; slot++) {
      if (this.ident(slot) === ident && this.state(slot) !== ThreadState.Free) return slot;
    }
    return -1;
  }

  /** Threads starting or running, MainThread excepted (what list() would count, without the names). */
  aliveOthers(): number {
    let n = 0;
    const high = Atomics.load(this._i32, H.HIGH_SLOT);
    for (let slot = 0; slot < high; slot++) {
      const state = this.state(slot);
      if (state === ThreadState.Starting || state === ThreadState.Running) n++;
    }
    return n - 1;
  }

  /** Threads in the given states (default: alive, i.e. Running), in slot order. */
  list(states: readonly number[] = [ThreadState.Running]): ThreadInfo[] {
    const out: ThreadInfo[] = [];
    const high = Atomics.load(this._i32, H.HIGH_SLOT);
    for (let slot = 0; slot < high; slot++) {
      const state = this.state(slot);
      if (!states.includes(state)) continue;
      out.push({
        slot,
        ident: this.ident(slot),
        name: this.name(slot),
        daemon: Atomics.load(this._i32, this.word(slot, T.DAEMON)) !== 0,
        state,
      });
    }
    return out;
  }

  name(slot: number): string {
    const len = Atomics.load(this._i32, this.word(slot, T.NAME_LEN));
    const start = this.word(slot, T.NAME) * 4;
    return decoder.decode(this._layout.u8.slice(start, start + len));
  }

  private _setName(slot: number, name: string): void {
    let bytes = encoder.encode(name);
    if (bytes.length > NAME_BYTES) {
      let cut = NAME_BYTES;
      while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--; // never split a UTF-8 sequence
      bytes = bytes.subarray(0, cut);
    }
    this._layout.u8.set(bytes, this.word(slot, T.NAME) * 4);
    Atomics.store(this._i32, this.word(slot, T.NAME_LEN), bytes.length);
  }

  /** What `slot` waits for. The kind is read first (it is written last), so the fields belong to it. */
  waitRecord(slot: number): WaitRecord {
    const i32 = this._i32;
    const kind = Atomics.load(i32, this.word(slot, T.WAIT_KIND)) as WaitKind;
    return {
      kind,
      target: Atomics.load(i32, this.word(slot, T.WAIT_TARGET)),
      timed: Atomics.load(i32, this.word(slot, T.WAIT_TIMED)) !== 0,
      line: Atomics.load(i32, this.word(slot, T.WAIT_LINE)),
    };
  }

  /**
   * Signals (layout.ts signalBit) for `slot` to take at its next safepoint, not waking it: what CPython's
   * raise_signal() in another thread does to MainThread (the signal goes to the thread that raised it).
   */
  pend(slot: number, bits: number): void {
    Atomics.or(this._i32, this.word(slot, T.INTERRUPT), bits);
  }

  /**
   * Requests a KeyboardInterrupt (or the signals of `bits`: layout.ts signalBit) in `slot` and wakes it
   * from whatever it waits on: set the flag first, then bump and notify the recorded word (see
   * lock-table.ts WaitHooks for why no wake-up is lost).
   */
  interrupt(slot: number, bits = 1): void {
    Atomics.or(this._i32, this.word(slot, T.INTERRUPT), bits);
    this._wake(slot);
  }

  /** Asks `slot` to serve a request in its mailbox, waking it from what it waits on (as interrupt). */
  service(slot: number): void {
    const i32 = this._i32;
    Atomics.store(i32, this.word(slot, T.SERVICE), 1);
    Atomics.notify(i32, this.word(slot, T.SERVICE)); // an idle REPL waits on it (worker-main.ts runSession)
    this._wake(slot);
  }

  private _wake(slot: number): void {
    const i32 = this._i32;
    const addr = Atomics.load(i32, this.word(slot, T.WAIT_ADDR)) - 1;
    if (addr >= 0) {
      Atomics.add(i32, addr, WAKE_INC);
      Atomics.notify(i32, addr);
    }
  }
}
