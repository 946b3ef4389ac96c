// types.GenericAlias, what `list[int]`, `dict[str, int]`, `tuple[int, ...]` evaluate to (the
// __class_getitem__ of the builtin containers and type), and types.UnionType, what `int | None` does:
// annotations such as `values: list[int] = []` or `x: int | None = None` in a module or class body, which
// CPython evaluates, work. Calling a GenericAlias calls its origin; isinstance takes a UnionType.
import { PyObject, PyType, PyValue, Methods, NotImplemented, defineType, fillType, typeType, noneType, Ellipsis } from "./object.js";
import { PyTuple, tupleType } from "./tuple.js";
import { listType } from "./list.js";
import { dictType } from "./dict.js";
import { setType, frozensetType } from "./set.js";
import { enumerateType } from "./lazy-iters.js";
import { getset } from "./getset.js";
import { repr } from "../protocol/repr.js";
import { call } from "../protocol/call.js";
import { pyHash, pyEquals } from "../protocol/ops.js";
import { typeError } from "./exceptions.js";
import { adopt } from "./object-type.js";

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyValue[]) { super(); }
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
    // GenericAlias(origin, args): what a library class's `__class_getitem__ = classmethod(GenericAlias)` makes
    new: (cls, args, kw) => {
      if (kw && kw.length) throw typeError("GenericAlias() takes no keyword arguments");
      if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
      const g = aliasOf(args[0], args[1]);
      return cls === genericAliasType ? g : adopt(g, cls);
    },
    hash: (g: PyGenericAlias) => (pyHash(g.origin) ^ pyHash(new PyTuple(g.args.slice()))) | 0,
  },
  methods: {
    // (as ga_richcompare: same origin and arguments)
    __eq__: (g: PyGenericAlias, [o]) => (o instanceof PyGenericAlias ? g.origin === o.origin && g.args.length === o.args.length &&
      g.args.every((a, i) => pyEquals(a, o.args[i])) : NotImplemented),
  },
  attrs: {
    __origin__: getset("__origin__", (g: PyGenericAlias) => g.origin),
    __args__: getset("__args__", (g: PyGenericAlias) => new PyTuple(g.args.slice())),
  },
});

export class PyUnionType extends PyObject {
  constructor(readonly args: PyValue[]) { super(); }
}

/** `a | b` of types, aliases and None: the union of their members, flattened and without repeats. */
function unionOf(a: PyValue, b: PyValue): PyValue {
  const members: PyValue[] = [];
  for (const x of [a, b]) {
    if (!(x === null || x instanceof PyType || x instanceof PyGenericAlias || x instanceof PyUnionType)) return NotImplemented;
    for (const m of x instanceof PyUnionType ? x.args : [x === null ? noneType : x]) if (!members.includes(m)) members.push(m);
  }
  return members.length === 1 ? members[0] : new PyUnionType(members);
}
const unionMethods: Methods = {
  __or__: (s, [o]) => unionOf(s, o),
  __ror__: (s, [o]) => unionOf(o, s),
};

export const unionType = defineType("UnionType", {
  proto: PyUnionType,
  module: "types",
  slots: {
    repr: (u: PyUnionType) => u.args.map((a) => (a === noneType ? "None" : itemRepr(a))).join(" | "),
    hash: (u: PyUnionType) => u.args.length,
  },
  methods: {
    ...unionMethods,
    __eq__: (u: PyUnionType, [o]) => o instanceof PyUnionType && o.args.length === u.args.length && u.args.every((a) => o.args.includes(a)),
  },
  attrs: { __args__: getset("__args__", (u: PyUnionType) => new PyTuple(u.args.slice())) },
});
fillType(typeType, { methods: unionMethods });
fillType(genericAliasType, { methods: unionMethods });

function aliasOf(origin: PyValue, item: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, item instanceof PyTuple && item.cls === tupleType ? item.items.slice() : [item]);
}
const classGetitem = (cls: PyValue, [item]: PyValue[]) => aliasOf(cls, item);
for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType, enumerateType]) {
  fillType(t, { classMethods: { __class_getitem__: classGetitem } });
}
