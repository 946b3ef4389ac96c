// Context managers whose __enter__/__exit__ are native and fixed (the _thread locks): a `with` site that
// sees one of these exact types calls them directly, skipping two type lookups and two bound calls per
// block (issue 3: `with lock:` in a hot loop). Only immutable builtin types register, so no later
// assignment can change what their methods do.
import type { PyType, PyValue } from "../objects/object.js";

export interface NativeContext {
  /** What __enter__ returns (bound by `as`). */
  enter(mgr: PyValue): PyValue;
  /** __exit__ for either outcome: these never suppress an exception, so the arguments do not matter. */
  exit(mgr: PyValue): void;
}

export const nativeContexts = new Map<PyType, NativeContext>();
