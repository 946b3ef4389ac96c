// MainThread's worker, made by the `pyt` launcher (bin/pyt.js) before it loads the host's bundle: Node's
// boot of a worker (~25 ms) then overlaps the host's own start (loading its bundle, reading the program,
// making the shared buffer: ~7 ms that came first). The Node platform adopts it for the first MainThread
// it makes (platform.ts) and sends it its WorkerInit by message (worker.ts waits for it).
import { Worker } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { WORKER_OPTIONS } from "./worker-options.js";

// A global, not a module variable: the launcher loads this file alone, the host's bundle its own copy.
const KEY = Symbol.for("pyt.earlyMainWorker");

interface Early {
  worker: Worker;
  url: string;
}

/** Starts MainThread's worker from `workerFile` (it waits for its WorkerInit). */
export function startEarlyMain(workerFile: string): void {
  const worker = new Worker(workerFile, { ...WORKER_OPTIONS, workerData: { role: "main", early: true } });
  // Until adopted it keeps nothing alive: `pyt --version` or a bad command line ends as before.
  worker.unref();
  (globalThis as Record<symbol, Early | undefined>)[KEY] = { worker, url: pathToFileURL(workerFile).href };
}

/** The early worker, if one was started from `url` and not taken yet. */
export function adoptEarlyMain(url: string): Worker | undefined {
  const g = globalThis as Record<symbol, Early | undefined>;
  const early = g[KEY];
  if (early === undefined || early.url !== url) return undefined;
  g[KEY] = undefined;
  early.worker.ref();
  return early.worker;
}
