// The builtin iterator types (list_iterator, tuple_iterator, str_ascii_iterator, range_iterator,
// set_iterator, dict_keyiterator, ...): one JS class whose instances carry their CPython type, so
// error messages and type() show the right name. An exhausted iterator stays exhausted.
import { PyObject, PyType, PyValue, PyIterator, defineType } from "./object.js";

export class PyNativeIter extends PyObject implements PyIterator {
  private _next: (() => PyValue | undefined) | null;
  constructor(cls: PyType, next: () => PyValue | undefined) {
    super();
    this.cls = cls;
    this._next = next;
  }
  next(): PyValue | undefined {
    if (this._next === null) return undefined;
    const v = this._next();
    if (v === undefined) this._next = null;
    return v;
  }
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

/** str iteration (by UTF-16 unit, docs/internals.md). */
export function strIter(s: string): PyNativeIter {
  let i = 0;
  // eslint-disable-next-line no-control-regex
  const cls = /^[\x00-\x7f]*$/.test(s) ? strAsciiIteratorType : strIteratorType;
  return new PyNativeIter(cls, () => (i < s.length ? s[i++] : undefined));
}
