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
import { call } from "../protocol/call.js";
import { getattr } from "../protocol/attr.js";
import { pyEquals, contains, binaryOp, lenOf } from "../protocol/ops.js";
import { iterate } from "../protocol/iter.js";
import { getitem } from "../protocol/items.js";

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyDict) { super(); }
}
/** A method called on the wrapped mapping (CPython's PyObject_CallMethod: its attribute, so a mapping
 *  without it raises AttributeError). */
const viaDict = (name: string) => (p: PyMappingProxy, args: PyValue[]) => call(getattr(p.mapping, name), args);
/** `proxy | other` and `other | proxy`: the mapping's own `|` (CPython's mappingproxy_or). */
const unwrap = (v: PyValue): PyValue => (v instanceof PyMappingProxy ? v.mapping : v);

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
    // (the mapping may be any object with __getitem__: the protocols, as CPython's mappingproxy uses)
    len: (p: PyMappingProxy) => lenOf(p.mapping),
    iter: (p: PyMappingProxy) => iterate(p.mapping),
    contains: (p: PyMappingProxy, k: PyValue) => contains(p.mapping, k),
    getitem: (p: PyMappingProxy, k: PyValue) => getitem(p.mapping, k),
  },
  methods: {
    keys: viaDict("keys"), values: viaDict("values"), items: viaDict("items"), get: viaDict("get"),
    copy: viaDict("copy"), __reversed__: viaDict("__reversed__"), __or__: (p: PyMappingProxy, [o]) => binaryOp("|", p.mapping, unwrap(o)),
    __ror__: (p: PyMappingProxy, [o]) => binaryOp("|", unwrap(o), p.mapping),
    // the whole comparison (CPython's PyObject_RichCompare of the mapping), so two proxies compare
    __eq__: (p: PyMappingProxy, [o]) => pyEquals(p.mapping, o),
    __ne__: (p: PyMappingProxy, [o]) => !pyEquals(p.mapping, o),
  },
  attrs: { __hash__: null },
});
