// Frame: one activation of module, class body, function or comprehension code. Locals live in an
// array (slots fixed by scope analysis), closure variables in PyCells, module/class names in a PyDict.
// `line` is the current statement's line, read only when an exception unwinds.
import type { PyValue } from "./objects/object.js";
import type { PyDict } from "./objects/dict.js";
import type { PyCell } from "./objects/cell.js";

export class Frame {
  line = 0;
  ret: PyValue = null;
  constructor(
    readonly info: FrameInfo,
    public locals: (PyValue | undefined)[],
    public cells: PyCell[],
    readonly globals: PyDict,
    /** Module and class bodies: where names live (globals itself at module level). */
    readonly ns: PyDict | null,
  ) {}
}

/** What a traceback needs about a frame's code. */
export interface FrameInfo {
  readonly file: string;
  readonly name: string;
}

/** Statement completion: normal, or the control transfer in progress. */
export const NORMAL = 0, BREAK = 1, CONTINUE = 2, RETURN = 3;
export type Exec = (f: Frame) => number;
export type Ev = (f: Frame) => PyValue;
