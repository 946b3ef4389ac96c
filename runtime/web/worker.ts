// Worker entry in a browser: the first message carries the WorkerInit, later ones are ToWorker messages.
import type { FromWorker, ToWorker, WorkerInit } from "../platform.js";
import { workerMain } from "../worker-main.js";
import { loadPreparsed } from "../../grammar/preparsed.js";

// The DOM lib types `self` as a Window; in a worker it is the worker scope (this subset of it).
declare const self: { onmessage: ((e: MessageEvent) => void) | null; postMessage(message: unknown): void };

let resolveInit!: (init: WorkerInit) => void;
const init = new Promise<WorkerInit>((resolve) => (resolveInit = resolve));
const listeners: ((message: ToWorker) => void)[] = [];
const queued: ToWorker[] = [];
let first = true;
self.onmessage = (e: MessageEvent) => {
  if (first) {
    first = false;
    resolveInit(e.data as WorkerInit);
    return;
  }
  if (listeners.length === 0) queued.push(e.data as ToWorker);
  for (const l of listeners) l(e.data as ToWorker);
};
void workerMain({
  // The library modules' ASTs come in chunks of their own (tools/bundle.mjs): loaded with the init message.
  init: Promise.all([init, loadPreparsed()]).then(([i]) => i),
  post: (message: FromWorker) => self.postMessage(message),
  onMessage: (listener) => {
    listeners.push(listener);
    for (const m of queued.splice(0)) listener(m);
  },
});
