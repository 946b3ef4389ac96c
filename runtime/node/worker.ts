// Worker entry on Node: connects worker-main.ts to worker_threads' parentPort and workerData.
import { parentPort, workerData } from "node:worker_threads";
import type { FromWorker, ToWorker, WorkerInit } from "../platform.js";
import { workerMain } from "../worker-main.js";

const port = parentPort!;
void workerMain({
  init: workerData as WorkerInit,
  post: (message: FromWorker) => port.postMessage(message),
  onMessage: (listener: (message: ToWorker) => void) => port.on("message", listener),
});
