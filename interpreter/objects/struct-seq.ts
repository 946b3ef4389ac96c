// CPython's struct sequences (time.struct_time, sys.version_info): tuples whose items also have names
// (`t.tm_year`, `sys.version_info.major`), repr'd as `time.struct_time(tm_year=2024, ...)`. Fields past
// the visible ones (struct_time's tm_zone, tm_gmtoff) are attributes only, not items.
import { PyType, PyValue, defineType } from "./object.js";
import { PyTuple, tupleType } from "./tuple.js";
import { getset } from "./getset.js";
import { repr } from "../protocol/repr.js";
import { toArray } from "../protocol/iter.js";
import { typeError, attributeError, PyException } from "./exceptions.js";

export class PyStructSeq extends PyTuple {
  constructor(cls: PyType, items: PyValue[], readonly hidden: PyValue[]) {
    super(items);
    this.cls = cls;
  }
}

/**
 * A struct sequence type `module.name` with the given visible fields, then attribute-only ones; one
 * Python cannot instantiate (sys.flags, sys.version_info) when `instantiable` is false, as CPython's.
 */
export function structSeqType(module: string, name: string, fields: string[], hiddenFields: string[] = [], instantiable = true): PyType {
  const attrs: Record<string, PyValue> = {
    n_sequence_fields: fields.length, n_fields: fields.length + hiddenFields.length, n_unnamed_fields: 0,
  };
  // CPython's are read-only member descriptors, whose refusal says only this
  const readonly = () => { throw attributeError("readonly attribute"); };
  fields.forEach((f, i) => { attrs[f] = getset(f, (o: PyStructSeq) => o.items[i], readonly); });
  hiddenFields.forEach((f, i) => { attrs[f] = getset(f, (o: PyStructSeq) => o.hidden[i], readonly); });
  return defineType(name, {
    base: tupleType,
    module,
    slots: {
      repr: (o: PyStructSeq) => `${module}.${name}(${fields.map((f, i) => `${f}=${repr(o.items[i])}`).join(", ")})`,
      // struct_time(seq): the visible fields are its items, the rest (tm_zone, tm_gmtoff) None if not given
      new: (cls: PyType, args) => {
        if (!instantiable) throw typeError(`cannot create '${module}.${name}' instances`);
        if (args.length === 0) throw typeError("structseq() missing required argument 'sequence' (pos 1)");
        let items: PyValue[];
        try {
          items = toArray(args[0]);
        } catch (e) {
          if (e instanceof PyException) throw typeError("constructor requires a sequence");
          throw e;
        }
        const min = fields.length, max = min + hiddenFields.length, n = items.length;
        const what = min === max ? "a" : n < min ? "an at least" : "an at most";
        if (n < min || n > max) throw typeError(`${module}.${name}() takes ${what} ${n < min ? min : max}-sequence (${n}-sequence given)`);
        return new PyStructSeq(cls, items.slice(0, min), hiddenFields.map((_, i) => items[min + i] ?? null));
      },
    },
    attrs,
  });
}
