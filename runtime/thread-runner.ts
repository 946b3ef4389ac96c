// The default Runner for pooled thread workers: they run code that MainThread already parsed, so they
// must not load the parser: interpreter/thread-entry.ts is the interpreter's parser-free thread entry.
import { runThread as runThreadEntry, prewarmSteps, compileModuleBlob } from "../interpreter/thread-entry.js";
import type { Host } from "../interpreter/host.js";

export function runMain(): number {
  throw new Error("a thread worker cannot run a main module");
}

export function runThread(host: Host, entry: number): void {
  runThreadEntry(host, entry);
}

/** The Python line this worker's thread is executing (deadlock reports, traces). */
export { currentInput, currentLine } from "../interpreter/state.js";

/** Idle before its first thread: compile threading and the program's library modules (interpreter/shared/prewarm.ts). */
export function prewarm(libraries?: readonly string[]): Promise<(() => void)[]> {
  return prewarmSteps(libraries);
}

export { compileModuleBlob };
