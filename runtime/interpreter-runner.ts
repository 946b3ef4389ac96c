// The default Runner: the interpreter. A separate module so worker-main.ts can load it by dynamic import
// (tests inject their own runner instead, and never load the interpreter).
import { Interpreter } from "../interpreter/index.js";
import type { Host } from "../interpreter/host.js";

export function runMain(host: Host, source: string, file: string): number {
  return new Interpreter(host).runMain(source, file);
}

export function runThread(host: Host, entry: number): void {
  const interp = new Interpreter(host) as unknown as { runThread?: (entry: number) => void };
  if (typeof interp.runThread !== "function") throw new Error("this interpreter cannot run threads yet (no Interpreter.runThread)");
  interp.runThread(entry);
}
