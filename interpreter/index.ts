// The interpreter's public surface: run a module as __main__ on a Host.
// (Stub: the interpreter core replaces the body; the signature is the contract runtime/ builds on.)
import type { Host } from "./host.js";
export type { Host, ThreadHost } from "./host.js";

export class Interpreter {
  constructor(private readonly _host: Host) {}

  /**
   * Runs `source` as the module __main__ of file `file` (the path as given on the command line, used in
   * tracebacks). Uncaught exceptions are printed to stderr as CPython does. Returns the exit status:
   * 0, 1 after an uncaught exception, or SystemExit's code.
   */
  runMain(source: string, file: string): number {
    this._host.write(2, `pyt: the interpreter is not built yet (${file}, ${source.length} chars)\n`);
    return 1;
  }
}
