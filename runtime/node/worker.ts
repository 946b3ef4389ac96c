// Worker entry on Node: connects worker-main.ts to worker_threads' parentPort and workerData.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { FromWorker, ToWorker, WorkerInit } from "../platform.js";
import { workerMain } from "../worker-main.js";

const port = parentPort!;
// os.cpu_count() reads navigator.hardwareConcurrency (interpreter/modules/_pytsupport.ts), as in a
// browser; Node gives workers a navigator only from version 21 on. node:os is required on first use
// only: a worker does not load it otherwise. (Unbundled, an ES module without require: the fallback.)
// The online CPUs, as CPython's cpu_count (sysconf), which ignores this process's CPU affinity, as
// availableParallelism does not; that one only where cpus() knows none.
(globalThis as { navigator?: object }).navigator ??= {
  get hardwareConcurrency(): number | undefined {
    if (typeof require !== "function") return undefined;
    const os = require("node:os") as typeof import("node:os");
    return os.cpus().length || os.availableParallelism?.();
  },
};
// An early worker (early.ts) gets its WorkerInit as its first message; any message that comes before
// workerMain listens is kept for it.
const early = (workerData as { early?: boolean }).early === true;
let takeInit: ((init: WorkerInit) => void) | null = null;
const listeners: ((message: ToWorker) => void)[] = [];
const queued: ToWorker[] = [];
port.on("message", (message: ToWorker) => {
  if (message.t === "init" && takeInit !== null) {
    takeInit(message.init);
    takeInit = null;
  } else if (listeners.length === 0) queued.push(message);
  else for (const l of listeners) l(message);
});
void workerMain({
  init: early ? new Promise<WorkerInit>((resolve) => (takeInit = resolve)) : (workerData as WorkerInit),
  early,
  post: (message: FromWorker) => port.postMessage(message),
  onMessage: (listener: (message: ToWorker) => void) => {
    listeners.push(listener);
    for (const m of queued.splice(0)) listener(m);
  },
  cpuTime,
  // In dist/bundle this file is CommonJS, run by load-cached.js (tools/bundle.mjs) from V8's code cache:
  // the cache is written here if there is none yet, and import() of a test's runner goes through the
  // loader (code compiled by vm.Script has no module loader of its own). Unbundled (an ES module, no
  // require) neither applies.
  ...(typeof require === "function" ? bundled(require("./load-cached.js") as Loader) : {}),
});

interface Loader {
  saveCaches(): void;
  importModule(url: string): Promise<unknown>;
}

function bundled(loader: Loader) {
  return {
    codeReady: () => loader.saveCaches(),
    importModule: (url: string) => loader.importModule(url),
    heapUsed: () => heapUsed(require),
    compact: () => fullCollection(require),
  };
}

let collect: (() => void) | undefined;

/**
 * A full collection, for a pool worker's one compaction (worker-main.ts), by V8's %CollectGarbage:
 * V8's flags are the process's, so --allow-natives-syntax is on only while the call is compiled and
 * made. --expose-gc, set for good by the host before its first pool worker as it was, changed V8's flag
 * hash: Node's code cache for its own internal modules, and pyt's for its bundles, no longer matched,
 * and the host and every later worker compiled them from scratch (the host's bundle at every start of a
 * program with threads). gc() in a new context, with the flag on meanwhile, cost each worker the
 * context (100 sleeping threads: 911 -> 965 MB peak RSS). Another worker that turns the flag off first
 * makes the compile fail: no compaction then, which only costs memory.
 */
function fullCollection(load: NodeJS.Require): void {
  const v8 = load("node:v8") as typeof import("node:v8");
  v8.setFlagsFromString("--allow-natives-syntax");
  try {
    new Function("%CollectGarbage(0)")();
  } catch {
    // the flag was off (see above)
  } finally {
    v8.setFlagsFromString("--no-allow-natives-syntax");
  }
}

/**
 * The JS heap in use after a full collection, by V8's gc(). node:v8 is
 * required here, not imported: no worker pays for loading it unless a test asks.
 */
function heapUsed(load: NodeJS.Require): number {
  const v8 = load("node:v8") as typeof import("node:v8");
  // gc() in a context of its own (tests only: measuring several workers at once). V8's flags are the
  // process's: the flag stays set, since turning it off again could catch another worker between its
  // two calls (its new context would have no gc), unlike a compaction, which may just be skipped.
  collect ??= (globalThis as { gc?: () => void }).gc;
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = (load("node:vm") as typeof import("node:vm")).runInNewContext("gc") as () => void;
  }
  collect();
  return v8.getHeapStatistics().used_heap_size;
}

/**
 * The process's CPU time (every thread's), or this worker's thread's: Linux's /proc/thread-self, whose
 * schedstat starts with the nanoseconds the thread has run; elsewhere none (time.thread_time() then
 * gives the process's).
 */
function cpuTime(thread: boolean): number | null {
  if (!thread) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
  try {
    const text = readFileSync("/proc/thread-self/schedstat", "latin1");
    return Number(text.slice(0, text.indexOf(" "))) / 1e9;
  } catch {
    return null;
  }
}
