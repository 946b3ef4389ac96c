// The Node platform: worker_threads workers (with a big stack, so deep Python recursion fits), the
// performance clock, Atomics.waitAsync.
import { type ResourceLimits, Worker } from "node:worker_threads";
import { atomicsWaitAsync, type FromWorker, type Platform, type WorkerHandle, type WorkerInit } from "../platform.js";
import { adoptEarlyMain } from "./early.js";
import { STACK_SIZE_MB, WORKER_OPTIONS } from "./worker-options.js";

export { STACK_SIZE_MB };

/** The Node platform, each worker with these V8 limits besides the stack (tests: a small heap). */
export function createNodePlatform(limits: Omit<ResourceLimits, "stackSizeMb"> = {}): Platform {
  return {
    ...nodePlatform,
    createWorker: (url, init) => createWorker(url, init, limits),
  };
}

function createWorker(url: string, init: WorkerInit, limits: Omit<ResourceLimits, "stackSizeMb">): WorkerHandle {
  // MainThread's worker may be booting already (early.ts), made with the same options (no limits of a test's).
  const early = init.role === "main" && Object.keys(limits).length === 0 ? adoptEarlyMain(url) : undefined;
  early?.postMessage({ t: "init", init });
  const worker =
    early ?? new Worker(new URL(url), { ...WORKER_OPTIONS, workerData: init, resourceLimits: { ...limits, ...WORKER_OPTIONS.resourceLimits } });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on("message", (m: FromWorker) => listener(m)),
    onError: (listener) => worker.on("error", listener),
    onExit: (listener) => worker.on("exit", () => listener()),
    terminate: () => void worker.terminate(),
  };
}

export const nodePlatform: Platform = {
  workerUrl: new URL("./worker.js", import.meta.url).href,
  createWorker: (url, init) => createWorker(url, init, {}),
  now: () => performance.now(),
  timeOrigin: performance.timeOrigin,
  waitAsync: atomicsWaitAsync,
  // 1 GiB: objects a program shares are never freed (docs/threads.md), and 256 MiB held only ~1.4 M small
  // shared dicts. Pages are touched only as the heap grows into them; a trace's rings come on top.
  bufferBytes: 1024 * 1024 * 1024,
};
