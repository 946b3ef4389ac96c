// The str type's methods (str values are JS strings; see docs/internals.md).
// OWNED BY THE TYPES ENGINEER — interpreter-core placeholder with a few methods over lib/str-methods.
import { PyValue, fillType, strType, PyObject } from "./object.js";
import { typeError, tn, toPyException, indexError } from "./exceptions.js";
import { PySlice, sliceIndices } from "./slice.js";
import * as S from "../lib/str-methods.js";
import { formatStr } from "../lib/format-spec.js";
import { percentFormat } from "../lib/percent-format.js";
import { str, repr, asciiRepr } from "../protocol/repr.js";
import { toArray } from "../protocol/iter.js";
import { opHooks, pyHash } from "../protocol/ops.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { positional } from "../protocol/call.js";
import { PyFloat } from "./object.js";

function lib<T>(f: () => T): T {
  try { return f(); } catch (e) { throw toPyException(e); }
}

opHooks.strMod = (s, args) => lib(() => percentFormat(s, args, {
  tupleItems: (v) => (v instanceof PyTuple ? v.items : null),
  isMapping: (v) => v instanceof PyDict,
  getItem: (m, k) => (m as PyDict).get(k) ?? null,
  str: (v) => str(v as PyValue),
  repr: (v) => repr(v as PyValue),
  ascii: (v) => asciiRepr(v as PyValue),
  typeName: (v) => tn(v as PyValue),
  toIndex: (v) => (typeof v === "number" || typeof v === "bigint" ? v : typeof v === "boolean" ? +v : null),
  toFloat: (v) => (v instanceof PyFloat ? v.value : typeof v === "number" ? v : typeof v === "boolean" ? +v : null),
}));

const strMethods = {
  join(self: string, args: PyValue[]) {
    const items = toArray(args[0]);
    for (let i = 0; i < items.length; i++) {
      if (typeof items[i] !== "string") throw typeError(`sequence item ${i}: expected str instance, ${tn(items[i])} found`);
    }
    return (items as string[]).join(self);
  },
  split(self: string, args: PyValue[], kw: string[] | null) {
    const a = positional(args, kw);
    return new PyList(S.split(self, (a[0] as string | null) ?? null, (a[1] as number) ?? -1));
  },
  strip: (self: string, args: PyValue[]) => S.strip(self, (args[0] as string) ?? null),
  lstrip: (self: string, args: PyValue[]) => S.lstrip(self, (args[0] as string) ?? null),
  rstrip: (self: string, args: PyValue[]) => S.rstrip(self, (args[0] as string) ?? null),
  upper: (self: string) => S.upper(self),
  lower: (self: string) => S.lower(self),
  replace: (self: string, args: PyValue[]) => S.replace(self, args[0] as string, args[1] as string, (args[2] as number) ?? -1),
  startswith: (self: string, args: PyValue[]) => S.startswith(self, args[0] instanceof PyTuple ? (args[0].items as string[]) : (args[0] as string)),
  endswith: (self: string, args: PyValue[]) => S.endswith(self, args[0] instanceof PyTuple ? (args[0].items as string[]) : (args[0] as string)),
  find: (self: string, args: PyValue[]) => S.find(self, args[0] as string),
  count: (self: string, args: PyValue[]) => S.count(self, args[0] as string),
  isdigit: (self: string) => S.isdigit(self),
  title: (self: string) => S.title(self),
};

fillType(strType, {
  slots: {
    new: (_cls, args) => (args.length ? str(args[0]) : ""),
    repr: (s: string) => repr(s),
    str: (s: string) => s,
    hash: (s: string) => pyHash(s),
    len: (s: string) => s.length,
    contains: (s: string, v) => {
      if (typeof v !== "string") throw typeError(`'in <string>' requires string as left operand, not ${tn(v)}`);
      return s.includes(v);
    },
    getitem: (s: string, k) => {
      if (typeof k === "number") {
        const i = k < 0 ? k + s.length : k;
        if (i < 0 || i >= s.length) throw indexError("string index out of range");
        return s[i];
      }
      if (k instanceof PySlice) {
        const [start, , step, len] = sliceIndices(k, s.length);
        if (step === 1) return s.slice(start, start + len);
        let out = "";
        for (let i = 0, j = start; i < len; i++, j += step) out += s[j];
        return out;
      }
      throw typeError(`string indices must be integers, not '${tn(k)}'`);
    },
    format: (s: string, spec) => lib(() => formatStr(s, spec)),
  },
  methods: strMethods as unknown as Record<string, (self: any, args: PyValue[], kw: string[] | null) => PyValue>,
});
export type { PyObject };
