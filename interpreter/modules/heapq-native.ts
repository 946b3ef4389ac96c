// heapq's push, pop and heapify, native as CPython's C functions: heapq.py's sift steps (CPython's), so a heap
// holds its items in the same order and the same comparisons are made. On a list threads share, each
// operation is one step under the list's lock, as CPython's are under the GIL: threads pushing onto and
// popping from one heap without a lock keep it a heap and each pop gets a different item. There only
// items whose comparisons run no Python code (None, bool, int, float, str, tuples of them) are compared,
// decoded as compared (O(log n) of them); meeting another undoes the steps taken and heapq.py's Python
// code runs instead (`miss`).
import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/object.js";
import { PyList, listType } from "../objects/list.js";
import { indexError } from "../objects/exceptions.js";
import { lessThan, plainItem } from "../objects/list-sort.js";
import { listOps } from "../shared/hooks.js";
import { S, decode, encode, retireOwned } from "../shared/codec.js";

export type HeapOp = "push" | "pop" | "replace" | "pushpop" | "heapify";

/** A list's items as the sift steps see them: a local list's values, or a shared list's words. */
interface Slots<T> {
  length(): number;
  get(i: number): T;
  set(i: number, v: T): void;
  push(v: T): void;
  pop(): T;
}

/** Thrown from inside a shared list's lock when an item compared is not plain. */
const NOT_PLAIN = {};

/** heapq's `op` on `heap` (with `item` but for pop and heapify), or `miss` for heapq.py to do it (a list subclass, or a shared heap's item not plain). */
export function heapOp(op: HeapOp, heap: PyValue, item: PyValue, miss: PyValue): PyValue {
  if (!(heap instanceof PyList) || typeOf(heap) !== listType) return miss;
  if (heap._shared === null) {
    const slots: Slots<PyValue> = {
      length: () => heap.length,
      get: (i) => heap.getItem(i),
      set: (i, v) => heap.setItem(i, v),
      push: (v) => heap.append(v),
      pop: () => heap.pop(heap.length - 1),
    };
    const r = new Sifter(slots, (v) => v, item, item, false).run(op);
    if (r === null) throw indexError("index out of range");
    return op === "push" || op === "heapify" ? null : r.value;
  }
  const pushes = op !== "pop" && op !== "heapify";
  if (pushes && !plainItem(item)) return miss;
  const h = S.heap;
  h.enter();
  try {
    const iw = pushes ? encode(item) : 0;
    let result: { value: PyValue; gone: number | undefined } | null;
    try {
      result = listOps.locked(heap, (view) => {
        const keys = new Map<number, PyValue>([[iw, item]]); // word -> item, each decoded once
        const key = (w: number): PyValue => {
          let k = keys.get(w);
          if (k === undefined && !keys.has(w)) {
            k = decode(w);
            if (!plainItem(k)) throw NOT_PLAIN;
            keys.set(w, k);
          }
          return k as PyValue;
        };
        return new Sifter(view, key, iw, item, true).run(op);
      });
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
    if (result.gone !== undefined) retireOwned(result.gone);
    return op === "push" || op === "heapify" ? null : result.value;
  } finally {
    h.leave();
  }
}

/** One operation's sift steps on the slots; undone if `key` throws NOT_PLAIN (`undoable`: a shared list's). */
class Sifter<T> {
  /** index, previous slot: kept only when the steps may have to be undone (no log for a local list). */
  private readonly _undo: (number | T)[] | null;
  private readonly _lengthBefore: number;
  private _popped: T | undefined;

  constructor(
    private readonly _s: Slots<T>,
    private readonly _key: (slot: T) => PyValue,
    private readonly _item: T,
    private readonly _itemKey: PyValue,
    undoable: boolean,
  ) {
    this._lengthBefore = _s.length();
    this._undo = undoable ? [] : null;
  }

  /** The result (the item returned, the slot taken out or not stored), or null for IndexError ("index out of range"). */
  run(op: HeapOp): { value: PyValue; gone: T | undefined } | null {
    const s = this._s;
    try {
      const n = s.length();
      if (op === "heapify") {
        for (let i = (n >> 1) - 1; i >= 0; i--) this._siftup(i);
        return { value: null, gone: undefined };
      }
      if (op === "push") {
        s.push(this._item);
        this._siftdown(0, n);
        return { value: null, gone: undefined };
      }
      if (n === 0) return op === "pushpop" ? { value: this._itemKey, gone: this._item } : null;
      const top = s.get(0);
      const topKey = this._key(top);
      if (op === "pushpop" && !lessThan(topKey, this._itemKey)) return { value: this._itemKey, gone: this._item };
      if (op === "pop") {
        const last = (this._popped = s.pop());
        if (n > 1) {
          this._set(0, last);
          this._siftup(0);
        }
      } else {
        this._set(0, this._item);
        this._siftup(0);
      }
      return { value: topKey, gone: top };
    } catch (e) {
      if (e === NOT_PLAIN) this._rollback();
      throw e;
    }
  }

  private _set(i: number, v: T): void {
    this._undo?.push(i, this._s.get(i));
    this._s.set(i, v);
  }

  /** Puts back every slot changed, and the length (a push pushed one; a pop took the last before any compare). */
  private _rollback(): void {
    const s = this._s;
    const undo = this._undo!;
    for (let k = undo.length - 2; k >= 0; k -= 2) s.set(undo[k] as number, undo[k + 1] as T);
    while (s.length() > this._lengthBefore) s.pop();
    if (s.length() < this._lengthBefore) s.push(this._popped as T);
  }

  // heapq.py's _siftdown and _siftup
  private _siftdown(startpos: number, pos: number): void {
    const s = this._s;
    const newItem = s.get(pos);
    const newKey = this._key(newItem);
    while (pos > startpos) {
      const parentpos = (pos - 1) >> 1;
      const parent = s.get(parentpos);
      if (!lessThan(newKey, this._key(parent))) break;
      this._set(pos, parent);
      pos = parentpos;
    }
    this._set(pos, newItem);
  }

  private _siftup(pos: number): void {
    const s = this._s;
    const endpos = s.length();
    const startpos = pos;
    const newItem = s.get(pos);
    let childpos = 2 * pos + 1;
    while (childpos < endpos) {
      const rightpos = childpos + 1;
      if (rightpos < endpos && !lessThan(this._key(s.get(childpos)), this._key(s.get(rightpos)))) childpos = rightpos;
      this._set(pos, s.get(childpos));
      pos = childpos;
      childpos = 2 * pos + 1;
    }
    this._set(pos, newItem);
    this._siftdown(startpos, pos);
  }
}
