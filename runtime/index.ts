// runtime/'s public surface, for cli/, repl/ and web/: start a program on a platform, get its output,
// feed its input, interrupt or stop it; or start an interactive session (the REPL's runtime).
import { Program, type ProgramOptions } from "./program.js";
import { Session, type SessionOptions } from "./session.js";

export { Program, STOPPED_STATUS, INTERNAL_ERROR_STATUS } from "./program.js";
export type { ProgramOptions, Disposable } from "./program.js";
export type { Platform, WorkerHandle, WorkerEndpoint, WorkerInit } from "./platform.js";
export type { ThreadInfo, WaitRecord } from "./thread-table.js";
export { WaitKind, ThreadState } from "./layout.js";
export type { LayoutOptions } from "./layout.js";
export { Session } from "./session.js";
export type { SessionOptions, InputOutcome } from "./session.js";

/**
 * Starts `source` as __main__ in a new MainThread worker and returns at once. Attach onOutput before
 * yielding to the event loop to see every byte. `exited` resolves with the exit status.
 */
export function startProgram(options: ProgramOptions): Program {
  return new Program(options);
}

/**
 * Starts an interactive session: a MainThread worker that keeps its globals between inputs (after running
 * `options.script`, if given). Send inputs with run(); attach onOutput before yielding to the event loop.
 */
export function startSession(options: SessionOptions): Session {
  return new Session(options);
}
