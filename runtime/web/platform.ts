// The browser platform: module Web Workers (the page must be cross-origin isolated for
// SharedArrayBuffer), performance clock, Atomics.waitAsync (with a helper-worker fallback for engines
// that lack it, see wait-async.ts). The page's main thread never blocks and never runs Python.
// Browsers cannot set a worker's stack size, so deep recursion hits RecursionError sooner than on Node.
import type { FromWorker, Platform, WorkerHandle, WorkerInit } from "../platform.js";
import { pickWaitAsync } from "./wait-async.js";

export interface WebPlatformOptions {
  /** URL of the worker entry (default: worker.js next to this module, as the browser bundle lays it out). */
  workerUrl?: string | URL;
  /** "helper" forces the helper-worker waitAsync (tests), "native" insists on Atomics.waitAsync. */
  waitAsync?: "native" | "helper";
}

/** Why this page cannot run pyt, or undefined when it can. */
export function webSupportProblem(): string | undefined {
  if (typeof SharedArrayBuffer !== "function" || (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === false)
    return (
      "pyt needs SharedArrayBuffer: serve the page with the headers " +
      "'Cross-Origin-Opener-Policy: same-origin' and 'Cross-Origin-Embedder-Policy: require-corp'"
    );
  if (typeof Worker !== "function") return "pyt needs Web Workers";
  return undefined;
}

export function createWebPlatform(options: WebPlatformOptions = {}): Platform {
  return {
    workerUrl: String(options.workerUrl ?? new URL("./worker.js", import.meta.url)),
    createWorker(url: string, init: WorkerInit): WorkerHandle {
      const worker = new Worker(url, { type: "module", name: init.role === "main" ? "pyt MainThread" : "pyt thread" });
      worker.postMessage(init); // a Web Worker has no workerData: its first message is the init
      const exitListeners: (() => void)[] = [];
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        worker.terminate();
        for (const l of exitListeners) l();
      };
      return {
        post: (message) => worker.postMessage(message),
        onMessage: (listener) => worker.addEventListener("message", (e: MessageEvent<FromWorker>) => listener(e.data)),
        onError: (listener) => {
          // A module that fails to load or evaluate fires a plain Event (no message, no error object).
          worker.addEventListener("error", (e: Event) => {
            const ev = e as ErrorEvent;
            e.preventDefault();
            listener(
              ev.error instanceof Error
                ? ev.error
                : new Error(ev.message ? `${ev.message} (${ev.filename}:${ev.lineno})` : `the worker ${url} failed to load`),
            );
          });
          worker.addEventListener("messageerror", () => listener(new Error("a worker message could not be deserialized")));
        },
        // Web Workers report no exit: terminate() is the only way one stops, so report it from there.
        onExit: (listener) => exitListeners.push(listener),
        terminate: end,
      };
    },
    now: () => performance.now(),
    timeOrigin: performance.timeOrigin,
    waitAsync: pickWaitAsync(options.waitAsync),
  };
}

/** The browser platform with its defaults. */
export const webPlatform: Platform = createWebPlatform();
