// Attaching source positions to exceptions cheaply: the innermost expression that raised records
// its node in `exc.loc` (only if no node of this frame did yet); the frame turns it into a traceback
// entry when the exception leaves it (unwind) or is caught by an except clause (materialize).
import type { Loc } from "../../grammar/ast.js";
import { PyException, toPyException, recursionError } from "../objects/exceptions.js";
import type { Frame } from "../frame.js";

/** Marks an exception re-raised by a bare `raise`: its frame entry is already recorded. */
export const RERAISED: Loc = { line: -1, col: 0, endLine: -1, endCol: 0 };

export function at(e: unknown, node: Loc): PyException {
  const pe = toPyException(e);
  if (pe.exc.loc === null) pe.exc.loc = node;
  return pe;
}

/** The exception leaves frame f: record f's traceback entry. */
export function unwind(e: unknown, f: Frame): PyException {
  let pe: PyException;
  try {
    pe = toPyException(e);
  } catch (internal) {
    throw internal;
  }
  const exc = pe.exc;
  const loc = exc.loc;
  if (loc === RERAISED) exc.loc = null;
  else {
    exc.traceback.push({ file: f.info.file, name: f.info.name, line: loc ? loc.line : f.line, loc });
    exc.loc = null;
  }
  return pe;
}

/** An except clause caught the exception in frame f: record f's entry now (CPython adds it on catch). */
export function materialize(pe: PyException, f: Frame): void {
  const exc = pe.exc;
  const loc = exc.loc;
  if (loc === RERAISED) { exc.loc = null; return; }
  exc.traceback.push({ file: f.info.file, name: f.info.name, line: loc ? loc.line : f.line, loc });
  exc.loc = null;
}
export { recursionError };
