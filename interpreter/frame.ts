// Frame: one activation of module, class body, function or comprehension code. Locals live in an
// array (slots fixed by scope analysis), closure variables in PyCells, module/class names in a PyDict.
// `line` is the current statement's line, read only when an exception unwinds.
import type { PyValue } from "./objects/object.js";
import type { PyDict } from "./objects/dict.js";
import type { PyCell } from "./objects/cell.js";

export class Frame {
  // Fields are `declare`d and assigned in the constructor: with es2022 class fields V8 runs a separate
  // field initializer on every construction, and a frame is made per Python call.
  declare line: number;
  declare ret: PyValue;
  declare readonly info: FrameInfo;
  declare locals: (PyValue | undefined)[];
  declare cells: PyCell[];
  declare globals: PyDict;
  /** Module and class bodies: where names live (globals itself at module level). */
  declare readonly ns: PyDict | null;
  /** The user frame that was running when this one started (rt.frame then): warnings' stacklevel walks these. */
  declare back: Frame | null;
  constructor(info: FrameInfo, locals: (PyValue | undefined)[], cells: PyCell[], globals: PyDict, ns: PyDict | null) {
    this.info = info;
    this.locals = locals;
    this.cells = cells;
    this.globals = globals;
    this.ns = ns;
    this.line = 0;
    this.ret = null;
    this.back = null;
  }
}

/** What a traceback needs about a frame's code. */
export interface FrameInfo {
  readonly file: string;
  readonly name: string;
  /** A function's local names by slot, and its cells' names (own, then free): what locals() shows. */
  readonly localNames?: readonly string[];
  readonly cellNames?: readonly string[];
  /** How many of localNames are parameters (*args and **kwargs included). */
  readonly paramCount?: number;
  /** Sessions: the input whose text holds this code (ast.Module.input; absent or 0 elsewhere). */
  readonly input?: number;
}

/** Statement completion: normal, or the control transfer in progress. */
export const NORMAL = 0, BREAK = 1, CONTINUE = 2, RETURN = 3;
export type Exec = (f: Frame) => number;
export type Ev = (f: Frame) => PyValue;
