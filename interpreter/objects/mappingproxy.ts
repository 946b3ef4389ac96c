// mappingproxy: the read-only view `C.__dict__` gives (CPython's types.MappingProxyType). It wraps a
// fresh dict of the class's namespace (member.ts classDictView), so writing through it is refused
// by the missing setitem slot instead of silently changing a copy.
import { PyObject, PyType, PyValue, defineType, typeOf } from "./object.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { parseArgs } from "./args.js";
import { typeError, tn } from "./exceptions.js";
import type { PyDict } from "./dict.js";
import { repr, str } from "../protocol/repr.js";
import { callBound } from "../protocol/call.js";
import { pyEquals } from "../protocol/ops.js";

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyDict) { super(); }
}
/** A dict method called on the wrapped dict. */
const viaDict = (name: string) => (p: PyMappingProxy, args: PyValue[]) => callBound(typeOf(p.mapping).lookup(name)!, p.mapping, args);
const dictSlots = (p: PyMappingProxy) => typeOf(p.mapping).slots;

export const mappingProxyType = defineType("mappingproxy", {
  proto: PyMappingProxy,
  baseType: false,
  slots: {
    // types.MappingProxyType(d): a live read-only view of any mapping but a list or tuple
    new: (_cls: PyType, args: PyValue[], kw: string[] | null) => {
      const [m] = parseArgs("mappingproxy", args, kw, ["mapping"], 1, 1);
      if (m instanceof PyList || m instanceof PyTuple || typeOf(m!).lookup("__getitem__") === undefined) {
        throw typeError(`mappingproxy() argument must be a mapping, not ${tn(m!)}`);
      }
      return new PyMappingProxy(m as PyDict);
    },
    repr: (p: PyMappingProxy) => `mappingproxy(${repr(p.mapping)})`,
    str: (p: PyMappingProxy) => str(p.mapping),
    len: (p: PyMappingProxy) => dictSlots(p).len!(p.mapping),
    iter: (p: PyMappingProxy) => dictSlots(p).iter!(p.mapping),
    contains: (p: PyMappingProxy, k: PyValue) => dictSlots(p).contains!(p.mapping, k),
    getitem: (p: PyMappingProxy, k: PyValue) => dictSlots(p).getitem!(p.mapping, k),
  },
  methods: {
    keys: viaDict("keys"), values: viaDict("values"), items: viaDict("items"), get: viaDict("get"),
    copy: viaDict("copy"), __reversed__: viaDict("__reversed__"), __or__: viaDict("__or__"), __ror__: viaDict("__ror__"),
    // the whole comparison (CPython's PyObject_RichCompare of the mapping), so two proxies compare
    __eq__: (p: PyMappingProxy, [o]) => pyEquals(p.mapping, o),
    __ne__: (p: PyMappingProxy, [o]) => !pyEquals(p.mapping, o),
  },
  attrs: { __hash__: null },
});
