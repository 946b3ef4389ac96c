// PyCell: a closure cell (a variable shared between a function and the functions nested in it).
// Its state is private (docs/internals.md): always go through get()/set().
import { PyObject, PyValue, defineType } from "./object.js";

export class PyCell extends PyObject {
  private _v: PyValue | undefined;
  constructor(v?: PyValue) { super(); this._v = v; }
  /** undefined when the variable is unbound. */
  get(): PyValue | undefined { return this._v; }
  set(v: PyValue | undefined): void { this._v = v; }
}
export const cellType = defineType("cell", { proto: PyCell });
