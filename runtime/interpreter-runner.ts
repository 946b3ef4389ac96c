// The default Runner for MainThread: the interpreter, parser included (only MainThread parses source).
// A separate module so worker-main.ts loads it by dynamic import, and tests can inject their own runner.
import { Interpreter } from "../interpreter/index.js";
import { InteractiveSession } from "../interpreter/interactive.js";
import { precompileSteps } from "../interpreter/modules/threading.js";
import { precompileLibrarySteps } from "../interpreter/modules/pylib.js";
import { preimportSteps } from "../interpreter/preimport.js";
export { runAtexitCallbacks as atExit, runSignalsAtExit as runSignals } from "../interpreter/at-exit.js";
import type { Host } from "../interpreter/host.js";
import type { Module } from "../grammar/ast.js";
import type { SessionRunner } from "./worker-main.js";

export function runMain(host: Host, source: string, file: string, ast?: unknown): number {
  return new Interpreter(host).runMain(source, file, ast as Module | undefined);
}

/** MainThread waiting for the prewarmed pool, the host's AST in hand: the threading modules it imports. */
export function preimport(host: Host, ast: unknown): (() => void)[] {
  return preimportSteps(host, ast as Module);
}

/** An interactive session (the REPL): one __main__ whose globals live across inputs. */
export function createSession(host: Host): SessionRunner {
  return new InteractiveSession(host);
}

export { runThread } from "./thread-runner.js";

/**
 * MainThread of a program that mentions threads, while the host parses it and while it waits for the
 * prewarmed pool: compile threading and the library modules the program imports.
 */
export async function prewarm(libraries: readonly string[] = []): Promise<(() => void)[]> {
  return [...precompileSteps(), ...precompileLibrarySteps(libraries)];
}

/** The Python line this worker's thread is executing (deadlock reports, traces). */
export { currentInput, currentLine } from "../interpreter/state.js";
