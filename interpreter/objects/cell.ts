// PyCell: a closure cell (a variable shared between a function and the functions nested in it).
// Its state is private (docs/internals.md): always go through get()/set().
import { PyObject, PyValue, defineType } from "./object.js";
import { cellOps, type SharedRef } from "../shared/hooks.js";
import { getset } from "./getset.js";
import { valueError, tn } from "./exceptions.js";
import { objectId } from "../protocol/repr.js";

const hexId = (v: PyValue) => "0x" + objectId(v).toString(16).padStart(12, "0");

export class PyCell extends PyObject {
  private _v: PyValue | undefined;
  /** Non-null once published into the shared heap: then get/set forward (interpreter/shared/). */
  _shared: SharedRef | null = null;
  constructor(v?: PyValue) { super(); this._v = v; }
  /** undefined when the variable is unbound. */
  get(): PyValue | undefined { return this._shared === null ? this._v : cellOps.get(this); }
  set(v: PyValue | undefined): void { if (this._shared === null) this._v = v; else cellOps.set(this, v); }
}
export const cellType = defineType("cell", {
  proto: PyCell,
  slots: {
    repr: (c: PyCell) => {
      const v = c.get();
      return `<cell at ${hexId(c)}: ${v === undefined ? "empty" : `${tn(v)} object at ${hexId(v)}`}>`;
    },
  },
  attrs: {
    cell_contents: getset("cell_contents", (c: PyCell) => {
      const v = c.get();
      if (v === undefined) throw valueError("Cell is empty");
      return v;
    }, (c: PyCell, v) => { c.set(v); }),
  },
});
