// What the interpreter needs from below (the mpthread.h of pyt): output, input, clocks, sleeping,
// locks and threads. runtime/ implements it on a SharedArrayBuffer and workers; tests may implement
// it in-process. The interpreter never imports runtime/: it is handed a Host.

import type { SharedHeap } from "./shared-heap.js";

export interface Host {
  /** Writes text to stdout (1) or stderr (2). One call is one unit: never split, never interleaved. */
  write(stream: 1 | 2, text: string): void;
  /** Writes the prompt, then blocks until a line of input arrives (with its "\n", which an unterminated
   *  last line lacks); null at end of input. */
  readLine(prompt: string): string | null;
  /** Seconds since the epoch, as time.time(). */
  wallClock(): number;
  /** Monotonic seconds, as time.monotonic() and time.perf_counter(). */
  monotonic(): number;
  /**
   * CPU seconds used by the whole process (thread false) or by this thread, as time.process_time() and
   * time.thread_time(); null or absent where the platform cannot tell (a browser).
   */
  cpuTime?(thread: boolean): number | null;
  /** Blocks this thread for `seconds` without using CPU. Returns early only when an interrupt is pending. */
  sleep(seconds: number): void;
  /**
   * Word 0 is non-zero while a KeyboardInterrupt or a signal is pending for this thread. The interpreter
   * reads it at safepoints (loop back-edges, calls; compile/interrupt.ts) and then calls takeInterrupt().
   */
  readonly interruptFlag: Int32Array;
  /**
   * Clears the pending interrupt and returns what was pending: bit 0 SIGINT, bit 1 a stop by the host
   * (KeyboardInterrupt whatever the handlers), bit 2 SIGHUP, bit n signal n (3..31). A host that returns
   * nothing means SIGINT. The interpreter then runs the handlers (by default: raises KeyboardInterrupt).
   */
  takeInterrupt(): number | void;
  /**
   * signal.signal(): what the process is to do when it gets `signum` (1..31): 0 as at start (SIGINT:
   * KeyboardInterrupt), 1 ignore, 2 MainThread runs a handler, 3 the default action (most signals end the
   * process). Absent: signals other than SIGINT are not delivered (their handlers run on raise_signal).
   */
  setSignalDisposition?(signum: number, disposition: 0 | 1 | 2 | 3): void;
  /**
   * signal.raise_signal(): as if the process got `signum`, per its disposition: a pending bit for
   * MainThread, nothing, or the process ends as the signal would end it (never returning then). From
   * another thread, as CPython's (the signal is that thread's), it does not wake MainThread from a wait.
   */
  raiseSignal?(signum: number): void;
  /** sys.argv. */
  readonly argv: string[];
  /**
   * os._exit: ends the whole program now with `status` (0-255), from any thread: no wait for other
   * threads, no atexit callbacks; what was written so far is output. Never returns. Absent in a host
   * that cannot end its program (os._exit then says it is not supported).
   */
  exitNow?(status: number): never;
  /**
   * MainThread's code ended in an uncaught KeyboardInterrupt: once the program ends (exit status 130, as a
   * shell shows it), the process dies of SIGINT, as CPython's does (its exit_sigint). Absent: the status.
   */
  endsBySignal?(signum: number): void;
  /** Threads and locks; absent in a host that runs one thread only (then threading is unavailable). */
  readonly threads?: ThreadHost;
}

/** Lock and thread services. Every wait blocks in Atomics.wait and is interruptible. */
export interface ThreadHost {
  /** This thread's ident (threading.get_ident()) and native id. */
  readonly ident: number;
  readonly nativeId: number;
  /**
   * A new unlocked lock; returns its id in the lock table, or -1 when the table is full. `waiter`: a
   * Condition's waiter lock (a wait for it is a wait to be notified: deadlock reports say so).
   */
  lockAllocate(waiter?: boolean): number;
  /** timeout < 0: wait forever. Returns whether the lock was acquired. */
  lockAcquire(id: number, blocking: boolean, timeout: number): boolean;
  /** Returns false if the lock was not locked (the caller raises RuntimeError). */
  lockRelease(id: number): boolean;
  lockLocked(id: number): boolean;
  /** Lock `id` is the one MainThread holds until its code is done: a wait for it is a join of MainThread. */
  markMainEnd?(id: number): void;

  // ---- added by runtime/: threads, lock lifetime, wait bookkeeping, the shared heap region ----
  // Every wait below is interruptible: when an interrupt arrives it returns early (false) with
  // interruptFlag still set, so the caller checks the flag and raises KeyboardInterrupt. That holds for
  // lockAcquire too: a false return with interruptFlag set means interrupted, not timed out. Likewise
  // Host.readLine returns null with interruptFlag set when interrupted (check the flag before EOFError).

  /** Returns a lock id to the table once no thread can reach the lock (e.g. from a FinalizationRegistry). */
  lockFree?(id: number): void;
  /** The ident of MainThread. */
  readonly mainIdent?: number;
  /**
   * Starts a thread in a pooled worker that will call the interpreter's thread entry with `entry` (the
   * interpreter's own handle on what to run, e.g. a heap address). Returns the new thread's ident once
   * it is running (so threads started in order begin in order). Throws when no thread slot is free.
   * `queueOnly`: return as soon as it is queued; the caller waits for the thread itself (the
   * interpreter does, on a start lock the new thread releases: one wake-up per start less).
   */
  startThread?(entry: number, name: string, daemon: boolean, queueOnly?: boolean): number;
  /**
   * After thread `ident` started: waits until it blocks (begins any wait: a lock, a sleep, a join,
   * input) or ends, for at most `ms`. CPython's starter goes on only once the new thread gives up the
   * GIL, which it holds until it blocks or for its switch interval (5 ms): lessons' outputs count on it
   * (lesson 08: the first thread takes the lock before the second one starts).
   */
  startGrace?(ident: number, ms: number): void;
  /**
   * MainThread, its module compiled and about to run: the heap address of the module's blob (a code
   * ref's module), which idle pool workers compile before their first thread. Present only when the
   * program has a prewarmed pool.
   */
  announceMain?(blob: number): void;
  /** Waits for thread `ident` to finish; timeout in seconds, < 0 forever. Returns whether it finished. */
  join?(ident: number, timeout: number): boolean;
  /**
   * The program's end no longer waits for thread `ident` (as if it were a daemon). CPython's join, when
   * Ctrl-C interrupts it, marks the joined thread stopped, so the interpreter's exit does not wait for it.
   */
  forget?(ident: number): void;
  /** True from startThread's return until the thread's entry returns. */
  isAlive?(ident: number): boolean;
  /** Number of alive threads, MainThread included (threading.active_count()). */
  activeCount?(): number;
  /** Alive threads in start order (MainThread first): idents, the names given to startThread, daemon flags. */
  enumerate?(): { ident: number; name: string; daemon: boolean }[];
  /**
   * Word 0: the Python source line this thread is executing. The interpreter may store the line here
   * (plain or Atomics.store) before a blocking call; waits record it for deadlock reports and timelines.
   */
  readonly lineWord?: Int32Array;
  /** The bytes of the shared buffer reserved for the shared heap (runtime/heap/ lays them out). */
  readonly heapRegion?: { buffer: SharedArrayBuffer; byteOffset: number; byteLength: number };
  /**
   * This thread's view of the shared heap (formatted by the runtime before any thread starts; created on
   * first use, detached by the runtime when the thread ends). Its thread slot is this thread's slot.
   */
  readonly heap?: SharedHeap;
  /** Bytes of this worker's JS heap in use after a full garbage collection (tests; absent where none can be forced). */
  readonly jsHeapUsed?: () => number;
  /**
   * Asks thread `ident` to run its service handler at its next wait (waking it from the one it is in);
   * false when that thread has ended. A thread serves only while it waits: lock, join, sleep, queue...
   */
  serviceWake?(ident: number): boolean;
  /** The function this thread runs when another thread asked (serviceWake); null: none. */
  setServiceHandler?(handler: (() => void) | null): void;
  /** Word 0 is non-zero while another thread's request waits (serviceWake): a running thread looks at safepoints. */
  readonly serviceFlag?: Int32Array;
}
