// What the runtime needs from Node or the browser: workers, a clock, and Atomics.waitAsync for the host's
// drain loop. runtime/node/ and runtime/web/ implement it; the core never touches worker_threads or DOM.

/** Data every worker starts with. Only the MainThread worker gets the program source. */
export interface WorkerInit {
  sab: SharedArrayBuffer;
  /** "main": run `source` as __main__ in slot `slot`; "thread": a pool worker (see ThreadTable.queue). */
  role: "main" | "thread";
  slot: number;
  /** Role "thread": the worker's id in the pool (ThreadTable.take records which worker runs a thread). */
  worker?: number;
  source?: string;
  file?: string;
  argv: string[];
  /** URL of a module exporting runMain/runThread (see worker-main.ts Runner); default: the interpreter. */
  runner?: string;
  /**
   * An interactive session instead of a program (role "main" only): "script" runs `source` first (pyt -i),
   * then MainThread keeps its globals and runs each {t:"exec"} input until {t:"exit"} or SystemExit.
   */
  session?: "bare" | "script";
  /**
   * Role "main": the host parses `source` while this worker starts and sends the AST ({t:"ast"}); the
   * worker waits for it before running (a null AST, e.g. a syntax error: the worker parses and reports).
   */
  astPending?: boolean;
  /**
   * Role "main" of a program: run only once this many pool workers are idle (ProgramOptions.prewarm).
   * The threads a program starts first then begin at once, as in CPython, however long workers take to
   * boot on a busy machine (lessons time their threads against sleep(0.1)).
   */
  waitPool?: number;
  /**
   * Library modules the program imports (ProgramOptions.libraries), which an idle pool worker compiles
   * before its first thread, as it does threading, and MainThread before the program imports them.
   */
  libraries?: string[];
}

/** Messages from the host to a worker. */
export type ToWorker =
  // An early worker's WorkerInit (runtime/node/early.ts): the first message it gets.
  | { t: "init"; init: WorkerInit }
  // MainThread's module, parsed by the host (WorkerInit.astPending); null: parse `source` yourself.
  | { t: "ast"; ast: unknown }
  // Interactive sessions (to the MainThread worker): one input, a completion request, leave.
  // `signal`: the input is a signal's handler, run at the prompt (Session.runHandler)
  | { t: "exec"; id: number; source: string; signal?: number }
  | { t: "complete"; id: number; text: string }
  // Threads the host stopped (a deadlock): threading forgets them.
  | { t: "forget"; idents: number[] }
  | { t: "exit" };

/** Messages from a worker to the host. */
export type FromWorker =
  // A pool worker is idle for the first time (it counted itself in H.POOL_AVAILABLE first).
  | { t: "ready" }
  // A thread was queued and the pool has no spare left: start workers.
  | { t: "spawn" }
  // Tracing only: a thread was started (its name for the trace, before its slot can be reused).
  | { t: "thread"; ident: number; name: string; slot: number }
  // `signal`: then the process dies of it (MainThread's uncaught KeyboardInterrupt: SIGINT).
  | { t: "exit"; status: number; signal?: number }
  // signal.raise_signal() of a signal whose default action ends the process.
  | { t: "signal"; signum: number }
  | { t: "fatal"; message: string }
  // Interactive sessions: an input (id 0: the -i script) has finished; its output is in the channel.
  | { t: "result"; id: number; error: boolean }
  | { t: "completions"; id: number; items: string[] };

/** The host's handle on one worker. */
export interface WorkerHandle {
  post(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  /** An uncaught error in the worker (it is then dead or dying). */
  onError(listener: (error: Error) => void): void;
  /** The worker stopped, for whatever reason. */
  onExit(listener: () => void): void;
  terminate(): void;
}

/** The worker's side of its connection to the host. */
export interface WorkerEndpoint {
  /** The initial data (a promise where the platform delivers it by message, as Web Workers do). */
  init: WorkerInit | Promise<WorkerInit>;
  /** Made ahead as a program's MainThread, before its init was known (runtime/node/early.ts). */
  early?: boolean;
  post(message: FromWorker): void;
  onMessage(listener: (message: ToWorker) => void): void;
  /**
   * The worker's start-up code has run (a pool worker after its first thread, MainThread at the
   * program's end): a platform may cache the compiled code now (runtime/node: V8's code cache, see
   * bundle.mjs).
   */
  codeReady?(): void;
  /** Imports a module by URL (WorkerInit.runner) where the worker's own code cannot (default: import()). */
  importModule?(url: string): Promise<unknown>;
  /** Bytes of this worker's JS heap in use after a full garbage collection, where the platform can force one. */
  heapUsed?(): number;
  /** CPU seconds of the process (thread false) or of this worker's own thread, where the platform tells (Host.cpuTime). */
  cpuTime?(thread: boolean): number | null;
  /**
   * A full garbage collection now, where the platform can force one: a pool worker drops its start-up's
   * garbage when one of its threads first sleeps for long (worker-main.ts), which it would otherwise
   * keep (a sleeping or idle worker rarely collects).
   */
  compact?(): void;
}

export interface Platform {
  /** URL of the platform's worker entry module (runtime/<platform>/worker.js). */
  readonly workerUrl: string;
  createWorker(url: string, init: WorkerInit): WorkerHandle;
  /** Monotonic milliseconds. */
  now(): number;
  /** Milliseconds since the epoch matching now() (performance.timeOrigin). */
  readonly timeOrigin: number;
  /** Resolves once i32[index] !== value (or it was notified). */
  waitAsync(i32: Int32Array, index: number, value: number): Promise<void>;
  /**
   * The shared buffer's size when the program does not say (LayoutOptions.bytes; default 256 MiB). Its
   * untouched pages cost no memory, but a browser may refuse a large buffer outright.
   */
  readonly bufferBytes?: number;
}

/** A Platform.waitAsync built on Atomics.waitAsync, for platforms that have it (Node 20, Chromium). */
export function atomicsWaitAsync(i32: Int32Array, index: number, value: number): Promise<void> {
  const r = Atomics.waitAsync(i32, index, value);
  return r.async ? r.value.then(() => undefined) : Promise.resolve();
}
