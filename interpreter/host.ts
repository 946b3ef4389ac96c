// What the interpreter needs from below (the mpthread.h of pyt): output, input, clocks, sleeping,
// locks and threads. runtime/ implements it on a SharedArrayBuffer and workers; tests may implement
// it in-process. The interpreter never imports runtime/: it is handed a Host.

export interface Host {
  /** Writes text to stdout (1) or stderr (2). One call is one unit: never split, never interleaved. */
  write(stream: 1 | 2, text: string): void;
  /** Writes the prompt, then blocks until a line of input arrives (without its "\n"); null at end of input. */
  readLine(prompt: string): string | null;
  /** Seconds since the epoch, as time.time(). */
  wallClock(): number;
  /** Monotonic seconds, as time.monotonic() and time.perf_counter(). */
  monotonic(): number;
  /** Blocks this thread for `seconds` without using CPU. Returns early only when an interrupt is pending. */
  sleep(seconds: number): void;
  /**
   * Word 0 is non-zero while a KeyboardInterrupt is pending for this thread. The interpreter reads it
   * at safepoints (loop back-edges, calls) with Atomics.load and then calls takeInterrupt().
   */
  readonly interruptFlag: Int32Array;
  /** Clears the pending interrupt; the interpreter then raises KeyboardInterrupt. */
  takeInterrupt(): void;
  /** sys.argv. */
  readonly argv: string[];
  /** Threads and locks; absent in a host that runs one thread only (then threading is unavailable). */
  readonly threads?: ThreadHost;
}

/** Lock and thread services. Every wait blocks in Atomics.wait and is interruptible. */
export interface ThreadHost {
  /** This thread's ident (threading.get_ident()) and native id. */
  readonly ident: number;
  readonly nativeId: number;
  /** A new unlocked lock; returns its id in the lock table. */
  lockAllocate(): number;
  /** timeout < 0: wait forever. Returns whether the lock was acquired. */
  lockAcquire(id: number, blocking: boolean, timeout: number): boolean;
  /** Returns false if the lock was not locked (the caller raises RuntimeError). */
  lockRelease(id: number): boolean;
  lockLocked(id: number): boolean;
}
