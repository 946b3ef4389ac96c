// The default Runner for pooled thread workers: they run code that MainThread already parsed, so they
// must not load the parser. Today the interpreter has one entry module (which may import grammar/);
// when it offers a parser-free thread entry, import that here and nothing else changes.
import { Interpreter } from "../interpreter/index.js";
import type { Host } from "../interpreter/host.js";

export function runMain(): number {
  throw new Error("a thread worker cannot run a main module");
}

export function runThread(host: Host, entry: number): void {
  const interp = new Interpreter(host) as unknown as { runThread?: (entry: number) => void };
  if (typeof interp.runThread !== "function") {
    throw new Error("this interpreter cannot run threads yet (no Interpreter.runThread)");
  }
  interp.runThread(entry);
}
