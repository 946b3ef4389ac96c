// Blocking primitives for the thread running in this worker: sleep, join, lock waits and input waits.
// Each one records in the thread table what it waits for, sleeps in Atomics.wait on one word, and
// returns early when the host interrupts the thread (ThreadTable.interrupt). No polling: a wait only
// loops to re-check its condition after a wake-up, or to finish the rest of a timeout.
import type { WaitHooks } from "./lock-table.js";
import { H, STATE_MASK, T, ThreadState, WaitKind } from "./layout.js";
import type { ThreadTable } from "./thread-table.js";
import { waitSlice } from "./timed-wait.js";
import { type TraceWriter, TraceType } from "./trace-ring.js";

/** The interpreter's current Python line (Runner.currentLine), or 0. */
export type LineSource = () => number;

/** A wait's record in the thread table, WAIT_KIND first (restored last: a reader seeing it sees the rest). */
const WAIT_FIELDS = [T.WAIT_KIND, T.WAIT_TARGET, T.WAIT_TIMED, T.WAIT_LINE, T.WAIT_ADDR];

export function nowMs(): number {
  return performance.now();
}

export class ThreadWaits implements WaitHooks {
  private readonly _interrupt: number;
  private readonly _service: number;
  private readonly _park: number;
  private readonly _waitSeq: number;

  constructor(
    private readonly _i32: Int32Array,
    private readonly _threads: ThreadTable,
    readonly slot: number,
    /** Where the interpreter is (deadlock reports, traces); default: the slot's LINE word. */
    readonly line: LineSource = () => Atomics.load(_i32, _threads.word(slot, T.LINE)),
    /** This thread's trace ring, when tracing is on. */
    readonly trace: TraceWriter | null = null,
  ) {
    this._interrupt = _threads.word(slot, T.INTERRUPT);
    this._service = _threads.word(slot, T.SERVICE);
    this._park = _threads.word(slot, T.PARK);
    this._waitSeq = _threads.word(slot, T.WAIT_SEQ);
  }

  now(): number {
    return nowMs();
  }

  /** Serves other threads' requests to this one (interpreter/shared/remote-iter.ts); null: none. */
  onService: (() => void) | null = null;

  /** Whether a KeyboardInterrupt is pending; serves a request first if one is (every wait calls this). */
  interrupted(): boolean {
    // Until none is left: a request posted while this thread served the last one found the wait set
    // aside (no word to wake), and only its flag tells.
    while (this.onService !== null && Atomics.load(this._i32, this._service) !== 0) this._serve();
    return Atomics.load(this._i32, this._interrupt) !== 0;
  }

  /**
   * Runs another thread's request (a step of an iterator this thread owns) in the middle of this
   * thread's wait, which is set aside meanwhile: the thread runs code, so the deadlock watch must not
   * count it as waiting, and that code may wait itself. Put back as a new wait (the watch starts over).
   */
  private _serve(): void {
    const i32 = this._i32;
    const t = this._threads;
    Atomics.store(i32, this._service, 0);
    const saved = WAIT_FIELDS.map((f) => Atomics.load(i32, t.word(this.slot, f)));
    const traceType = this._traceType, traceTarget = this._traceTarget, traceLine = this._traceLine, traced = this._traced;
    Atomics.store(i32, t.word(this.slot, T.WAIT_KIND), WaitKind.None);
    try {
      this.onService!();
    } finally {
      for (let k = WAIT_FIELDS.length - 1; k >= 0; k--) Atomics.store(i32, t.word(this.slot, WAIT_FIELDS[k]), saved[k]);
      this._traceType = traceType;
      this._traceTarget = traceTarget;
      this._traceLine = traceLine;
      this._traced = traced;
      Atomics.add(i32, this._waitSeq, 1);
      Atomics.add(i32, H.WAITS_SEQ, 1);
      Atomics.notify(i32, H.WAITS_SEQ);
    }
  }

  /** A lock wait's trace event, held back until the thread really sleeps (see sleeping()); -1: none. */
  private _traceType = -1;
  private _traceTarget = 0;
  private _traceLine = 0;
  /** Whether the current wait's WaitBegin is in the trace (so its WaitEnd goes there too). */
  private _traced = false;

  /**
   * Records a wait (kind, target, line) and the word this thread sleeps on. `lazyTrace`: the trace's
   * WaitBegin waits for sleeping(): a lock waiter that finds the lock free at its first look never
   * slept, and a wait span drawn for it would begin after the release it did not wait for.
   */
  record(kind: WaitKind, target: number, timed: boolean, wordIndex: number, lazyTrace = false): void {
    const i32 = this._i32;
    const t = this._threads;
    const line = this.line();
    Atomics.store(i32, t.word(this.slot, T.WAIT_TARGET), target);
    Atomics.store(i32, t.word(this.slot, T.WAIT_TIMED), timed ? 1 : 0);
    Atomics.store(i32, t.word(this.slot, T.WAIT_LINE), line);
    Atomics.store(i32, t.word(this.slot, T.WAIT_ADDR), wordIndex + 1);
    Atomics.add(i32, this._waitSeq, 1);
    Atomics.notify(i32, this._waitSeq); // a starter in startGrace waits for this thread's first wait
    Atomics.store(i32, t.word(this.slot, T.WAIT_KIND), kind); // last: a reader seeing the kind sees the rest
    // A wait with no timeout may complete a deadlock: tell the host's watch (program.ts).
    if (!timed) {
      Atomics.add(i32, H.WAITS_SEQ, 1);
      Atomics.notify(i32, H.WAITS_SEQ);
    }
    if (this.trace === null) return;
    const type = TraceType.WaitBegin | (kind << 8) | (timed ? 1 << 12 : 0);
    if (lazyTrace) {
      this._traceType = type;
      this._traceTarget = target;
      this._traceLine = line;
    } else {
      this.trace.emit(type, target, line);
      this._traced = true;
    }
  }

  beginWait(wordIndex: number, lockId: number, timed: boolean): void {
    this.record(WaitKind.Lock, lockId, timed, wordIndex, true);
  }

  sleeping(): void {
    if (this._traceType < 0) return;
    this.trace!.emit(this._traceType, this._traceTarget, this._traceLine);
    this._traceType = -1;
    this._traced = true;
  }

  endWait(): void {
    const i32 = this._i32;
    Atomics.store(i32, this._threads.word(this.slot, T.WAIT_KIND), WaitKind.None);
    Atomics.store(i32, this._threads.word(this.slot, T.WAIT_ADDR), 0);
    this._traceType = -1;
    if (this._traced) {
      this._traced = false;
      this.trace!.emit(TraceType.WaitEnd, 0, 0);
    }
  }

  /**
   * Waits on `wordIndex` while `check(value)` says to keep waiting (returns true), until the deadline
   * (ms, Infinity = none). Returns "done" when check returned false, else "timeout" or "interrupted".
   * `interruptible` false is for waits the host always ends soon (thread start).
   */
  waitOn(
    kind: WaitKind,
    target: number,
    wordIndex: number,
    deadline: number,
    check: (value: number) => boolean,
    interruptible = true,
    meanwhile?: () => void,
    meanwhileAt = 0,
  ): "done" | "timeout" | "interrupted" {
    const i32 = this._i32;
    this.record(kind, target, deadline !== Infinity, wordIndex);
    try {
      let pending = meanwhile;
      for (;;) {
        const v = Atomics.load(i32, wordIndex);
        if (!check(v)) return "done";
        if (interruptible && this.interrupted()) return "interrupted";
        const now = nowMs();
        const left = deadline - now;
        if (left <= 0) return "timeout";
        if (pending !== undefined) {
          if (now >= meanwhileAt) {
            pending();
            pending = undefined;
            continue;
          }
          Atomics.wait(i32, wordIndex, v, waitSlice(Math.min(left, meanwhileAt - now)));
          continue;
        }
        Atomics.wait(i32, wordIndex, v, waitSlice(left));
      }
    } finally {
      this.endWait();
    }
  }

  /**
   * Sleeps `seconds`; returns false if cut short by an interrupt. `meanwhile` runs `after` ms into the
   * sleep (others see this thread asleep from its start), within the sleep's time.
   */
  sleep(seconds: number, meanwhile?: () => void, after = 0): boolean {
    if (!(seconds > 0)) return !this.interrupted();
    const start = nowMs();
    const deadline = start + seconds * 1000;
    // The park word only changes on an interrupt, so check() keeps waiting until the deadline.
    return this.waitOn(WaitKind.Sleep, 0, this._park, deadline, () => true, true, meanwhile, start + after) !== "interrupted";
  }

  /**
   * Host.startGrace: until thread `ident` begins a wait (its WAIT_SEQ moves: record(), or the pool's
   * end of the thread) or is no longer running, at most `ms`. Not itself a wait: nothing is recorded
   * (it is the GIL's hand-over, over in a few ms whatever the other thread does); Ctrl-C ends it.
   */
  startGrace(ident: number, ms: number): void {
    const slot = this._threads.find(ident);
    if (slot < 0) return;
    const i32 = this._i32;
    const seqWord = this._threads.word(slot, T.WAIT_SEQ);
    const seen = Atomics.load(i32, seqWord);
    const deadline = nowMs() + ms;
    for (;;) {
      if (!this._running(slot, ident, this._threads.state(slot))) return;
      if (Atomics.load(i32, seqWord) !== seen || this.interrupted()) return;
      const left = deadline - nowMs();
      if (left <= 0) return;
      Atomics.wait(i32, seqWord, seen, left);
    }
  }

  /** Whether thread `ident` (in `slot`) is still starting or running. */
  alive(slot: number, ident: number): boolean {
    return this._running(slot, ident, this._threads.state(slot));
  }

  /** Whether thread `ident` of `slot`, whose state was just read as `state`, is still starting or running. */
  private _running(slot: number, ident: number, state: number): boolean {
    // The ident is read after the state: if the slot was reused, the thread is long finished.
    if (this._threads.ident(slot) !== ident) return false;
    return state === ThreadState.Starting || state === ThreadState.Running;
  }

  /** Waits for thread `ident` to finish. timeout < 0: forever. Returns whether it has finished. */
  join(ident: number, timeoutSeconds: number): boolean {
    const slot = this._threads.find(ident);
    if (slot < 0) return true;
    const deadline = timeoutSeconds < 0 ? Infinity : nowMs() + timeoutSeconds * 1000;
    const stateWord = this._threads.word(slot, T.STATE);
    const running = (v: number) => this._running(slot, ident, v & STATE_MASK);
    // Already finished (most joins in a start+join loop on busy cores): no wait to record, nor a
    // WAITS_SEQ notify that wakes the host's deadlock watch.
    if (!running(Atomics.load(this._i32, stateWord))) return true;
    return this.waitOn(WaitKind.Join, ident, stateWord, deadline, running) === "done";
  }
}
