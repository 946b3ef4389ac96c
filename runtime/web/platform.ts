// The browser platform: module Web Workers (the page must be cross-origin isolated for
// SharedArrayBuffer), performance clock, Atomics.waitAsync (Chromium; other engines need a fallback).
// Browsers cannot set a worker's stack size, so deep recursion hits RecursionError sooner than on Node.
import { atomicsWaitAsync, type FromWorker, type Platform, type WorkerHandle, type WorkerInit } from "../platform.js";

export const webPlatform: Platform = {
  workerUrl: new URL("./worker.js", import.meta.url).href,
  createWorker(url: string, init: WorkerInit): WorkerHandle {
    const worker = new Worker(url, { type: "module" });
    worker.postMessage(init); // a Web Worker has no workerData: its first message is the init
    const exitListeners: (() => void)[] = [];
    return {
      post: (message) => worker.postMessage(message),
      onMessage: (listener) => worker.addEventListener("message", (e: MessageEvent<FromWorker>) => listener(e.data)),
      onError: (listener) =>
        worker.addEventListener("error", (e: ErrorEvent) => listener(e.error instanceof Error ? e.error : new Error(e.message))),
      // Web Workers report no exit: terminate() is the only way one stops, so report it from there.
      onExit: (listener) => exitListeners.push(listener),
      terminate: () => {
        worker.terminate();
        for (const l of exitListeners) l();
      },
    };
  },
  now: () => performance.now(),
  timeOrigin: performance.timeOrigin,
  waitAsync: atomicsWaitAsync,
};
