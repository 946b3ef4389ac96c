// The Node platform: worker_threads workers (with a big stack, so deep Python recursion fits), the
// performance clock, Atomics.waitAsync.
import { type ResourceLimits, Worker } from "node:worker_threads";
import { atomicsWaitAsync, type FromWorker, type Platform, type WorkerHandle, type WorkerInit } from "../platform.js";

/** Stack size for every worker: Python's default recursion limit (1000) needs far less; deep lessons fit. */
export const STACK_SIZE_MB = 64;

/** The Node platform, each worker with these V8 limits besides the stack (tests: a small heap). */
export function createNodePlatform(limits: Omit<ResourceLimits, "stackSizeMb"> = {}): Platform {
  return {
    ...nodePlatform,
    createWorker: (url, init) => createWorker(url, init, limits),
  };
}

function createWorker(url: string, init: WorkerInit, limits: Omit<ResourceLimits, "stackSizeMb">): WorkerHandle {
  const worker = new Worker(new URL(url), {
    workerData: init,
    resourceLimits: { ...limits, stackSizeMb: STACK_SIZE_MB },
    stdout: false,
    stderr: false,
    // No worker reads process.stdin (input() goes through the shared buffer). Without a stdin of its
    // own, Node's worker bootstrap ends process.stdin (`process.stdin.push(null)`), which first creates
    // that stream in every worker (~1.5 ms of its start, profiled); with one, nothing touches it.
    stdin: true,
  });
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
