// The builtin iterator types (list_iterator, tuple_iterator, str_ascii_iterator, range_iterator,
// set_iterator, dict_keyiterator, ...): one JS class whose instances carry their CPython type, so
// error messages and type() show the right name. An exhausted iterator stays exhausted.
import { PyObject, PyType, PyValue, PyIterator, defineType } from "./object.js";

/** One step of an iterator: the next item, or undefined at the end. */
export type IterStep = (it: PyNativeIter) => PyValue | undefined;

export class PyNativeIter extends PyObject implements PyIterator {
  private _next: IterStep | null;
  /**
   * list, tuple, range and str iterators keep their sequence and position here rather than in a closure, so
   * that sharing can read them (shared/seq-iter.ts): a list, a tuple's items array, a RangeCount or a str.
   */
  seq: unknown;
  i = 0;
  /** Once shared: the heap record that holds the position every thread advances (0 before). */
  rec = 0;
  constructor(cls: PyType, next: IterStep, seq: unknown = null) {
    super();
    this.cls = cls;
    this._next = next;
    this.seq = seq;
  }
  next(): PyValue | undefined {
    if (this._next === null) return undefined;
    const v = this._next(this);
    if (v === undefined) {
      // exhausted for good; the sequence is let go, as CPython's iterators drop theirs
      this._next = null;
      this.seq = null;
    }
    return v;
  }
  /** The stepping function, null once exhausted. */
  get step(): IterStep | null { return this._next; }
  /** Sharing hands the iterator's stepping over to the heap record (shared/seq-iter.ts). */
  setStep(next: IterStep | null): void { this._next = next; }
}

function iterType(name: string): PyType {
  return defineType(name, {
    baseType: false,
    slots: {
      iter: (o: PyNativeIter) => o,
      next: (o: PyNativeIter) => o.next(),
    },
  });
}

export const listIteratorType = iterType("list_iterator");
export const listReverseIteratorType = iterType("list_reverseiterator");
export const tupleIteratorType = iterType("tuple_iterator");
export const strAsciiIteratorType = iterType("str_ascii_iterator");
export const strIteratorType = iterType("str_iterator");
export const rangeIteratorType = iterType("range_iterator");
export const longRangeIteratorType = iterType("longrange_iterator");
export const setIteratorType = iterType("set_iterator");
export const dictKeyIteratorType = iterType("dict_keyiterator");
export const dictValueIteratorType = iterType("dict_valueiterator");
export const dictItemIteratorType = iterType("dict_itemiterator");
export const dictRevKeyIteratorType = iterType("dict_reversekeyiterator");
export const dictRevValueIteratorType = iterType("dict_reversevalueiterator");
export const dictRevItemIteratorType = iterType("dict_reverseitemiterator");

/** An iterator over a JS array snapshot or an index function, with the given type. */
export function indexIter(cls: PyType, length: () => number, get: (i: number) => PyValue): PyNativeIter {
  let i = 0;
  return new PyNativeIter(cls, () => (i < length() ? get(i++) : undefined));
}

export function strIterStep(it: PyNativeIter): PyValue | undefined {
  const s = it.seq as string;
  return it.i < s.length ? s[it.i++] : undefined;
}
/** str iteration (by UTF-16 unit, docs/internals.md). */
export function strIter(s: string): PyNativeIter {
  // eslint-disable-next-line no-control-regex
  const cls = /^[\x00-\x7f]*$/.test(s) ? strAsciiIteratorType : strIteratorType;
  return new PyNativeIter(cls, strIterStep, s);
}
