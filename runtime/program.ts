// The host side of a running program: owns the shared buffer, the workers (MainThread's and a warm pool
// for other threads), the output drain, stdin and interrupts. It never runs Python and never blocks:
// everything here is driven by worker messages and Atomics.waitAsync.
import { ChannelReader, type OutputChunk } from "./channel.js";
import { Heap } from "./heap/index.js";
import { createBuffer, DEFAULT_BUFFER_BYTES, H, LI, LI_LINE_MASK, LI_WAITER, T, TRACE_EVENT_WORDS, type Layout, type LayoutOptions, ThreadState, SigDisposition, sigDisposition, signalBit } from "./layout.js";
import { WAKE_INC } from "./lock-table.js";
import type { FromWorker, Platform, ToWorker, WorkerHandle, WorkerInit } from "./platform.js";
import { type Deadlock, findDeadlock, formatDeadlock, lockName, type Snapshot, takeSnapshot } from "./deadlock.js";
import { StdinFeeder } from "./stdin.js";
import { TraceCollector, type TraceColumns, type TraceEvent, TraceType } from "./trace-ring.js";
import { type ThreadInfo, ThreadTable, type WaitRecord } from "./thread-table.js";

export interface ProgramOptions {
  source: string;
  /** The path as given on the command line; tracebacks show it. */
  file: string;
  /** sys.argv (default [file]). */
  argv?: string[];
  platform: Platform;
  layout?: LayoutOptions;
  /** URL of a module exporting runMain/runThread to run instead of the interpreter (tests). */
  runner?: string;
  /**
   * Parses `source` on the host while MainThread's worker starts (two cores: the parser's construction
   * and the parse overlap the worker's start-up). Resolves with the AST, or null to let the worker parse
   * (a syntax error is then reported exactly as without it). Programs only, not sessions.
   */
  parse?: (source: string, file: string) => Promise<unknown>;
  /**
   * Thread workers to start with MainThread's (default 0). MainThread runs once they are idle
   * (WorkerInit.waitPool): the program's first threads then start at once.
   */
  prewarm?: number;
  /** Library modules the program imports (queue, logging...): pool workers compile them while idle. */
  libraries?: string[];
  /** An interactive session (see session.ts): "script" runs `source` first, "bare" ignores it. */
  session?: "bare" | "script";
  /**
   * The deadlock watch (deadlock.ts). "exit" (default): print the report on stderr and end with
   * DEADLOCK_STATUS; "report": only emit onDeadlock (a session stops the stuck threads itself);
   * "off": hang as CPython does.
   */
  deadlock?: "exit" | "report" | "off";
  /** Record the trace (per-thread rings in the buffer); read it with trace() once exited. */
  trace?: boolean;
  /** Sessions: each input's text by its number (H.INPUT), so deadlock reports show its lines and names. */
  inputs?: ReadonlyMap<number, { source: string; file: string }>;
}

/** What onDeadlock listeners get: the report's text and the threads stuck in it. */
export interface DeadlockReport {
  text: string;
  rule: "cycle" | "all";
  threads: { slot: number; ident: number; name: string; waitsFor: "lock" | "join" }[];
}

/** Everything a trace or a timeline is drawn from (times in ms since the program's clock origin). */
export interface TraceData {
  /** The events as objects (made when first read: the columns are what buildModel uses). */
  events: TraceEvent[];
  /** The same events as typed columns (the host's form; absent in a TraceData made by hand). */
  columns?: TraceColumns;
  /** Thread names by ident (MainThread's included). */
  threads: Map<number, { name: string; slot: number }>;
  /** Lock names by lock id, for the locks the events mention. */
  locks: Map<number, string>;
  /** When the program ended (ms since the clock origin). */
  end: number;
  /** Events lost to full rings (the host drains every few ms; 0 in practice). */
  dropped: number;
  file: string;
}

export interface Disposable {
  dispose(): void;
}

/** Exit status of a program stopped by stop() or a second interrupt, as a shell reports SIGINT. */
export const STOPPED_STATUS = 130;
/** Exit status after an internal error. */
export const INTERNAL_ERROR_STATUS = 70;
/** Exit status after a deadlock report. */
export const DEADLOCK_STATUS = 3;
/** The watch looks this long after a wait with no timeout begins (waits come in bursts). */
const DEADLOCK_DEBOUNCE_MS = 20;
/** A deadlock must stay exactly the same (no thread in it moved) this long before it is reported. */
const DEADLOCK_CONFIRM_MS = 100;
/** Trace rings are drained this often (a ring holds TRACE_RING_EVENTS events per thread). */
const TRACE_DRAIN_MS = 10;
// 64 K events (1.25 MiB, touched only as used): ~100 ms of a thread taking a lock in a tight loop, so the
// host (sharing the cores with the workers it traces) can be late with a drain without losing events.
const TRACE_RING_EVENTS = 1 << 16;

/** What a worker's end at V8's heap limit is reported as (the program ends: the worker is gone). */
const OUT_OF_MEMORY = "out of memory (a worker reached V8's JavaScript heap limit)";

const REPORT_HINT =
  "This is a bug in pyt, not in your program. Please report it with the program and this message.\n";

interface PooledWorker {
  handle: WorkerHandle;
  id: number; // WorkerInit.worker: the thread table records which worker took a thread
  stopped?: boolean; // terminated on purpose (stopThreads): its exit is no error
}

function listeners<T extends unknown[]>() {
  const set = new Set<(...args: T) => void>();
  return {
    add(listener: (...args: T) => void): Disposable {
      set.add(listener);
      return { dispose: () => set.delete(listener) };
    },
    emit(...args: T) {
      for (const l of set) l(...args);
    },
  };
}

export class Program {
  /** Resolves with the exit status once every worker has stopped and all output has been emitted. */
  readonly exited: Promise<number>;
  private _resolveExit!: (status: number) => void;
  private readonly _layout: Layout;
  /** The program's source lines, split on first use (lock names in traces). */
  private _sourceLines: string[] | undefined;
  private readonly _threads: ThreadTable;
  private readonly _reader: ChannelReader;
  private readonly _stdin: StdinFeeder;
  private readonly _output = listeners<[stream: 1 | 2, text: string]>();
  private readonly _inputWanted = listeners<[]>();
  private readonly _sessionMessages = listeners<[message: FromWorker]>();
  private readonly _main: WorkerHandle;
  private readonly _mainSlot: number;
  // The pool's workers by id. Which one runs which thread, and how many are idle, is in the buffer:
  // workers take queued threads themselves (ThreadTable.queue/take, WorkerContext.serve).
  private readonly _workers = new Map<number, PooledWorker>();
  private _nextWorkerId = 0;
  private _starting = 0; // pool workers created but not yet ready
  private _interrupts = 0;
  private _inputRequested = false;
  private _done = false;
  private readonly _deadlocks = listeners<[report: DeadlockReport]>();
  private readonly _trace: TraceCollector | null = null;
  private _traceTimer: unknown;
  private readonly _traceThreads = new Map<number, { name: string; slot: number }>();
  private _endTime = 0;

  constructor(private readonly _options: ProgramOptions) {
    this.exited = new Promise((resolve) => (this._resolveExit = resolve));
    const platform = _options.platform;
    const layoutOptions: LayoutOptions = { ...(_options.layout ?? {}) };
    layoutOptions.bytes ??= platform.bufferBytes;
    if (_options.trace) {
      layoutOptions.traceEvents = TRACE_RING_EVENTS;
      // The rings come on top of the heap's share (untouched pages cost no memory).
      const ringBytes = (layoutOptions.threadSlots ?? 256) * (TRACE_RING_EVENTS * 4 * TRACE_EVENT_WORDS + 16);
      layoutOptions.bytes = (layoutOptions.bytes ?? DEFAULT_BUFFER_BYTES) + ringBytes;
    }
    const layout = (this._layout = createBuffer(layoutOptions, platform.timeOrigin + platform.now()));
    Heap.format(layout.sab, layout.heapOffset, layout.heapBytes, layout.threadSlots);
    this._threads = new ThreadTable(layout);
    this._reader = new ChannelReader(layout.i32, layout.u8, layout.channelBase, layout.channelBytes);
    this._stdin = new StdinFeeder(layout.i32, layout.u8, layout.stdinBase, layout.stdinBytes);
    this._mainSlot = this._threads.claim("MainThread", false, 0);
    Atomics.store(layout.i32, H.MAIN_SLOT, this._mainSlot);
    // Sessions: lines recorded carry the input's number (worker-main.ts), from the -i script (1) on.
    if (_options.session) Atomics.store(layout.i32, H.INPUT, 1);
    if (_options.trace) {
      // Names for the Chrome file the collector makes as events come (trace-stream.ts), as trace() gives them.
      this._trace = new TraceCollector(layout, {
        lock: (id) => this._lockName(id),
        thread: (ident) => this._traceThreads.get(ident)?.name,
      });
      this._noteThread(this._mainSlot);
      this._traceTimer = setInterval(() => this._trace!.drain(), TRACE_DRAIN_MS);
    }
    this._main = this._spawnWorker({
      sab: layout.sab,
      role: "main",
      slot: this._mainSlot,
      source: _options.source,
      file: _options.file,
      argv: _options.argv ?? [_options.file],
      runner: _options.runner,
      session: _options.session,
      astPending: _options.parse !== undefined && !_options.session,
      waitPool: _options.session ? 0 : (_options.prewarm ?? 0),
      libraries: _options.session ? undefined : _options.libraries,
    });
    if (_options.parse && !_options.session) {
      const main = this._main;
      const send = (ast: unknown) => {
        if (!this._done) main.post({ t: "ast", ast });
      };
      _options.parse(_options.source, _options.file).then(send, () => send(null));
    }
    for (let i = 0; i < (_options.prewarm ?? 0); i++) this._addPoolWorker();
    void this._drainLoop();
    void this._stdinLoop();
    if ((_options.deadlock ?? "exit") !== "off") void this._deadlockWatch();
  }

  /** A deadlock was found (and confirmed); with deadlock "exit" the program then ends with status 3. */
  onDeadlock(listener: (report: DeadlockReport) => void): Disposable {
    return this._deadlocks.add(listener);
  }

  /**
   * A lock's name in traces: its variable where the line that made it shows one (deadlock.ts lockName);
   * a thread's Condition waiter or start lock is `<notify>` (`wait for <notify>`: the library's lock, not the
   * program's; like every `<...>` name, never drawn as held).
   */
  private _lockName(id: number): string {
    const alloc = Atomics.load(this._layout.i32, this._layout.lockInfoWord(id, LI.ALLOC));
    if ((alloc & LI_WAITER) !== 0) return "<notify>";
    const lines = (this._sourceLines ??= this._options.session ? [] : this._options.source.split("\n"));
    return lockName(alloc & LI_LINE_MASK, lines);
  }
  /** The recorded trace (ProgramOptions.trace), complete once `exited` has resolved. */
  trace(): TraceData | null {
    const collector = this._trace;
    if (!collector) return null;
    collector.drain();
    const locks = new Map<number, string>();
    const cols = collector.columns;
    const seen: boolean[] = []; // per lock id (a counter's trace names one lock 400 000 times)
    for (let i = 0; i < cols.count; i++) {
      const type = cols.type[i] & 0xff;
      if (type === TraceType.Acquire || type === TraceType.Release) {
        const id = cols.arg[i];
        if (seen[id] !== true) {
          seen[id] = true;
          locks.set(id, this._lockName(id));
        }
      }
    }
    const end = this._endTime || this._options.platform.timeOrigin + this._options.platform.now() - this._layout.timeBase;
    return {
      get events() {
        return collector.events;
      },
      columns: cols,
      threads: this._traceThreads,
      locks,
      end,
      dropped: collector.dropped,
      file: this._options.file,
    };
  }

  private _noteThread(slot: number): void {
    this._traceThreads.set(this._threads.ident(slot), { name: this._threads.name(slot), slot });
  }

  /**
   * The deadlock watch: no polling. Every wait with no timeout and every thread's end bump H.WAITS_SEQ;
   * the host sleeps in waitAsync on it, then (after a short debounce, as waits come in bursts) reads
   * the thread table once. A deadlock found is reported only if a second look DEADLOCK_CONFIRM_MS later
   * finds exactly the same one (same threads, each still in the same wait: its WAIT_SEQ unchanged).
   */
  private async _deadlockWatch(): Promise<void> {
    const i32 = this._layout.i32;
    const platform = this._options.platform;
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    let reported = "";
    while (!this._done) {
      const seen = Atomics.load(i32, H.WAITS_SEQ);
      const found = findDeadlock(this._snapshot());
      if (found && found.key !== reported) {
        await sleep(DEADLOCK_CONFIRM_MS);
        if (this._done) return;
        const again = findDeadlock(this._snapshot());
        if (again && again.key === found.key) {
          reported = again.key;
          this._reportDeadlock(again);
        }
        continue;
      }
      await platform.waitAsync(i32, H.WAITS_SEQ, seen);
      if (this._done) return;
      await sleep(DEADLOCK_DEBOUNCE_MS);
    }
  }

  /**
   * What the deadlock watch looks at. While signal.signal() has a handler set for a signal the host passes
   * on (SIGINT, SIGTERM), MainThread's wait is not stuck: Ctrl-C or kill runs the handler there, and
   * programs wait for just that (`stop.wait()`).
   */
  private _snapshot(): Snapshot {
    const snap = takeSnapshot(this._layout, this._threads);
    const i32 = this._layout.i32;
    if (sigDisposition(i32, 2) !== SigDisposition.Handler && sigDisposition(i32, 15) !== SigDisposition.Handler) return snap;
    return { ...snap, threads: snap.threads.map((t) => (t.slot === this._mainSlot ? { ...t, timed: true } : t)) };
  }

  private _reportDeadlock(d: Deadlock): void {
    if (this._done) return;
    const mode = this._options.deadlock ?? "exit";
    const session = this._options.session !== undefined;
    const text = formatDeadlock(d, {
      file: this._options.file,
      source: session ? undefined : this._options.source,
      inputs: session ? (this._options.inputs ?? new Map()) : undefined,
      ending: mode === "exit" ? undefined : "",
    });
    const report: DeadlockReport = {
      text,
      rule: d.rule,
      threads: d.entries.map((e) => ({
        slot: e.thread.slot,
        ident: e.thread.ident,
        name: e.thread.name,
        waitsFor: e.lock ? "lock" : "join",
      })),
    };
    // The output before it first, as it would appear on a terminal.
    this._drain();
    this._deadlocks.emit(report);
    if (mode !== "exit") return;
    this._output.emit(2, text);
    this._finish(DEADLOCK_STATUS);
  }

  /** Output in happens-before order; one write of the program is one call. */
  onOutput(listener: (stream: 1 | 2, text: string) => void): Disposable {
    return this._output.add(listener);
  }

  /** Fires the first time a thread calls input(): the embedder should start feeding sendInput(). */
  onInputWanted(listener: () => void): Disposable {
    return this._inputWanted.add(listener);
  }

  get inputWanted(): boolean {
    return this._inputRequested;
  }

  sendInput(text: string | Uint8Array): void {
    this._stdin.push(text);
  }

  endInput(): void {
    this._stdin.end();
  }

  /** Ctrl-C: KeyboardInterrupt in MainThread (waking it from any wait); a second one stops everything. */
  interrupt(): void {
    if (this._done) return;
    if (++this._interrupts >= 2) this.stop();
    else this._threads.interrupt(this._mainSlot);
  }

  /**
   * The process got `signum` (or a session's Ctrl-C: `session`): what signal.signal() set for it
   * (H.SIG_DISP) decides. At start SIGINT is interrupt() (interruptMain() in a session) and SIGTERM ends
   * the process; a Python handler is a pending signal for MainThread (never counted towards stop(): as
   * CPython's, a program with a handler is not stopped by a second Ctrl-C).
   */
  signal(signum: number, session = false): void {
    if (this._done) return;
    const d = sigDisposition(this._layout.i32, signum);
    if (d === SigDisposition.Ignore) return;
    if (d === SigDisposition.Handler) this._threads.interrupt(this._mainSlot, signalBit(signum));
    else if (d === SigDisposition.Initial && signum === 2) {
      if (session) this.interruptMain();
      else this.interrupt();
    } else this._dieOf(signum);
  }

  /** What signal.signal() set for `signum` (1..31). */
  signalDisposition(signum: number): SigDisposition {
    return sigDisposition(this._layout.i32, signum);
  }

  /** The signal the program died of (its default action), once exited; the CLI re-raises it. */
  killedBy = 0;

  private _dieOf(signum: number): void {
    this.killedBy = signum;
    this._finish(128 + signum);
  }

  /** Sessions: KeyboardInterrupt in MainThread, without counting towards stop() (a REPL survives many). */
  interruptMain(): void {
    if (!this._done) this._threads.interrupt(this._mainSlot);
  }

  /**
   * Sessions, after a deadlock: ends the threads in `slots` for good (MainThread excepted): their workers
   * are terminated, their slots marked finished (so joins of them return and they are no longer listed),
   * their heap slots released. Locks they held stay held, as a thread's death leaves them in CPython.
   */
  stopThreads(slots: readonly number[]): void {
    if (this._done) return;
    const i32 = this._layout.i32;
    for (const slot of slots) {
      if (slot === this._mainSlot || this._threads.state(slot) !== ThreadState.Running) continue;
      const w = this._workers.get(this._threads.runner(slot));
      if (w) {
        w.stopped = true;
        this._workers.delete(w.id);
        w.handle.terminate();
      }
      const { sab, heapOffset, heapBytes } = this._layout;
      Heap.releaseSlot(sab, heapOffset, heapBytes, slot);
      Atomics.store(i32, this._threads.word(slot, T.WAIT_KIND), 0);
      Atomics.store(i32, this._threads.word(slot, T.WAIT_ADDR), 0);
      this._threads.setState(slot, ThreadState.Finished);
    }
    // Threads that waited for them may be stuck now in turn: the watch looks again.
    Atomics.add(i32, H.WAITS_SEQ, 1);
    Atomics.notify(i32, H.WAITS_SEQ);
    this.prewarm(1);
  }

  /**
   * Sessions, after a deadlock: ends MainThread's input with a KeyboardInterrupt that prints no traceback
   * (the report said why; flag value 2, see worker-main.ts).
   */
  stopMain(): void {
    if (this._done) return;
    const i32 = this._layout.i32;
    Atomics.store(i32, this._threads.word(this._mainSlot, T.INTERRUPT), 2);
    const addr = Atomics.load(i32, this._threads.word(this._mainSlot, T.WAIT_ADDR)) - 1;
    if (addr >= 0) {
      Atomics.add(i32, addr, WAKE_INC);
      Atomics.notify(i32, addr);
    }
  }

  /** Starts pool workers until `count` are idle or starting (a session warms them before an input that starts threads). */
  prewarm(count: number): void {
    if (this._done) return;
    while (this._available() + this._starting < count) this._addPoolWorker();
  }

  /** Idle pool workers minus threads queued for one (negative: threads wait for workers to start). */
  private _available(): number {
    return Atomics.load(this._layout.i32, H.POOL_AVAILABLE);
  }

  /** Sessions: a message to MainThread's worker (exec, complete, exit). */
  postToMain(message: ToWorker): void {
    if (!this._done) this._main.post(message);
  }

  /** Sessions: MainThread's replies (result, completions), emitted after the output before them. */
  onSessionMessage(listener: (message: FromWorker) => void): Disposable {
    return this._sessionMessages.add(listener);
  }

  /** Ends every worker at once; exited resolves with `status`. */
  stop(status = STOPPED_STATUS): void {
    this._finish(status);
  }

  /** The live threads and what each one waits for (for a deadlock watch, a timeline or a debugger). */
  threads(): (ThreadInfo & { wait: WaitRecord })[] {
    return this._threads
      .list([ThreadState.Starting, ThreadState.Running])
      .map((t) => ({ ...t, wait: this._threads.waitRecord(t.slot) }));
  }

  /** MainThread's slot. */
  get mainSlot(): number {
    return this._mainSlot;
  }

  /** Number of workers in existence (MainThread's and the pool), and of idle pooled ones. */
  get workerCount(): { total: number; idle: number } {
    return { total: this._workers.size + (this._done ? 0 : 1), idle: this._done ? 0 : Math.max(0, this._available()) };
  }

  private _spawnWorker(init: WorkerInit, pooled?: PooledWorker): WorkerHandle {
    const platform = this._options.platform;
    const handle = platform.createWorker(platform.workerUrl, init);
    handle.onMessage((message) => this._onMessage(message, pooled));
    handle.onError((error) => {
      // Node ends a worker whose JS heap is full: the program's doing (it keeps too much, or shares
      // too many objects: those are never freed, docs/threads.md), not a bug to report.
      if ((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") this._outOfMemory();
      else this._internalError(error.stack ?? String(error));
    });
    handle.onExit(() => {
      if (!this._done && !pooled?.stopped) this._internalError("a worker stopped unexpectedly");
    });
    return handle;
  }

  private _addPoolWorker(): void {
    const worker: PooledWorker = { handle: undefined!, id: this._nextWorkerId++ };
    this._starting++;
    this._workers.set(worker.id, worker);
    worker.handle = this._spawnWorker(
      {
        sab: this._layout.sab,
        role: "thread",
        slot: -1,
        worker: worker.id,
        argv: this._options.argv ?? [this._options.file],
        runner: this._options.runner,
        libraries: this._options.libraries,
      },
      worker,
    );
  }

  private _onMessage(message: FromWorker, worker: PooledWorker | undefined): void {
    if (this._done) return;
    switch (message.t) {
      case "ready":
        if (!worker) return;
        this._starting--;
        // A spawn handled while this worker had counted itself idle but not yet said so found one
        // worker too many: look again.
        this._fillPool();
        return;
      case "spawn":
        this._fillPool();
        return;
      case "thread":
        this._traceThreads.set(message.ident, { name: message.name, slot: message.slot });
        return;
      case "exit":
        if (message.signal !== undefined) this._dieOf(message.signal);
        else this._finish(message.status);
        return;
      case "signal":
        this._dieOf(message.signum);
        return;
      case "fatal":
        this._internalError(message.message);
        return;
      case "result":
      case "completions":
        this._drain();
        this._sessionMessages.emit(message);
        return;
    }
  }

  /**
   * Starts workers for the threads queued without one, plus one spare (a program that starts one thread
   * usually starts another). Every thread queued when no worker was idle comes with a "spawn", and every
   * worker started takes one, so no queued thread is left without a worker on its way.
   * No spare while the pool has just run empty (no thread waits) and either the program has started no
   * more threads than the CLI guessed (ProgramOptions.prewarm): a worker's boot is ~40 ms of CPU, which
   * on 2 cores slowed the threads just started (threads_fib: two threads computing, a third worker
   * booting); or fewer than two threads are alive besides MainThread (threads started and joined one
   * after another): a spare then took every other thread, so two workers warmed up on half the work each
   * (1000 start+join: 0.66 -> 0.51 s with no spare).
   * (Spares that doubled, up to 8, while starts outran the pool were tried again: 100 threads sleeping at
   * once were no faster on 2 cores at load ~15, and up to 8 workers more than needed could boot.)
   */
  private _fillPool(): void {
    const available = this._available();
    if (available === 0 && this._starting === 0 && (this._threadsStarted() <= (this._options.prewarm ?? 0) || this._threads.aliveOthers() < 2))
      return;
    while (this._available() + this._starting < 1) this._addPoolWorker();
  }

  /** Threads started so far, MainThread excepted (idents are handed out in order from 1). */
  private _threadsStarted(): number {
    return Atomics.load(this._layout.i32, H.NEXT_IDENT) - 2;
  }

  private _outOfMemory(): void {
    if (this._done) return;
    this._drain();
    this._output.emit(2, `MemoryError: ${OUT_OF_MEMORY}\n`);
    this._finish(1); // as CPython's status for an uncaught MemoryError
  }

  private _internalError(message: string): void {
    if (this._done) return;
    this._drain();
    this._output.emit(2, `pyt: internal error: ${message}\n${REPORT_HINT}`);
    this._finish(INTERNAL_ERROR_STATUS);
  }

  private _finish(status: number): void {
    if (this._done) return;
    this._drain();
    this._done = true;
    this._endTime = this._options.platform.timeOrigin + this._options.platform.now() - this._layout.timeBase;
    if (this._traceTimer !== undefined) clearInterval(this._traceTimer);
    this._trace?.drain();
    this._main.terminate();
    for (const w of this._workers.values()) w.handle.terminate();
    this._workers.clear();
    this._drain();
    // Release the pending waitAsync calls so nothing keeps the host's event loop alive.
    const i32 = this._layout.i32;
    for (const index of [this._reader.commitSeqIndex, this._stdin.wantSeqIndex, H.WAITS_SEQ]) {
      Atomics.add(i32, index, 1);
      Atomics.notify(i32, index);
    }
    this._resolveExit(status);
  }

  private _drain(): void {
    this._reader.drain((chunk: OutputChunk) => this._output.emit(chunk.stream, chunk.text));
  }

  private async _drainLoop(): Promise<void> {
    const i32 = this._layout.i32;
    const index = this._reader.commitSeqIndex;
    while (!this._done) {
      const seen = Atomics.load(i32, index);
      this._drain();
      await this._options.platform.waitAsync(i32, index, seen);
    }
  }

  private async _stdinLoop(): Promise<void> {
    const i32 = this._layout.i32;
    const index = this._stdin.wantSeqIndex;
    let seen = Atomics.load(i32, index);
    while (!this._done) {
      await this._options.platform.waitAsync(i32, index, seen);
      if (this._done) return;
      seen = Atomics.load(i32, index);
      if (!this._inputRequested) {
        this._inputRequested = true;
        this._inputWanted.emit();
      }
      this._stdin.pump();
    }
  }
}
