// What an idle pool worker does before its first thread, one short step at a time (the runtime checks
// for a queued thread between steps): compile the threading module from its pre-parsed AST, so that a
// start's code refs into it find it compiled (codes.ts precompileSteps), then the library modules the
// program imports and those they import (WorkerInit.libraries: a thread that first touched a Queue
// compiled queue's 118 KB AST). (Running a small training program here to warm V8's feedback for the
// interpreter's closures was tried: a thread's first fib(25) took as long, the hot part being the
// shared-heap paths no thread-less code can run.)
import { THREADING_FILE, THREADING_SOURCE } from "../modules/threading-source.js";
import { precompileSteps, registerOwnModule, setLibraryParser } from "./codes.js";
import { librarySource, topLevelImports } from "../modules/pylib.js";
import type { Module } from "../../grammar/ast.js";

/** threading's functions that every Thread.start() runs in the new thread. */
const THREADING_HOT = new Set(["_bootstrap", "run", "current_thread", "_invoke_excepthook"]);

/**
 * Loads the grammar's entry (in a thread worker its pre-parsed ASTs answer without loading the parser),
 * by which this worker makes threading's AST itself (codes.ts ownModules: the module blob MainThread
 * publishes carries none), and returns the steps. Must have resolved before the worker runs a thread.
 */
export async function prewarmSteps(libraries: readonly string[] = []): Promise<(() => void)[]> {
  // Imported here, not statically: a thread worker's code never parses, and on the web this is a chunk.
  const { parse } = await import("../../grammar/index.js");
  registerOwnModule(THREADING_FILE, THREADING_SOURCE, () => parse(THREADING_SOURCE, THREADING_FILE));
  setLibraryParser(parse);
  const steps = precompileSteps(THREADING_FILE, THREADING_HOT);
  const files = new Set<string>();
  // Each library module, then those it imports itself (queue's _queue, concurrent.futures' thread module),
  // found in its AST when its turn comes: a step may add steps.
  const add = (name: string): void => {
    const lib = librarySource(name);
    if (lib === undefined || files.has(lib.file)) return;
    files.add(lib.file);
    let ast: Module | undefined;
    const parsed = () => (ast ??= parse(lib.source, lib.file) as Module);
    registerOwnModule(lib.file, lib.source, parsed);
    steps.push(() => {
      for (const imported of topLevelImports(parsed())) add(imported);
    });
    steps.push(...precompileSteps(lib.file, NO_HOT));
  };
  for (const name of libraries) add(name);
  return steps;
}

const NO_HOT: ReadonlySet<string> = new Set();
