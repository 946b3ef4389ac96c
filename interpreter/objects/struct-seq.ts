// CPython's struct sequences (time.struct_time, sys.version_info): tuples whose items also have names
// (`t.tm_year`, `sys.version_info.major`), repr'd as `time.struct_time(tm_year=2024, ...)`. Fields past
// the visible ones (struct_time's tm_zone, tm_gmtoff) are attributes only, not items.
import { PyType, PyValue, defineType } from "./object.js";
import { PyTuple, tupleType } from "./tuple.js";
import { getset } from "./getset.js";
import { repr } from "../protocol/repr.js";

export class PyStructSeq extends PyTuple {
  constructor(cls: PyType, items: PyValue[], readonly hidden: PyValue[]) {
    super(items);
    this.cls = cls;
  }
}

/** A struct sequence type `module.name` with the given visible fields, then attribute-only ones. */
export function structSeqType(module: string, name: string, fields: string[], hiddenFields: string[] = []): PyType {
  const attrs: Record<string, PyValue> = {};
  fields.forEach((f, i) => { attrs[f] = getset(f, (o: PyStructSeq) => o.items[i]); });
  hiddenFields.forEach((f, i) => { attrs[f] = getset(f, (o: PyStructSeq) => o.hidden[i]); });
  return defineType(name, {
    base: tupleType,
    module,
    slots: {
      repr: (o: PyStructSeq) => `${module}.${name}(${fields.map((f, i) => `${f}=${repr(o.items[i])}`).join(", ")})`,
    },
    attrs,
  });
}
