// The interpreter's entry for pooled thread workers (runtime/thread-runner.ts): the core, the builtins
// and the shared-object layer, but not the parser — a thread runs code MainThread already parsed
// (functions travel as code refs to their module's AST, compiled here once per module).
import type { Host } from "./host.js";
import "./install.js";
import "./builtins/index.js";
// The library modules written in Python, for a thread that is the first to import one (`import os` in
// a thread's function): registering them costs nothing until then, and their ASTs come from the
// build's pre-parsed files (the parser stays out). The module then goes into the shared sys.modules.
import "./modules/pylib.js";
import { runThreadEntry } from "./shared/index.js";

export { prewarmSteps } from "./shared/prewarm.js";
export { compileModuleBlob } from "./shared/codes.js";

export function runThread(host: Host, entry: number): void {
  runThreadEntry(host, entry);
}
