// types.GenericAlias: what `list[int]`, `dict[str, int]`, `tuple[int, ...]` evaluate to (the
// __class_getitem__ of the builtin containers and type), so annotations such as `values: list[int] = []`
// in a module or class body, which CPython evaluates, work. Calling one calls its origin.
import { PyObject, PyType, PyValue, defineType, fillType, typeType, Ellipsis } from "./object.js";
import { PyTuple, tupleType } from "./tuple.js";
import { listType } from "./list.js";
import { dictType } from "./dict.js";
import { setType, frozensetType } from "./set.js";
import { getset } from "./getset.js";
import { repr } from "../protocol/repr.js";
import { call } from "../protocol/call.js";

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyType, readonly args: PyValue[]) { super(); }
}

/** CPython's ga_repr_item: a type by its qualified name, `...` for Ellipsis, anything else by repr. */
function itemRepr(v: PyValue): string {
  if (v === Ellipsis) return "...";
  if (v instanceof PyType) return v.module === "builtins" ? v.qualname : `${v.module}.${v.qualname}`;
  return repr(v);
}

export const genericAliasType = defineType("GenericAlias", {
  proto: PyGenericAlias,
  module: "types",
  slots: {
    repr: (g: PyGenericAlias) => `${itemRepr(g.origin)}[${g.args.length ? g.args.map(itemRepr).join(", ") : "()"}]`,
    call: (g: PyGenericAlias, args, kw) => call(g.origin, args, kw),
  },
  attrs: {
    __origin__: getset("__origin__", (g: PyGenericAlias) => g.origin),
    __args__: getset("__args__", (g: PyGenericAlias) => new PyTuple(g.args.slice())),
  },
});

const classGetitem = (cls: PyValue, [item]: PyValue[]) =>
  new PyGenericAlias(cls as PyType, item instanceof PyTuple && item.cls === tupleType ? item.items.slice() : [item]);
for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType]) {
  fillType(t, { classMethods: { __class_getitem__: classGetitem } });
}
