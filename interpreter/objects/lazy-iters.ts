// The lazy iterator types of the builtins: enumerate, zip (strict=), map, filter, reversed and the
// two-argument iter()'s callable_iterator. Each is a type (callable, usable in isinstance) whose
// instances pull from their source only when asked, as in CPython.
import { PyObject, PyValue, PyType, PyIterator, defineType, typeOf } from "./object.js";
import { typeError, valueError, tn, isExc, StopIteration, IndexError as IndexErrorCls } from "./exceptions.js";
import { iterate } from "../protocol/iter.js";
import { call, callBound, positional, kwargsOf, noKwargs } from "../protocol/call.js";
import { truthy, pyEquals } from "../protocol/ops.js";
import { intAdd } from "../lib/int-ops.js";
import { PyTuple } from "./tuple.js";
import { asInt } from "./args.js";
import { adopt } from "./object-type.js";

/** i + 1 for enumerate's counter (int or big int). */
function intAdd1(i: PyValue): PyValue {
  return typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : intAdd(i as number | bigint, 1);
}

/** Base of the lazy iterators: a JS next() plus the Python iterator slots. */
abstract class PyLazyIter extends PyObject implements PyIterator {
  abstract next(): PyValue | undefined;
}
function lazyType(name: string, proto: { prototype: object }, newFn: (cls: PyType, args: PyValue[], kw: string[] | null) => PyValue): PyType {
  return defineType(name, {
    proto,
    slots: {
      iter: (o: PyLazyIter) => o,
      next: (o: PyLazyIter) => o.next(),
      new: newFn,
    },
  });
}
function own<T extends PyObject>(o: T, cls: PyType, base: PyType): T {
  return cls === base ? o : adopt(o, cls);
}

export class PyEnumerate extends PyLazyIter {
  constructor(private readonly _it: PyIterator, private _i: PyValue) { super(); }
  next(): PyValue | undefined {
    const v = this._it.next();
    if (v === undefined) return undefined;
    const i = this._i;
    this._i = intAdd1(i);
    return new PyTuple([i, v]);
  }
}
export const enumerateType: PyType = lazyType("enumerate", PyEnumerate, (cls, args, kw) => {
  const pos = positional(args, kw);
  const kws = kwargsOf(args, kw);
  for (const k of kws.keys()) if (k !== "iterable" && k !== "start") throw typeError(`'${k}' is an invalid keyword argument for enumerate()`);
  const iterable = pos.length > 0 ? pos[0] : kws.get("iterable");
  if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable'");
  if (pos.length > 2) throw typeError(`enumerate() takes at most 2 arguments (${pos.length} given)`);
  const start = pos.length > 1 ? pos[1] : kws.get("start") ?? 0;
  return own(new PyEnumerate(iterate(iterable), asInt(start)), cls, enumerateType);
});

export class PyZip extends PyLazyIter {
  private _done = false;
  constructor(private readonly _its: PyIterator[], private readonly _strict: boolean) { super(); }
  next(): PyValue | undefined {
    if (this._done || this._its.length === 0) return undefined;
    const out: PyValue[] = [];
    for (let i = 0; i < this._its.length; i++) {
      const v = this._its[i].next();
      if (v === undefined) {
        this._done = true;
        if (this._strict) {
          if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? "" : "s"} 1${i === 1 ? "" : "-" + i}`);
          for (let j = 1; j < this._its.length; j++) {
            if (this._its[j].next() !== undefined) throw valueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? "" : "s"} 1${j === 1 ? "" : "-" + j}`);
          }
        }
        return undefined;
      }
      out.push(v);
    }
    return new PyTuple(out);
  }
}
export const zipType: PyType = lazyType("zip", PyZip, (cls, args, kw) => {
  const pos = positional(args, kw);
  const kws = kwargsOf(args, kw);
  for (const k of kws.keys()) if (k !== "strict") throw typeError(`zip() got an unexpected keyword argument '${k}'`);
  const its = pos.map((a) => iterate(a));
  return own(new PyZip(its, truthy(kws.get("strict") ?? false)), cls, zipType);
});

export class PyMap extends PyLazyIter {
  constructor(private readonly _fn: PyValue, private readonly _its: PyIterator[]) { super(); }
  next(): PyValue | undefined {
    const args: PyValue[] = [];
    for (const it of this._its) {
      const v = it.next();
      if (v === undefined) return undefined;
      args.push(v);
    }
    return call(this._fn, args);
  }
}
export const mapType: PyType = lazyType("map", PyMap, (cls, args, kw) => {
  if (cls === mapType) noKwargs("map", kw);
  if (args.length < 2) throw typeError("map() must have at least two arguments.");
  return own(new PyMap(args[0], args.slice(1).map((a) => iterate(a))), cls, mapType);
});

export class PyFilter extends PyLazyIter {
  constructor(private readonly _fn: PyValue, private readonly _it: PyIterator) { super(); }
  next(): PyValue | undefined {
    for (;;) {
      const v = this._it.next();
      if (v === undefined) return undefined;
      if (this._fn === null ? truthy(v) : truthy(call(this._fn, [v]))) return v;
    }
  }
}
export const filterType: PyType = lazyType("filter", PyFilter, (cls, args, kw) => {
  if (cls === filterType) noKwargs("filter", kw);
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  return own(new PyFilter(args[0], iterate(args[1])), cls, filterType);
});

/** reversed() over a sequence (len + getitem), the fallback when there is no __reversed__. */
export class PyReversed extends PyLazyIter {
  constructor(private readonly _seq: PyValue, private _i: number, private readonly _get: (o: PyValue, k: PyValue) => PyValue) { super(); }
  next(): PyValue | undefined {
    if (this._i < 0) return undefined;
    try { return this._get(this._seq, this._i--); } catch (e) {
      if (isExc(e, IndexErrorCls) || isExc(e, StopIteration)) { this._i = -1; return undefined; }
      throw e;
    }
  }
}
export const reversedType: PyType = lazyType("reversed", PyReversed, (cls, args, kw) => {
  if (cls === reversedType) noKwargs("reversed", kw);
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  return reversedOf(args[0], cls);
});
function reversedOf(seq: PyValue, cls: PyType): PyValue {
  const t = typeOf(seq);
  const rev = t.lookup("__reversed__");
  if (rev === null) throw typeError(`'${tn(seq)}' object is not reversible`);
  if (rev !== undefined && cls === reversedType) return callBound(rev, seq, []);
  const s = t.slots;
  if (typeof seq === "string") return own(new PyReversed(seq, seq.length - 1, (o, k) => (o as string)[k as number]), cls, reversedType);
  if (!s.getitem || t.lookup("keys") !== undefined) throw typeError(`'${tn(seq)}' object is not reversible`);
  // a sequence by __getitem__ alone: CPython's PySequence_Size fails then
  if (!s.len) throw typeError(`object of type '${tn(seq)}' has no len()`);
  return own(new PyReversed(seq, s.len(seq) - 1, s.getitem), cls, reversedType);
}

/** iter(callable, sentinel). */
export class PyCallableIter extends PyLazyIter {
  private _done = false;
  constructor(private readonly _fn: PyValue, private readonly _sentinel: PyValue) { super(); }
  next(): PyValue | undefined {
    if (this._done) return undefined;
    let v: PyValue;
    try { v = call(this._fn, []); } catch (e) {
      if (isExc(e, StopIteration)) { this._done = true; return undefined; }
      throw e;
    }
    if (v === this._sentinel || pyEquals(v, this._sentinel)) { this._done = true; return undefined; }
    return v;
  }
}
export const callableIteratorType: PyType = defineType("callable_iterator", {
  proto: PyCallableIter,
  baseType: false,
  slots: { iter: (o: PyLazyIter) => o, next: (o: PyLazyIter) => o.next() },
});
