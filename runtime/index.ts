// runtime/'s public surface, for cli/, repl/ and web/: start a program on a platform, get its output,
// feed its input, interrupt or stop it. (A REPL session API will sit next to startProgram.)
import { Program, type ProgramOptions } from "./program.js";

export { Program, STOPPED_STATUS, INTERNAL_ERROR_STATUS } from "./program.js";
export type { ProgramOptions, Disposable } from "./program.js";
export type { Platform, WorkerHandle, WorkerEndpoint, WorkerInit } from "./platform.js";
export type { ThreadInfo, WaitRecord } from "./thread-table.js";
export { WaitKind, ThreadState } from "./layout.js";
export type { LayoutOptions } from "./layout.js";

/**
 * Starts `source` as __main__ in a new MainThread worker and returns at once. Attach onOutput before
 * yielding to the event loop to see every byte. `exited` resolves with the exit status.
 */
export function startProgram(options: ProgramOptions): Program {
  return new Program(options);
}
