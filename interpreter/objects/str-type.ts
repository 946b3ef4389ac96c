// The str type's slots and methods (str values are JS strings; docs/internals.md). Text algorithms
// live in lib/str-methods; this file checks argument types with CPython's messages, and wires
// str.format (lib's formatTemplate with __format__ callbacks) and `%` (lib's percentFormat).
import { PyValue, fillType, strType, PyType, PyFloat, typeOf, Methods, NotImplemented } from "./object.js";
import { typeError, valueError, tn, toPyException, indexError, isExc, LookupError, makeExc, MemoryError } from "./exceptions.js";
import { PySlice, sliceIndices } from "./slice.js";
import * as S from "../lib/str-methods.js";
import { formatStr } from "../lib/format-spec.js";
import { formatTemplate } from "../lib/format-template.js";
import { percentFormat } from "../lib/percent-format.js";
import { str, repr, asciiRepr } from "../protocol/repr.js";
import { iterate } from "../protocol/iter.js";
import { opHooks, pyHash } from "../protocol/ops.js";
import { format } from "../protocol/format.js";
import { getattr } from "../protocol/attr.js";
import { getitem } from "../protocol/items.js";
import { PyList, listType } from "./list.js";
import { PyTuple, tupleType } from "./tuple.js";
import { PyDict } from "./dict.js";
import { arity, noKwargs, positional, kwargsOf, callBound } from "../protocol/call.js";
import { indexValue, parseArgs, asSsize, repeatCount } from "./args.js";
import { strIter } from "./iterators.js";
import { PyStrSub, strOf } from "./primitives.js";
import { adopt } from "./object-type.js";

function lib<T>(f: () => T): T {
  try { return f(); } catch (e) { throw toPyException(e); }
}

opHooks.strMod = (s, args) => lib(() => percentFormat(s, args, {
  tupleItems: (v) => (v instanceof PyTuple ? v.items : null),
  isMapping: (v) => !(v instanceof PyTuple) && typeof v !== "string" && !!typeOf(v as PyValue).slots.getitem,
  getItem: (m, k) => getitem(m as PyValue, k),
  str: (v) => str(v as PyValue),
  repr: (v) => repr(v as PyValue),
  ascii: (v) => asciiRepr(v as PyValue),
  typeName: (v) => tn(v as PyValue),
  toIndex: (v) => indexValue(v as PyValue),
  toFloat: (v) => {
    if (v instanceof PyFloat) return v.value;
    if (typeof v === "number" || typeof v === "boolean") return +v;
    if (typeof v === "bigint") return Number(v);
    const f = typeOf(v as PyValue).lookup("__float__");
    if (f != null) { const r = callBound(f, v as PyValue, []); return r instanceof PyFloat ? r.value : null; }
    return null;
  },
}));

type Idx = number | bigint | null | undefined;
/** Optional start/end arguments of find/count/startswith...: None or an int. */
function idx(v: PyValue | undefined): Idx {
  if (v === undefined || v === null) return undefined;
  const i = indexValue(v);
  if (i === null) throw typeError("slice indices must be integers or None or have an __index__ method");
  return i;
}
function needStr(v: PyValue, what: string): string {
  const s = strOf(v);
  if (s === undefined) throw typeError(`${what}, not ${tn(v)}`);
  return s;
}
function optChars(name: string, v: PyValue | undefined): string | null {
  if (v === undefined || v === null) return null;
  const s = strOf(v);
  if (s === undefined) throw typeError(`${name} arg must be None or str`);
  return s;
}
function fillChar(v: PyValue | undefined, fname: string): string {
  if (v === undefined) return " ";
  const s = strOf(v);
  if (s === undefined) throw typeError(`${fname}() argument 2 must be str, not ${tn(v)}`);
  if ([...s].length !== 1) throw typeError("The fill character must be exactly one character long");
  return s;
}
function affixes(name: string, v: PyValue): string | string[] {
  const s = strOf(v);
  if (s !== undefined) return s;
  if (v instanceof PyTuple) {
    return v.items.map((x) => {
      const t = strOf(x);
      if (t === undefined) throw typeError(`tuple for ${name} must only contain str, not ${tn(x)}`);
      return t;
    });
  }
  throw typeError(`${name} first arg must be str or a tuple of str, not ${tn(v)}`);
}
/** The argument-count error of a method parsed with PyArg_ParseTuple ("find() takes at least 1 argument (0 given)"). */
function tupleArity(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n < min) throw typeError(`${name}() takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
  if (n > max) throw typeError(`${name}() takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
}
/** Methods with a `sub[, start[, end]]` signature. */
function subMethod(name: string, f: (s: string, sub: string, a?: Idx, b?: Idx) => PyValue) {
  return (self: string, args: PyValue[], kw: string[] | null) => {
    // (CPython names the type when the method is called on the string directly, "str.find()", as
    // programs do; a bound method called later says "find()")
    noKwargs(`str.${name}`, kw); tupleArity(name, args, 1, 3);
    const sub = needStr(args[0], "must be str");
    return lib(() => f(self, sub, idx(args[1]), idx(args[2])));
  };
}
function noArgs(name: string, f: (s: string) => PyValue) {
  return (self: string, args: PyValue[], kw: string[] | null) => {
    noKwargs(`str.${name}`, kw); arity(`str.${name}`, args, 0, 0);
    return f(self);
  };
}
function pad(name: string, f: (s: string, w: number, fill: string) => string) {
  return (self: string, args: PyValue[], kw: string[] | null) => {
    noKwargs(`str.${name}`, kw); arity(name, args, 1, 2);
    return f(self, asSsize(args[0]), fillChar(args[1], name));
  };
}
function splitter(name: string, f: (s: string, sep: string | null, max: Idx) => string[]) {
  return (self: string, args: PyValue[], kw: string[] | null) => {
    const [sep, max] = parseArgs(name, args, kw, ["sep", "maxsplit"]);
    let sp: string | null = null;
    if (sep !== undefined && sep !== null) {
      sp = needStr(sep, "must be str or None");
      if (sp === "") throw valueError("empty separator");
    }
    const m = max === undefined ? -1 : indexValue(max);
    if (m === null) throw typeError(`'${tn(max!)}' object cannot be interpreted as an integer`);
    return new PyList(lib(() => f(self, sp, m)));
  };
}

function strFormat(self: string, args: PyValue[], kw: string[] | null): string {
  const pos = positional(args, kw);
  const kws = kwargsOf(args, kw);
  return lib(() => formatTemplate(self, pos, kws, templateCallbacks));
}
const templateCallbacks = {
  format: (v: unknown, spec: string) => format(v as PyValue, spec),
  repr: (v: unknown) => repr(v as PyValue),
  str: (v: unknown) => str(v as PyValue),
  ascii: (v: unknown) => asciiRepr(v as PyValue),
  getAttr: (v: unknown, name: string) => getattr(v as PyValue, name),
  getItem: (v: unknown, key: string | number) => getitem(v as PyValue, key),
};

function join(self: string, args: PyValue[], kw: string[] | null): string {
  noKwargs("str.join", kw); arity("str.join", args, 1, 1);
  const a = args[0];
  let parts: readonly PyValue[];
  // An exact list or tuple is joined from its items (CPython's PySequence_Fast); subclasses iterate.
  // A list's own array, not a copy: joining strs runs no Python code that could change it.
  if (a instanceof PyList && a.cls === listType) parts = a.readItems();
  else if (a instanceof PyTuple && a.cls === tupleType) parts = a.items;
  else {
    let it;
    try { it = iterate(a); } catch { throw typeError("can only join an iterable"); }
    const items: PyValue[] = [];
    for (let x = it.next(); x !== undefined; x = it.next()) items.push(x);
    parts = items;
  }
  // Plain strs (nearly always) join as they are; otherwise each item's str value, or the TypeError.
  let plain = true;
  for (let i = 0; i < parts.length && plain; i++) plain = typeof parts[i] === "string";
  if (plain) return parts.join(self);
  const texts = parts.map((x, i) => {
    const t = strOf(x);
    if (t === undefined) throw typeError(`sequence item ${i}: expected str instance, ${tn(x)} found`);
    return t;
  });
  return texts.join(self);
}

function maketrans(args: PyValue[], kw: string[] | null): PyValue {
  noKwargs("str.maketrans", kw); arity("maketrans", args, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const m = args[0];
    if (!(m instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of m.entries()) {
      if (typeof k === "string") {
        if (k.length !== 1) throw valueError("string keys in translate table must be of length 1");
        d.set(k.codePointAt(0)!, v);
      } else if (typeof k === "number") d.set(k, v);
      else throw typeError("keys in translate table must be strings or integers");
    }
    return d;
  }
  const x = needStr(args[0], "maketrans() argument 1 must be str"), y = needStr(args[1], "maketrans() argument 2 must be str");
  if (x.length !== y.length) throw valueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < x.length; i++) d.set(x.codePointAt(i)!, y.codePointAt(i)!);
  if (args.length > 2) for (const c of needStr(args[2], "maketrans() argument 3 must be str")) d.set(c.codePointAt(0)!, null);
  return d;
}
function translate(self: string, args: PyValue[], kw: string[] | null): string {
  noKwargs("str.translate", kw); arity("str.translate", args, 1, 1);
  const table = args[0];
  let out = "";
  for (const c of self) {
    let v: PyValue;
    try { v = getitem(table, c.codePointAt(0)!); } catch (e) {
      if (isExc(e, LookupError)) { out += c; continue; }
      throw e;
    }
    if (v === null) continue;
    if (typeof v === "string") out += v;
    else if (typeof v === "number") out += String.fromCodePoint(v);
    else throw typeError("character mapping must return integer, None or str");
  }
  return out;
}

const strMethods: Methods = {
  join,
  format: strFormat,
  format_map: (self: string, args, kw) => {
    noKwargs("str.format_map", kw); arity("str.format_map", args, 1, 1);
    const m = args[0];
    return lib(() => formatTemplate(self, null, (k: string) => getitem(m, k), templateCallbacks));
  },
  split: splitter("split", S.split),
  rsplit: splitter("rsplit", S.rsplit),
  splitlines: (self: string, args, kw) => {
    const [keep] = parseArgs("splitlines", args, kw, ["keepends"]);
    return new PyList(S.splitlines(self, keep !== undefined && keep !== false && keep !== 0 && keep !== null));
  },
  strip: (self: string, args, kw) => { noKwargs("str.strip", kw); arity("strip", args, 0, 1); return S.strip(self, optChars("strip", args[0])); },
  lstrip: (self: string, args, kw) => { noKwargs("str.lstrip", kw); arity("lstrip", args, 0, 1); return S.lstrip(self, optChars("lstrip", args[0])); },
  rstrip: (self: string, args, kw) => { noKwargs("str.rstrip", kw); arity("rstrip", args, 0, 1); return S.rstrip(self, optChars("rstrip", args[0])); },
  partition: (self: string, args, kw) => {
    noKwargs("str.partition", kw); arity("str.partition", args, 1, 1);
    const sep = needStr(args[0], "must be str");
    if (sep === "") throw valueError("empty separator");
    return new PyTuple(S.partition(self, sep));
  },
  rpartition: (self: string, args, kw) => {
    noKwargs("str.rpartition", kw); arity("str.rpartition", args, 1, 1);
    const sep = needStr(args[0], "must be str");
    if (sep === "") throw valueError("empty separator");
    return new PyTuple(S.rpartition(self, sep));
  },
  removeprefix: (self: string, args, kw) => { noKwargs("str.removeprefix", kw); arity("str.removeprefix", args, 1, 1); return S.removeprefix(self, needStr(args[0], "removeprefix() argument must be str")); },
  removesuffix: (self: string, args, kw) => { noKwargs("str.removesuffix", kw); arity("str.removesuffix", args, 1, 1); return S.removesuffix(self, needStr(args[0], "removesuffix() argument must be str")); },
  replace: (self: string, args, kw) => {
    noKwargs("str.replace", kw); arity("replace", args, 2, 3);
    const a = needStr(args[0], "replace() argument 1 must be str"), b = needStr(args[1], "replace() argument 2 must be str");
    const n = args.length > 2 ? indexValue(args[2]) : -1;
    if (n === null) throw typeError(`'${tn(args[2])}' object cannot be interpreted as an integer`);
    return S.replace(self, a, b, n);
  },
  find: subMethod("find", S.find),
  rfind: subMethod("rfind", S.rfind),
  index: subMethod("index", S.index),
  rindex: subMethod("rindex", S.rindex),
  count: subMethod("count", S.count),
  startswith: (self: string, args, kw) => {
    noKwargs("str.startswith", kw); tupleArity("startswith", args, 1, 3);
    return S.startswith(self, affixes("startswith", args[0]), idx(args[1]), idx(args[2]));
  },
  endswith: (self: string, args, kw) => {
    noKwargs("str.endswith", kw); tupleArity("endswith", args, 1, 3);
    return S.endswith(self, affixes("endswith", args[0]), idx(args[1]), idx(args[2]));
  },
  upper: noArgs("upper", S.upper),
  lower: noArgs("lower", S.lower),
  casefold: noArgs("casefold", S.casefold),
  swapcase: noArgs("swapcase", S.swapcase),
  capitalize: noArgs("capitalize", S.capitalize),
  title: noArgs("title", S.title),
  isdecimal: noArgs("isdecimal", S.isdecimal),
  isdigit: noArgs("isdigit", S.isdigit),
  isnumeric: noArgs("isnumeric", S.isnumeric),
  isalpha: noArgs("isalpha", S.isalpha),
  isalnum: noArgs("isalnum", S.isalnum),
  isspace: noArgs("isspace", S.isspace),
  isascii: noArgs("isascii", S.isascii),
  isupper: noArgs("isupper", S.isupper),
  islower: noArgs("islower", S.islower),
  istitle: noArgs("istitle", S.istitle),
  isidentifier: noArgs("isidentifier", S.isidentifier),
  isprintable: noArgs("isprintable", S.isprintable),
  ljust: pad("ljust", S.ljust),
  rjust: pad("rjust", S.rjust),
  center: pad("center", S.center),
  zfill: (self: string, args, kw) => { noKwargs("str.zfill", kw); arity("str.zfill", args, 1, 1); return S.zfill(self, asSsize(args[0])); },
  expandtabs: (self: string, args, kw) => {
    const [ts] = parseArgs("expandtabs", args, kw, ["tabsize"]);
    return S.expandtabs(self, ts === undefined ? 8 : asSsize(ts));
  },
  translate,
  encode: () => { throw typeError("str.encode() is not supported in pyt (there is no bytes type)"); },
  __getnewargs__: (self: string) => new PyTuple([self]),
};

function strGetitem(s: string, k: PyValue): PyValue {
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
  const i = indexValue(k);
  if (i === null) throw typeError(`string indices must be integers, not '${tn(k)}'`);
  if (typeof i === "bigint") throw indexError("cannot fit 'int' into an index-sized integer");
  return strGetitem(s, i);
}

// str's own dunders, which binaryOp's and compare's fast paths make unneeded between two strs: they serve
// a str subclass's instances (and "a".__add__("b")); an operand of another type gives NotImplemented.
const textOp = (f: (a: string, b: string) => PyValue) => (s: string, [o]: PyValue[]) => {
  const b = strOf(o);
  return b === undefined ? NotImplemented : f(s, b);
};
function repeat(s: string, [n]: PyValue[]): PyValue {
  const c = repeatCount(n);
  if (c === null) return NotImplemented;
  if (s.length === 0 || c === 0) return "";
  // past V8's longest string (2**29 - 24 code units) a JS RangeError would follow
  if (s.length * c >= 2 ** 29 - 24) throw makeExc(MemoryError);
  return s.repeat(c);
}
const strDunders: Methods = {
  __add__: textOp((a, b) => a + b),
  __mul__: repeat,
  __rmul__: repeat,
  __mod__: (s: string, [o]) => opHooks.strMod!(s, o),
  __eq__: textOp((a, b) => a === b), __ne__: textOp((a, b) => a !== b),
  __lt__: textOp((a, b) => a < b), __le__: textOp((a, b) => a <= b),
  __gt__: textOp((a, b) => a > b), __ge__: textOp((a, b) => a >= b),
};

/** `f` with its self, a str or a str subclass's instance (PyStrSub), given as the text. */
function onText<F extends (s: string, ...rest: never[]) => unknown>(f: F): F {
  return ((s: PyValue, ...rest: never[]) => f(s instanceof PyStrSub ? s.value : (s as string), ...rest)) as unknown as F;
}
function onTextAll<T extends object>(fns: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(fns)) out[k] = onText(f);
  return out as T;
}

/** str(obj, encoding, errors) decodes bytes, which pyt has none of: CPython's errors for the rest. */
function strDecodeError(obj: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined): void {
  if (encoding !== undefined && typeof encoding !== "string") throw typeError(`str() argument 'encoding' must be str, not ${tn(encoding)}`);
  if (errors !== undefined && typeof errors !== "string") throw typeError(`str() argument 'errors' must be str, not ${tn(errors)}`);
  if (obj === undefined) return; // str(encoding="utf-8") is ""
  if (typeof obj === "string" || obj instanceof PyStrSub) throw typeError("decoding str is not supported");
  throw typeError(`decoding to str: need a bytes-like object, ${tn(obj)} found`);
}

fillType(strType, {
  slots: {
    // str(x) is x's text; a subclass's instance keeps its class around the text, as PyIntSub does for int.
    new: (cls: PyType, args, kw) => {
      const [obj, encoding, errors] = parseArgs("str", args, kw, ["object", "encoding", "errors"]);
      if (encoding !== undefined || errors !== undefined) strDecodeError(obj, encoding, errors);
      const s = obj === undefined ? "" : str(obj);
      return cls === strType ? s : adopt(new PyStrSub(s), cls);
    },
    ...onTextAll({
      repr: (s: string) => repr(s),
      str: (s: string) => s,
      hash: (s: string) => pyHash(s),
      len: (s: string) => s.length,
      iter: (s: string) => strIter(s),
      contains: (s: string, v: PyValue) => s.includes(needStr(v, "'in <string>' requires string as left operand")),
      getitem: strGetitem,
    }),
    // an empty spec formats a subclass's instance as str() does (its own __str__), as CPython
    format: (s: PyValue, spec: string) => (spec === "" && s instanceof PyStrSub ? str(s) : lib(() => formatStr(strOf(s)!, spec, typeof s === "string" ? "str" : tn(s)))),
  },
  methods: onTextAll({ ...strMethods, ...strDunders }),
  staticMethods: { maketrans },
});
