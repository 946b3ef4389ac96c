// PyGenerator: the iterator a generator expression evaluates to. The AST has no `yield`, so the only
// generators are generator expressions; compile/functions.ts drives them lazily as a little state
// machine over their nested for/if clauses (`step` returns undefined when exhausted).
import { PyObject, PyValue, PyIterator, defineType } from "./object.js";
import { objectId } from "../protocol/repr.js";

export class PyGenerator extends PyObject implements PyIterator {
  private _done = false;
  constructor(readonly qualname: string, private readonly _step: () => PyValue | undefined) { super(); }
  next(): PyValue | undefined {
    if (this._done) return undefined;
    const v = this._step();
    if (v === undefined) this._done = true;
    return v;
  }
  close(): void { this._done = true; }
}

export const generatorType = defineType("generator", {
  proto: PyGenerator,
  baseType: false,
  slots: {
    iter: (g: PyGenerator) => g,
    next: (g: PyGenerator) => g.next(),
    repr: (g: PyGenerator) => `<generator object ${g.qualname} at 0x${objectId(g).toString(16).padStart(12, "0")}>`,
  },
  methods: {
    close: (g: PyGenerator) => (g.close(), null),
  },
});
