// Per-worker interpreter state: the Host, the Python call depth, the exceptions being handled
// (for bare `raise` and __context__), and the loaded modules (sys.modules).
import type { Host } from "./host.js";
import type { PyModule } from "./objects/module.js";
import type { PyBaseException } from "./objects/exceptions.js";

export const rt = {
  host: null as unknown as Host,
  /** host.interruptFlag (word 0 non-zero: KeyboardInterrupt pending). */
  interrupt: new Int32Array(1) as Int32Array<ArrayBufferLike>,
  depth: 0,
  recursionLimit: 1000,
  /** Exceptions currently being handled (innermost last): `raise` with no argument re-raises the last. */
  handling: [] as PyBaseException[],
  modules: new Map<string, PyModule>(),
  /** Source text per file name, for traceback lines. */
  sources: new Map<string, string>(),
};
