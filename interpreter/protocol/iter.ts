// The iteration protocol: iterate(v) gives a JS PyIterator whose next() returns undefined at the end
// (no StopIteration objects on the fast path). Types provide slots.iter; user classes get a wrapper
// around __iter__/__next__; objects with only __getitem__ iterate by index until IndexError.
import { PyIterator, PyObject, PyValue, typeOf, defineType } from "../objects/object.js";
import { typeError, tn, isExc, IndexError } from "../objects/exceptions.js";

export function iterate(v: PyValue): PyIterator {
  if (typeof v === "string") {
    let i = 0;
    return { next: () => (i < v.length ? v[i++] : undefined) };
  }
  const s = typeOf(v).slots;
  if (s.iter) return s.iter(v);
  if (s.getitem) {
    let i = 0;
    let done = false;
    return {
      next: () => {
        if (done) return undefined;
        try { return s.getitem!(v, i++); } catch (e) {
          if (isExc(e, IndexError)) { done = true; return undefined; }
          throw e;
        }
      },
    };
  }
  throw typeError(`'${tn(v)}' object is not iterable`);
}

/** All items of an iterable, in order. */
export function toArray(v: PyValue): PyValue[] {
  const it = iterate(v);
  const out: PyValue[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
  return out;
}

/**
 * A Python-visible iterator wrapping a JS one (what iter() returns for builtin iterables, and what
 * slots.iter of a user class with __iter__ adapts). It is its own iterator.
 */
export class PyIteratorObject extends PyObject implements PyIterator {
  constructor(private readonly _it: PyIterator) { super(); }
  next(): PyValue | undefined { return this._it.next(); }
}
export const iteratorType = defineType("iterator", {
  proto: PyIteratorObject,
  slots: {
    iter: (o: PyIteratorObject) => o,
    next: (o: PyIteratorObject) => o.next(),
  },
});

/** A Python iterator object (a user class's __iter__ result) seen as a JS one; iter() gives back the
 *  object itself, as CPython's iter() returns what __iter__ returned. */
export class ObjectIterator implements PyIterator {
  constructor(readonly obj: PyValue, private readonly _next: (o: PyValue) => PyValue | undefined) {}
  next(): PyValue | undefined { return this._next(this.obj); }
}

/** The JS iterator behind a Python iterator object (anything with __next__). */
export function asIterator(o: PyValue): PyIterator {
  if (o instanceof PyIteratorObject) return o;
  const next = typeOf(o).slots.next;
  if (!next) throw typeError(`iter() returned non-iterator of type '${tn(o)}'`);
  return new ObjectIterator(o, next);
}
