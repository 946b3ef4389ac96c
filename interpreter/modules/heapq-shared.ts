// heapq's push and pop on a list threads share, each in one step under the list's lock, as CPython's C
// functions are one step under the GIL: threads pushing onto and popping from one heap without a lock
// keep it a heap and each pop gets a different item. The sift steps are heapq.py's (CPython's), so the
// heap holds its items in the same order, and they touch O(log n) items, decoded as compared. Only
// items whose comparisons run no Python code (None, bool, int, float, str, tuples of them) are compared
// under the lock: meeting another undoes the steps taken and heapq.py's Python code runs instead.
import type { PyValue } from "../objects/object.js";
import { PyList } from "../objects/list.js";
import { indexError } from "../objects/exceptions.js";
import { lessThan, plainItem } from "../objects/list-sort.js";
import { listOps } from "../shared/hooks.js";
import type { ListView } from "../shared-heap.js";
import { S, decode, encode, retireOwned } from "../shared/codec.js";

export type HeapOp = "push" | "pop" | "replace" | "pushpop";

/** Thrown from inside the list's lock when an item compared is not plain. */
const NOT_PLAIN = {};

/** heapq's `op` on `heap` (with `item` but for pop), or `miss` when the heap is not shared or an item is not plain. */
export function heapOp(op: HeapOp, heap: PyValue, item: PyValue, miss: PyValue): PyValue {
  if (!(heap instanceof PyList) || heap._shared === null) return miss;
  const pushes = op !== "pop";
  if (pushes && !plainItem(item)) return miss;
  const h = S.heap;
  h.enter();
  try {
    const iw = pushes ? encode(item) : 0;
    let result: { value: PyValue; gone: number } | null;
    try {
      result = listOps.locked(heap, (view) => new Sifter(view, item, iw).run(op));
    } catch (e) {
      if (pushes) retireOwned(iw);
      if (e === NOT_PLAIN) return miss;
      throw e;
    }
    if (result === null) {
      if (pushes) retireOwned(iw);
      throw indexError("index out of range");
    }
    // the word taken out (the popped item's, or the new one not stored), retired out of the list's lock
    if (result.gone !== 0) retireOwned(result.gone);
    return op === "push" ? null : result.value;
  } finally {
    h.leave();
  }
}

/** One operation on the locked list's words, with the items compared decoded once each, and undone on NOT_PLAIN. */
class Sifter {
  private readonly _keys = new Map<number, PyValue>(); // word -> item
  private readonly _undo: number[] = []; // index, previous word
  private readonly _lengthBefore: number;
  private _popped = 0;

  constructor(
    private readonly _v: ListView,
    private readonly _item: PyValue,
    private readonly _iw: number,
  ) {
    this._lengthBefore = _v.length();
  }

  /** The result (the item returned, the word taken out), or null for IndexError ("index out of range"). */
  run(op: HeapOp): { value: PyValue; gone: number } | null {
    const v = this._v;
    this._keys.set(this._iw, this._item);
    try {
      const n = v.length();
      if (op === "push") {
        v.push(this._iw);
        this._siftdown(0, n);
        return { value: null, gone: 0 };
      }
      if (n === 0) return op === "pushpop" ? { value: this._item, gone: this._iw } : null;
      const top = v.get(0);
      const topKey = this._key(top);
      if (op === "pushpop" && !lessThan(topKey, this._item)) return { value: this._item, gone: this._iw };
      if (op === "pop") {
        const last = (this._popped = v.pop());
        if (n > 1) {
          this._set(0, last);
          this._siftup(0);
        }
      } else {
        this._set(0, this._iw);
        this._siftup(0);
      }
      return { value: topKey, gone: top };
    } catch (e) {
      if (e === NOT_PLAIN) this._rollback();
      throw e;
    }
  }

  private _key(word: number): PyValue {
    let k = this._keys.get(word);
    if (k === undefined && !this._keys.has(word)) {
      k = decode(word);
      if (!plainItem(k)) throw NOT_PLAIN;
      this._keys.set(word, k);
    }
    return k as PyValue;
  }

  private _set(i: number, word: number): void {
    this._undo.push(i, this._v.get(i));
    this._v.set(i, word);
  }

  /** Puts back every word changed, and the length (a push pushed one; a pop took the last). */
  private _rollback(): void {
    const v = this._v;
    for (let k = this._undo.length - 2; k >= 0; k -= 2) v.set(this._undo[k], this._undo[k + 1]);
    while (v.length() > this._lengthBefore) v.pop(); // a push's word
    if (v.length() < this._lengthBefore) v.push(this._popped); // a pop's last word, taken before any compare
  }

  // heapq.py's _siftdown and _siftup
  private _siftdown(startpos: number, pos: number): void {
    const v = this._v;
    const newWord = v.get(pos);
    const newKey = this._key(newWord);
    while (pos > startpos) {
      const parentpos = (pos - 1) >> 1;
      const parent = v.get(parentpos);
      if (!lessThan(newKey, this._key(parent))) break;
      this._set(pos, parent);
      pos = parentpos;
    }
    this._set(pos, newWord);
  }

  private _siftup(pos: number): void {
    const v = this._v;
    const endpos = v.length();
    const startpos = pos;
    const newWord = v.get(pos);
    let childpos = 2 * pos + 1;
    while (childpos < endpos) {
      const rightpos = childpos + 1;
      if (rightpos < endpos && !lessThan(this._key(v.get(childpos)), this._key(v.get(rightpos)))) childpos = rightpos;
      this._set(pos, v.get(childpos));
      pos = childpos;
      childpos = 2 * pos + 1;
    }
    this._set(pos, newWord);
    this._siftdown(startpos, pos);
  }
}
