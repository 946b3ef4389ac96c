// runtime/'s public surface, for cli/, repl/ and web/: start a program on a platform, get its output,
// feed its input, interrupt or stop it; or start an interactive session (the REPL's runtime).
import { Program, type ProgramOptions } from "./program.js";
import { Session, type SessionOptions } from "./session.js";

export { Program, STOPPED_STATUS, INTERNAL_ERROR_STATUS, DEADLOCK_STATUS } from "./program.js";
export type { ProgramOptions, Disposable, DeadlockReport, TraceData } from "./program.js";
// Deadlock detection (the Program runs it; exported for tools and tests) and the trace's renderings.
export { findDeadlock, formatDeadlock, lockName } from "./deadlock.js";
export type { Deadlock, Snapshot, ThreadSnapshot, LockSnapshot } from "./deadlock.js";
export { buildModel, toChromeTrace, writeChromeTrace } from "./trace.js";
export type { TraceModel, Span, Instant, Flow } from "./trace.js";
export { renderTimeline } from "./timeline.js";
export type { TimelineOptions } from "./timeline.js";
export type { TraceEvent } from "./trace-ring.js";
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
