// The worker side: every Python thread, MainThread included, runs here. Builds a Host (interpreter/
// host.ts) on the shared buffer for the thread's slot and runs the Runner (the interpreter, or a test's
// stand-in). The MainThread worker alone receives the program source; pooled thread workers load no
// parser, and take the threads queued in the thread table themselves (serve): no message on that path.
import type { Host, ThreadHost } from "../interpreter/host.js";
import type { SharedHeap } from "../interpreter/shared-heap.js";
import { ChannelWriter } from "./channel.js";
import { Heap } from "./heap/index.js";
import { ACQUIRED, INTERRUPTED } from "./lock-table.js";
import {
  H, LI, LI_LINE_MASK, LI_SIGNAL, LI_WAITER, Layout, SESSION_LINE, STATE_MASK, STDIN_LOCK, SigDisposition, T, ThreadState, WaitKind,
  setSigDisposition, sigDisposition, signalBit,
} from "./layout.js";
import type { FromWorker, ToWorker, WorkerEndpoint, WorkerInit } from "./platform.js";
import { StdinReader } from "./stdin.js";
import { ThreadTable } from "./thread-table.js";
import { TraceType, TraceWriter } from "./trace-ring.js";
import { atomicsWaitAsync } from "./platform.js";
import { type LineSource, ThreadWaits, nowMs } from "./waits.js";

/** Signals whose default action is to do nothing (SIGCHLD, SIGCONT, SIGURG, SIGWINCH). */
const DEFAULT_IGNORED = new Set([17, 18, 23, 28]);

/** What a worker runs: the interpreter (interpreter-runner.ts) or a test's module with the same shape. */
export interface Runner {
  /** `ast`: the module as the host parsed it (grammar/ast.ts), if it did. */
  runMain(host: Host, source: string, file: string, ast?: unknown): number;
  runThread(host: Host, entry: number): void;
  /** Interactive sessions (the REPL): MainThread's globals kept across inputs. */
  createSession?(host: Host): SessionRunner;
  /** The Python line the calling thread is executing (0: unknown), read when it blocks or takes a lock. */
  currentLine?(): number;
  /** Sessions: the input whose text holds that line (0: not known). */
  currentInput?(): number;
  /**
   * Work that does not depend on the program or thread, done while otherwise idle: a pool worker before
   * its first thread (serve), MainThread while it waits for the prewarmed pool (runMain). Resolves with
   * its steps, each short: the worker runs one at a time, looking for other work between them.
   */
  prewarm?(libraries?: readonly string[]): Promise<(() => void)[]>;
  /**
   * MainThread, once the prewarm steps are done and while the pool still boots: steps that run what the
   * program will do first anyway (interpreter/preimport.ts), given the host's AST of its module.
   */
  preimport?(host: Host, ast: unknown): (() => void)[];
  /** MainThread, its non-daemon threads joined: the program's last handlers (the atexit module's). */
  atExit?(): void;
  /**
   * MainThread, its wait for non-daemon threads interrupted: runs the program's signal handlers. Null:
   * they returned (the wait goes on); else the report of what they raised ("Exception ignored in").
   */
  runSignals?(): string | null;
  /** An idle pool worker: compile the module whose blob MainThread announced (ThreadHost.announceMain). */
  compileModuleBlob?(heap: SharedHeap, blob: number): void;
}

/** How an input ended: normally (an exception already printed counts), or by SystemExit. */
export type SessionResult = { kind: "ok"; error: boolean } | { kind: "exit"; status: number };

/** The interpreter's side of an interactive session (interpreter/interactive.ts). */
export interface SessionRunner {
  /** `input`: the source's number in the session (H.INPUT), which the code it defines keeps. */
  runScript(source: string, file: string, input: number): SessionResult;
  exec(source: string, input: number): SessionResult;
  complete(text: string): string[];
  /** Threads the host stopped (a deadlock in a session): threading forgets them (enumerate, active_count). */
  forgetThreads?(idents: number[]): void;
  /** The session ends (exit(), Ctrl-D): what a program's end runs before its threads are joined. */
  finish?(): void;
}

/** What a Host's closures need of the thread they serve (worker-main's _bind fills it in). */
interface ThreadBinding {
  slot: number;
  ident: number;
  waits: ThreadWaits;
  line: LineSource;
  trace: TraceWriter | null;
  interruptFlag: Int32Array;
  lineWord: Int32Array;
  serviceFlag: Int32Array;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Per-worker state shared by the threads this worker runs over its life. */
class WorkerContext {
  readonly layout: Layout;
  readonly threads: ThreadTable;
  readonly channel: ChannelWriter;
  readonly stdin: StdinReader;
  /** Set once the runner is loaded: where the interpreter is (Runner.currentLine). */
  line: LineSource | null = null;
  /** MainThread of a session: the pending interrupt is the host stopping a deadlocked input (flag value 2). */
  stoppedByDeadlock = false;

  constructor(
    readonly init: WorkerInit,
    readonly post: (message: FromWorker) => void,
    readonly heapUsed?: () => number,
    readonly cpuTime?: (thread: boolean) => number | null,
  ) {
    const layout = (this.layout = new Layout(init.sab));
    this.threads = new ThreadTable(layout);
    this.channel = new ChannelWriter(layout.i32, layout.u8, layout.channelBase, layout.channelBytes);
    this.stdin = new StdinReader(layout.i32, layout.u8, layout.stdinBase, layout.stdinBytes);
  }

  /** The heap view of each thread this worker is running (at most one at a time), made on first use. */
  private _heaps = new Map<number, Heap>();
  /**
   * A pool worker's one collection of its start-up's garbage (WorkerEndpoint.compact), not made yet: made
   * when one of its threads first sleeps for long (time.sleep(s), s >= 50 ms), inside the sleep's time
   * once the sleep is recorded.
   * A worker that sleeps or waits keeps its garbage otherwise (idle workers rarely collect): 100 threads
   * sleeping 1 s peaked at 1014-1041 MB RSS, 914-936 MB with it (5 runs each, alternating; a young-
   * generation collection instead freed little: 1002-1028 MB).
   */
  private _compact: (() => void) | null = null;

  private _compactOnce(): void {
    const compact = this._compact;
    this._compact = null;
    compact?.();
  }

  private _heap(slot: number): Heap {
    let heap = this._heaps.get(slot);
    if (heap === undefined) {
      const { sab, heapOffset, heapBytes } = this.layout;
      heap = this._reusable(slot) ?? new Heap(sab, heapOffset, heapBytes, slot);
      this._heaps.set(slot, heap);
    }
    return heap;
  }

  /**
   * The heap view this worker detached at its last thread's end, with the state word's claim count and
   * the ident then: a new Heap costs ~6-10 µs (its per-size-class caches), and the thread table reuses
   * the lowest finished slot first, so a worker often runs its next thread in the same slot.
   */
  private _detached: { slot: number; heap: Heap; claims: number; ident: number } | null = null;

  /**
   * The detached view of `slot`, if no other thread used the slot since (so no other worker's view of it
   * has touched its heap words): exactly one claim since (this thread's), and fewer idents handed out
   * since than the claim count's wrap-around.
   */
  private _reusable(slot: number): Heap | null {
    const d = this._detached;
    this._detached = null;
    if (d === null || d.slot !== slot) return null;
    const claims = Atomics.load(this.layout.i32, this.threads.word(slot, T.STATE)) >>> 16;
    const idents = this.threads.ident(slot) - d.ident;
    return claims === ((d.claims + 1) & 0xffff) && idents > 0 && idents < 0x10000 ? d.heap : null;
  }

  /** A thread ends: its heap view leaves, so reclamation is not held up by a slot no one uses. */
  private _endThread(slot: number): void {
    const heap = this._heaps.get(slot);
    if (heap === undefined) return;
    heap.detach(); // a detached view gives all back; entering it again starts afresh
    this._heaps.delete(slot);
    const claims = Atomics.load(this.layout.i32, this.threads.word(slot, T.STATE)) >>> 16;
    this._detached = { slot, heap, claims, ident: this.threads.ident(slot) };
  }

  /** The wait primitives of the thread in `slot`, with its line source and trace ring. */
  waitsFor(slot: number): ThreadWaits {
    const { layout, threads } = this;
    const trace = TraceWriter.forSlot(layout, slot, performance.timeOrigin - layout.timeBase);
    const waits = new ThreadWaits(layout.i32, threads, slot, this.line ?? undefined, trace);
    // Its waits serve other threads' requests (the end's wait for threads too: they may step its iterators).
    waits.onService = this._onService;
    return waits;
  }

  /** The Host for the thread in `slot`. */
  hostFor(slot: number): Host {
    return this._makeHost(this._bind({ slot } as ThreadBinding, slot));
  }

  /**
   * A pool worker's Host: one per worker, rebound to each thread it runs (building a Host and its ~30
   * closures for every thread cost ~4-6 µs of the thread's start).
   */
  private _pool: { host: Host; binding: ThreadBinding } | null = null;

  /** The interpreter's handler of other threads' requests (ThreadHost.setServiceHandler), for each thread here. */
  private _onService: (() => void) | null = null;
  /** A signal the process is to die of once the program ends (Host.endsBySignal), 0: none. */
  private _exitSignal = 0;

  private _poolHostFor(slot: number): Host {
    if (this._pool === null) {
      const binding = this._bind({ slot } as ThreadBinding, slot);
      this._pool = { host: this._makeHost(binding), binding };
      return this._pool.host;
    }
    const { host, binding } = this._pool;
    this._bind(binding, slot);
    const h = host as Mutable<Host>;
    h.interruptFlag = binding.interruptFlag;
    const th = host.threads as Mutable<ThreadHost>;
    th.ident = th.nativeId = binding.ident;
    th.lineWord = binding.lineWord;
    th.serviceFlag = binding.serviceFlag;
    return host;
  }

  /** Fills `b` in for the thread in `slot`. */
  private _bind(b: ThreadBinding, slot: number): ThreadBinding {
    const { layout, threads } = this;
    b.slot = slot;
    b.waits = this.waitsFor(slot);
    b.line = b.waits.line;
    b.trace = b.waits.trace;
    b.ident = threads.ident(slot);
    b.interruptFlag = new Int32Array(layout.sab, threads.word(slot, T.INTERRUPT) * 4, 1);
    b.lineWord = new Int32Array(layout.sab, threads.word(slot, T.LINE) * 4, 1);
    b.serviceFlag = new Int32Array(layout.sab, threads.word(slot, T.SERVICE) * 4, 1);
    return b;
  }

  /** A Host whose closures serve the thread `b` is bound to (they read it at each call). */
  private _makeHost(b: ThreadBinding): Host {
    const { layout, threads, channel } = this;
    const i32 = layout.i32;
    const locks = layout.locks;
    const lockInfo = layout.lockInfoBase;
    const mainSlot = Atomics.load(i32, H.MAIN_SLOT);
    const context = this;
    const threadHost: ThreadHost = {
      ident: b.ident,
      nativeId: b.ident,
      mainIdent: threads.ident(mainSlot),
      lineWord: b.lineWord,
      serviceFlag: b.serviceFlag,
      heapRegion: { buffer: layout.sab, byteOffset: layout.heapOffset, byteLength: layout.heapBytes },
      jsHeapUsed: this.heapUsed,
      get heap() {
        return context._heap(b.slot);
      },
      lockAllocate: (waiter) => {
        const id = locks.tryAllocate();
        if (id < 0) return -1;
        // Where it was made: the deadlock report names it from there (and clears the signal bit).
        Atomics.store(i32, layout.lockInfoWord(id, LI.ALLOC), (b.line() & LI_LINE_MASK) | (waiter ? LI_WAITER : 0));
        return id;
      },
      lockFree: (id) => locks.free(id),
      lockAcquire: (id, blocking, timeout) => {
        const ms = !blocking ? 0 : timeout < 0 ? -1 : timeout * 1000;
        if (locks.acquire(id, b.slot, ms, b.waits) !== ACQUIRED) return false;
        const at = b.line();
        i32[lockInfo + id * 2 + LI.ACQUIRE_LINE] = at; // where the holder took it, for a deadlock report
        if (b.trace !== null) b.trace.acquire(id, at);
        return true;
      },
      lockRelease: (id) => {
        // Traced before the release: its ticket then precedes the next holder's Acquire. The holder, when
        // another thread releases its lock, may have its run go on through the release (trace-ring.ts).
        if (b.trace !== null) b.trace.release(id, locks);
        const holder = locks.releaseFrom(id);
        if (holder < 0) return false;
        // Released by another thread than its holder: a signal, never counted in a deadlock cycle.
        if (holder !== b.slot) Atomics.or(i32, layout.lockInfoWord(id, LI.ALLOC), LI_SIGNAL);
        return true;
      },
      lockLocked: (id) => locks.locked(id),
      markMainEnd: (id) => Atomics.store(i32, H.MAIN_END_LOCK, id + 1),
      startThread: (entry, name, daemon, queueOnly) => context.startThread(b.waits, entry, name, daemon, queueOnly === true),
      startGrace: (target, ms) => b.waits.startGrace(target, ms),
      ...((this.init.waitPool ?? 0) > 0 && {
        announceMain: (blob: number) => {
          Atomics.store(i32, H.MAIN_MODULE, blob);
          // The idle workers wake as for a queued thread, find none, and compile it (serve).
          Atomics.add(i32, H.POOL_SEQ, 1);
          Atomics.notify(i32, H.POOL_SEQ);
        },
      }),
      join: (target, timeout) => b.waits.join(target, timeout),
      forget: (target) => {
        const s = threads.find(target);
        if (s >= 0) threads.setDaemon(s);
      },
      isAlive: (target) => {
        const s = threads.find(target);
        if (s < 0) return false;
        const state = threads.state(s);
        return state === ThreadState.Running || state === ThreadState.Starting;
      },
      activeCount: () => threads.list().length,
      serviceWake: (ident) => {
        const s = threads.find(ident);
        if (s < 0 || !b.waits.alive(s, ident)) return false;
        threads.service(s);
        return true;
      },
      setServiceHandler: (handler) => {
        context._onService = handler;
        b.waits.onService = handler;
      },
      // In start order, as CPython's (idents grow with each start; slots are reused out of order).
      enumerate: () =>
        threads
          .list()
          .sort((a, c) => a.ident - c.ident)
          .map(({ ident, name, daemon }) => ({ ident, name, daemon })),
    };
    return {
      write: (stream, text) => {
        if (b.trace !== null) b.trace.emit(TraceType.Print, stream, b.line());
        channel.write(stream, text);
      },
      readLine: (prompt) => this._readLine(b.waits, prompt),
      wallClock: () => Date.now() / 1000,
      monotonic: () => (performance.timeOrigin + nowMs() - layout.timeBase) / 1000,
      cpuTime: this.cpuTime,
      // The collection runs inside the sleep's time, a quarter of it (at most COMPACT_AFTER_MS) in: a
      // program that starts threads that each sleep (10 threads sleeping 1 s, the tutorial's timing) starts
      // them all meanwhile. At the sleep's start, each thread's collection (5-20 ms of CPU) took the cores
      // from the next starts: 3.5 ms each became 5-20, 'Finished in 1.11 second(s)' instead of 1.05.
      sleep: (seconds) => {
        if (seconds < 0.05 || context._compact === null) b.waits.sleep(seconds);
        else b.waits.sleep(seconds, () => context._compactOnce(), Math.min(COMPACT_AFTER_MS, seconds * 250));
      },
      interruptFlag: b.interruptFlag,
      takeInterrupt: () => {
        const bits = Atomics.exchange(b.interruptFlag, 0, 0);
        // 2: the host stopped MainThread, stuck in a deadlock at the prompt (Session): no traceback then.
        if (bits & 2) context.stoppedByDeadlock = true;
        return bits;
      },
      setSignalDisposition: (signum, d) => {
        if (signum >= 1 && signum <= 31) setSigDisposition(i32, signum, d);
      },
      raiseSignal: (signum) => {
        const d = signum <= 31 ? sigDisposition(i32, signum) : SigDisposition.Default;
        if (d === SigDisposition.Ignore || (d !== SigDisposition.Handler && DEFAULT_IGNORED.has(signum))) return;
        if (d === SigDisposition.Handler || (d === SigDisposition.Initial && signum === 2)) {
          if (b.slot === mainSlot) threads.interrupt(mainSlot, signalBit(signum));
          else threads.pend(mainSlot, signalBit(signum));
          return;
        }
        // The process dies of it, its output so far written: the host does that (Program.signal).
        context.post({ t: "signal", signum });
        for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      },
      argv: this.init.argv,
      endsBySignal: (signum) => {
        context._exitSignal = signum;
      },
      exitNow: (status) => {
        context.post({ t: "exit", status });
        // The host ends every worker, this one included, once it has the message: until then this
        // thread must run no more Python (os._exit returns to nothing), so it waits on a word no one
        // will ever change.
        for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      },
      threads: threadHost,
    };
  }

  startThread(waits: ThreadWaits, entry: number, name: string, daemon: boolean, queueOnly: boolean): number {
    const threads = this.threads;
    const slot = threads.claim(name, daemon, entry);
    const ident = threads.ident(slot);
    if (this.layout.traceEvents !== 0) this.post({ t: "thread", ident, name: threads.name(slot), slot });
    // An idle worker takes it (woken through the buffer); the host hears only when the pool runs low, and
    // not when it took the last idle worker with fewer than two threads alive: the host adds no spare then
    // (program.ts _fillPool), and a message per start+join cost the starter ~30 µs and woke the host.
    const idleBefore = threads.queue(slot);
    if (idleBefore <= 0 || (idleBefore === 1 && threads.aliveOthers() >= 2)) this.post({ t: "spawn" });
    if (queueOnly) return ident;
    // Not interruptible: a worker always moves the slot on to Running (the host ends the program if it
    // cannot start one). (A spin before this wait, and one in an idle worker before it sleeps, were
    // tried: on 2 busy cores they made a start+join several times slower.)
    waits.waitOn(
      WaitKind.Other,
      ident,
      threads.word(slot, T.STATE),
      Infinity,
      (v) => (v & STATE_MASK) === ThreadState.Starting,
      false,
    );
    return ident;
  }

  private _readLine(waits: ThreadWaits, prompt: string): string | null {
    if (prompt) this.channel.write(1, prompt);
    const locks = this.layout.locks;
    if (locks.acquire(STDIN_LOCK, waits.slot, -1, waits) === INTERRUPTED) return null;
    try {
      const line = this.stdin.readLine(
        (index, seq) => waits.waitOn(WaitKind.Input, 0, index, Infinity, (v) => v === seq) === "done",
      );
      return line === undefined ? null : line;
    } finally {
      locks.release(STDIN_LOCK);
    }
  }

  /** MainThread: run the module, then wait for non-daemon threads (as threading._shutdown), then exit. */
  runMain(runner: Runner, ast: unknown, ran: () => void, prewarm: (() => boolean) | null): void {
    const { init, threads } = this;
    const slot = init.slot;
    const host = this.hostFor(slot);
    // The prewarmed pool first (WorkerInit.waitPool), each worker done with its own prewarm steps
    // (serve counts it in H.POOL_WARM): a pool still compiling threading and the program's libraries
    // once the program runs took two cores' time from MainThread's first lines and its threads' starts
    // (queue_pc's workload ~10 ms longer, the whole process no shorter). Meanwhile, Runner.prewarm's
    // steps (MainThread compiles threading too), one at a time.
    // Then, if the pool still boots, the program's top-level threading imports (Runner.preimport).
    const i32 = this.layout.i32;
    let step = prewarm;
    let preimport = ast !== null && ast !== undefined && runner.preimport !== undefined;
    for (let warm; (warm = Atomics.load(i32, H.POOL_WARM)) < (init.waitPool ?? 0); ) {
      if (step !== null) {
        if (!step()) step = null;
        continue;
      }
      if (preimport) {
        preimport = false;
        step = stepper(runner.preimport!(host, ast));
        continue;
      }
      Atomics.wait(i32, H.POOL_WARM, warm);
    }
    threads.setState(slot, ThreadState.Running);
    this._traceEdge(slot, TraceType.Start);
    const status = runner.runMain(host, init.source ?? "", init.file ?? "<string>", ast ?? undefined);
    ran();
    this._shutdown(status, runner);
  }

  /**
   * MainThread of an interactive session: run the -i script if any, then one input per {t:"exec"}
   * message, each reported by {t:"result"} once its output is in the channel. The worker's event loop is
   * idle between inputs. SystemExit or {t:"exit"} shut down as a program's end does.
   */
  runSession(runner: Runner, onMessage: (listener: (message: ToWorker) => void) => void): void {
    const { init, threads } = this;
    const slot = init.slot;
    const base = this.hostFor(slot);
    // An input the host stopped because it could never go on (a deadlock): the report said so, so its
    // KeyboardInterrupt traceback is left out.
    const host: Host = {
      ...base,
      write: (stream, text) => {
        if (this.stoppedByDeadlock && stream === 2 && text.startsWith("Traceback") && text.endsWith("\nKeyboardInterrupt\n")) {
          this.stoppedByDeadlock = false;
          return;
        }
        base.write(stream, text);
      },
    };
    threads.setState(slot, ThreadState.Running);
    this._traceEdge(slot, TraceType.Start);
    if (!runner.createSession) throw new Error("this runner has no interactive session");
    const session = runner.createSession(host);
    let finished = false;
    const settle = (id: number, result: SessionResult) => {
      if (result.kind === "exit") {
        finished = true;
        session.finish?.();
        this._shutdown(result.status, runner);
      } else this.post({ t: "result", id, error: result.error });
    };
    // Between inputs this worker's event loop is idle, not in a wait: another thread's request (a step of
    // an iterator MainThread made: interpreter/shared/remote-iter.ts) is served from there.
    const i32 = this.layout.i32;
    const serviceWord = threads.word(slot, T.SERVICE);
    const serveWhileIdle = (): void => {
      if (finished || typeof Atomics.waitAsync !== "function") return;
      void atomicsWaitAsync(i32, serviceWord, 0).then(() => {
        if (finished) return;
        if (Atomics.exchange(i32, serviceWord, 0) !== 0) this._onService?.();
        serveWhileIdle();
      });
    };
    if (init.session === "script") settle(0, session.runScript(init.source ?? "", init.file ?? "<string>", Atomics.load(this.layout.i32, H.INPUT)));
    serveWhileIdle();
    onMessage((message) => {
      if (finished) return;
      switch (message.t) {
        case "exec":
          // A Ctrl-C that arrived after the previous input ended must not hit this one.
          host.takeInterrupt();
          if (message.signal !== undefined) threads.pend(slot, signalBit(message.signal));
          this.stoppedByDeadlock = false;
          // Lines recorded from now on carry this input's number (deadlock reports name its lines).
          const input = (message.id & 0x3fff) + 1;
          Atomics.store(this.layout.i32, H.INPUT, input);
          settle(message.id, session.exec(message.source, input));
          return;
        case "complete": {
          let items: string[] = [];
          try {
            items = session.complete(message.text);
          } catch {
            items = [];
          }
          this.post({ t: "completions", id: message.id, items });
          return;
        }
        case "forget":
          session.forgetThreads?.(message.idents);
          return;
        case "exit":
          host.takeInterrupt();
          finished = true;
          session.finish?.();
          this._shutdown(0, runner);
          return;
      }
    });
  }

  /** The end of MainThread: wait for non-daemon threads (as threading._shutdown), then report the exit. */
  /** MainThread's end: the wait for non-daemon threads (as threading._shutdown), Runner.atExit, exit. */
  private _shutdown(exitStatus: number, runner: Runner): void {
    const { init, threads } = this;
    const slot = init.slot;
    const waits = this.waitsFor(slot);
    for (;;) {
      const rest = threads
        .list([ThreadState.Starting, ThreadState.Running])
        .filter((t) => !t.daemon && t.slot !== slot);
      if (rest.length === 0) break;
      waits.join(rest[0].ident, -1);
      if (waits.interrupted()) {
        // As in CPython's threading._shutdown: a handler set by signal.signal() runs and the wait goes on;
        // an exception (KeyboardInterrupt) ends the wait, reported and ignored: the exit status stays the program's.
        const ignored = runner.runSignals ? runner.runSignals() : "KeyboardInterrupt: \n";
        if (ignored === null) continue;
        this.channel.write(2, "Exception ignored in: <module 'threading'>\n" + ignored);
        break;
      }
    }
    runner.atExit?.();
    this._endThread(slot);
    this._traceEdge(slot, TraceType.End);
    threads.setState(slot, ThreadState.Finished);
    this._threadEnded();
    this.post({ t: "exit", status: exitStatus, ...(this._exitSignal !== 0 && { signal: this._exitSignal }) });
  }

  /**
   * A pool worker for the rest of the program: counts itself idle (H.POOL_AVAILABLE), then takes each
   * queued thread and runs it, sleeping in Atomics.wait on H.POOL_SEQ while there is none. Its event loop
   * never runs again; the host only ever terminates it.
   */
  serve(
    runner: Runner,
    ready: () => void,
    prewarm: (() => boolean) | null,
    ran: (() => void) | null = null,
    compact: (() => void) | null = null,
  ): never {
    const { threads } = this;
    const i32 = this.layout.i32;
    const id = this.init.worker ?? 0;
    this._compact = compact;
    Atomics.add(i32, H.POOL_AVAILABLE, 1);
    ready();
    // Prewarm steps run only while no thread is queued, and only before the first thread: they overlap
    // MainThread's start (which waits for the prewarmed pool's, H.POOL_WARM), and a thread queued
    // meanwhile waits for one step at most. MainThread's module (H.MAIN_MODULE) comes first once it is
    // announced: every thread's function is a code ref into it.
    let step = prewarm;
    let mainModule = runner.compileModuleBlob ? 0 : -1; // compiled here (-1: never)
    let warm = false;
    const warmed = (): void => {
      warm = true;
      Atomics.add(i32, H.POOL_WARM, 1);
      Atomics.notify(i32, H.POOL_WARM); // MainThread waits for the prewarmed pool (runMain)
    };
    for (;;) {
      const seen = Atomics.load(i32, H.POOL_SEQ);
      const slot = threads.take(id);
      if (slot < 0) {
        if (mainModule === 0 && Atomics.load(i32, H.MAIN_MODULE) !== 0) {
          mainModule = Atomics.load(i32, H.MAIN_MODULE);
          runner.compileModuleBlob!(this._blobReader(), mainModule);
          continue;
        }
        if (step !== null) {
          if (!step()) step = null;
          continue;
        }
        if (!warm) warmed();
        Atomics.wait(i32, H.POOL_SEQ, seen);
        continue;
      }
      step = null;
      if (!warm) warmed();
      mainModule = -1;
      this.runThread(runner, slot, ran);
      ran = null; // after the first thread only
    }
  }

  /**
   * A view of the heap for reading what MainThread published before this worker's first thread (it
   * takes MainThread's slot, whose epochs it must not touch: no enter(), no allocation).
   */
  private _blobReader(): Heap {
    const { sab, heapOffset, heapBytes } = this.layout;
    return new Heap(sab, heapOffset, heapBytes, Atomics.load(this.layout.i32, H.MAIN_SLOT));
  }

  /** Runs one thread of the pool. */
  private runThread(runner: Runner, slot: number, ran: (() => void) | null = null): void {
    const threads = this.threads;
    const host = this._poolHostFor(slot);
    const entry = Atomics.load(this.layout.i32, threads.word(slot, T.ENTRY));
    threads.setState(slot, ThreadState.Running);
    this._traceEdge(slot, TraceType.Start);
    try {
      runner.runThread(host, entry);
    } finally {
      this._endThread(slot);
      this._traceEdge(slot, TraceType.End);
      // Before the joiner wakes: a program that ends then stops this worker.
      ran?.();
      // Idle again before the joiner wakes: a thread it starts next finds this worker counted, and the
      // host is not asked for another.
      Atomics.add(this.layout.i32, H.POOL_AVAILABLE, 1);
      threads.setState(slot, ThreadState.Finished);
      // A starter still in its start grace (ThreadWaits.startGrace) watches this word, not the state.
      const seqWord = threads.word(slot, T.WAIT_SEQ);
      Atomics.add(this.layout.i32, seqWord, 1);
      Atomics.notify(this.layout.i32, seqWord);
      this._threadEnded();
    }
  }

  /** A thread's start or end in its trace ring (tracing on only). */
  private _traceEdge(slot: number, type: number): void {
    if (this.layout.traceEvents === 0) return;
    TraceWriter.forSlot(this.layout, slot, performance.timeOrigin - this.layout.timeBase)!.emit(
      type,
      this.threads.ident(slot),
      0,
    );
  }

  /** A thread that ends may leave the others waiting forever: tell the host's deadlock watch. */
  private _threadEnded(): void {
    const i32 = this.layout.i32;
    Atomics.add(i32, H.WAITS_SEQ, 1);
    Atomics.notify(i32, H.WAITS_SEQ);
  }
}

/**
 * Runs steps, letting the event loop in between (a message may settle `until`), until they are done
 * (null) or `until` has settled (the stepper, with what remains).
 */
async function stepsUntil(step: () => boolean, until: Promise<unknown>): Promise<(() => boolean) | null> {
  let settled = false;
  void until.then(() => (settled = true));
  const next = (globalThis as { setImmediate?: (f: () => void) => void }).setImmediate ?? ((f: () => void) => setTimeout(f, 0));
  for (;;) {
    await new Promise<void>((resolve) => next(resolve));
    if (settled) return step;
    if (!step()) return null;
  }
}

/** Runner.prewarm's steps as one function that runs the next step and says whether more remain. */
function stepper(steps: (() => void)[]): () => boolean {
  let next = 0;
  return () => {
    if (next < steps.length) steps[next++]();
    return next < steps.length;
  };
}

/** How far into its first long sleep a pool worker collects its garbage (see Host.sleep above). */
const COMPACT_AFTER_MS = 100;

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** The entry point, called by runtime/node/worker.ts or runtime/web/worker.ts. */
export async function workerMain(endpoint: WorkerEndpoint): Promise<void> {
  const post = (m: FromWorker) => endpoint.post(m);
  try {
    // An early MainThread loads the interpreter while the host is still getting ready.
    const mainRunner = endpoint.early ? import("./interpreter-runner.js") : undefined;
    const init = await endpoint.init;
    // The host parses MainThread's module meanwhile (it arrives while the interpreter loads, or soon after).
    const ast =
      init.role === "main" && init.astPending
        ? new Promise<unknown>((resolve) =>
            endpoint.onMessage((message: ToWorker) => {
              if (message.t === "ast") resolve(message.ast);
            }),
          )
        : undefined;
    const context = new WorkerContext(init, post, endpoint.heapUsed, endpoint.cpuTime);
    const runner: Runner = await (init.runner
      ? (endpoint.importModule ?? ((url: string) => import(url)))(init.runner)
      : init.role === "main"
        ? (mainRunner ?? import("./interpreter-runner.js"))
        : import("./thread-runner.js"));
    if (runner.currentLine) {
      const current = runner.currentLine;
      const input = runner.currentInput ?? (() => 0);
      const i32 = context.layout.i32;
      // In a session (H.INPUT set by the host before any worker starts) a line also names its input: the
      // one its code was typed at (a function defined earlier and run by a thread), else the one running.
      context.line =
        Atomics.load(i32, H.INPUT) === 0 ? () => current() : () => ((input() || i32[H.INPUT]) << SESSION_LINE) | (current() & 0xffff);
    }
    if (init.role === "main" && init.session) {
      context.runSession(runner, (listener) => endpoint.onMessage(listener));
      return;
    }
    if (init.role === "main") {
      let prewarm = (init.waitPool ?? 0) > 0 && runner.prewarm ? stepper(await runner.prewarm(init.libraries)) : null;
      // The host is still parsing (a program's first ~30 ms): its steps meanwhile, where they cost
      // nothing (the pool is often ready before the AST, so runMain got no time for them).
      if (prewarm !== null && ast !== undefined) prewarm = await stepsUntil(prewarm, ast);
      context.runMain(runner, await ast, () => endpoint.codeReady?.(), prewarm);
      return;
    }
    const prewarm = runner.prewarm ? stepper(await runner.prewarm(init.libraries)) : null;
    // The code cache is written once a thread has run (the build's training run starts one): a
    // cache made before held none of a thread's start path, which every first start then compiled
    // (~5 ms of it, on the starter's critical path: start() returns once the thread runs).
    context.serve(runner, () => post({ t: "ready" }), prewarm, () => endpoint.codeReady?.(), () => endpoint.compact?.());
  } catch (error) {
    post({ t: "fatal", message: describe(error) });
  }
}
