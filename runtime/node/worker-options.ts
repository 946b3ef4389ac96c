// The options every worker of the Node platform is made with (platform.ts; early.ts, which makes
// MainThread's before the host's bundle is loaded).
import type { WorkerOptions } from "node:worker_threads";

/** Stack size for every worker: Python's default recursion limit (1000) needs far less; deep lessons fit. */
export const STACK_SIZE_MB = 64;

export const WORKER_OPTIONS = {
  resourceLimits: { stackSizeMb: STACK_SIZE_MB },
  stdout: false,
  stderr: false,
  // No worker reads process.stdin (input() goes through the shared buffer). Without a stdin of its
  // own, Node's worker bootstrap ends process.stdin (`process.stdin.push(null)`), which first creates
  // that stream in every worker (~1.5 ms of its start, profiled); with one, nothing touches it.
  stdin: true,
} satisfies WorkerOptions;
