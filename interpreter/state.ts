// Per-worker interpreter state: the Host, the Python call depth, the exceptions being handled
// (for bare `raise` and __context__), and the loaded modules (sys.modules).
import type { Host } from "./host.js";
import type { PyModule } from "./objects/module.js";
import type { PyBaseException } from "./objects/exceptions.js";
import type { Frame } from "./frame.js";

/**
 * The modules loaded in this worker, by name. Once `sys` is imported, its `sys.modules` dict mirrors
 * every later load and unload (a snapshot would miss the modules imported after sys, as CPython's never does).
 */
export class ModuleTable extends Map<string, PyModule> {
  /** sys.modules as Python code sees it (set by the sys module). */
  dict: { setStr(name: string, m: PyModule): void; getStr(name: string): unknown; delete(name: string): unknown } | null = null;

  override set(name: string, m: PyModule): this {
    super.set(name, m);
    this.dict?.setStr(name, m);
    return this;
  }

  override delete(name: string): boolean {
    this.dict?.delete(name);
    return super.delete(name);
  }
}

export const rt = {
  host: null as unknown as Host,
  /** host.interruptFlag (word 0 non-zero: KeyboardInterrupt pending). */
  interrupt: new Int32Array(1) as Int32Array<ArrayBufferLike>,
  depth: 0,
  recursionLimit: 1000,
  /** Exceptions currently being handled (innermost last): `raise` with no argument re-raises the last. */
  handling: [] as PyBaseException[],
  modules: new ModuleTable(),
  /** Source text per file name, for traceback lines. */
  sources: new Map<string, string>(),
  /**
   * The innermost running frame of user code (frames of "<frozen ...>" modules are skipped), kept by
   * Code.invoke and the module runner; read only when a thread blocks or takes a lock (currentLine).
   */
  frame: null as Frame | null,
};

/** The Python line this thread is executing (0: none known), for deadlock reports and traces. */
export function currentLine(): number {
  const f = rt.frame;
  return f === null ? 0 : f.line;
}

/**
 * Sessions: the input whose text holds that line (0: not known). A function typed at one input and
 * called from a later one, or run by a thread, runs lines of its own input, not the one running now.
 */
export function currentInput(): number {
  const f = rt.frame;
  return f === null ? 0 : (f.info.input ?? 0);
}
