// The default Runner for MainThread: the interpreter, parser included (only MainThread parses source).
// A separate module so worker-main.ts loads it by dynamic import, and tests can inject their own runner.
import { Interpreter } from "../interpreter/index.js";
import type { Host } from "../interpreter/host.js";

export function runMain(host: Host, source: string, file: string): number {
  return new Interpreter(host).runMain(source, file);
}

export { runThread } from "./thread-runner.js";
