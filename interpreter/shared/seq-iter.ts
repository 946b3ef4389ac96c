// Iterators over lists, tuples, ranges and strs shared between threads (`work = iter(range(100))`, then
// several threads `for n in work`): a T_SEQITER record [kind, sequence, position]. Each next() claims the
// position with a compare-and-swap, so every item goes to exactly one thread, as under CPython's GIL,
// and the end, once seen, is the end for every thread (the position becomes DONE).
// An iterator that never crosses threads keeps its local stepping function (objects/iterators.ts): the
// swap to the shared one happens when it is published.
import { PyValue, PyType } from "../objects/object.js";
import {
  PyNativeIter, IterStep, listIteratorType, listReverseIteratorType, tupleIteratorType, rangeIteratorType,
  strAsciiIteratorType, strIteratorType, strIterStep,
} from "../objects/iterators.js";
import { PyList, listType, listIterStep, listRevIterStep } from "../objects/list.js";
import { PyTuple, tupleIterStep } from "../objects/tuple.js";
import { RangeCount, rangeIterStep } from "../objects/range.js";
import { S, Ref, T_SEQITER, encode, decode, registerExtCodec } from "./codec.js";

const KIND = 0, SEQ = 1, POS = 2;
/** The position word once the iterator is exhausted (the heap's NONE). */
const DONE = 2, EMPTY = 0, NONE = 2;
/** Positions are small-int words (< 2**30): a longer range's iterator stays with its thread. */
const MAX_POS = 0x3fffffff;

/** Moves the position word from w by d (tagged small ints: 2 per step); false when another thread moved it first. */
function claim(a: number, w: number, d: number): boolean {
  return S.heap.recordCompareExchange(a, POS, w, w + d) === w;
}
/** The end: false when another thread moved the position first (the caller looks again). */
function finish(a: number, w: number): boolean {
  return S.heap.recordCompareExchange(a, POS, w, DONE) === w;
}

/** A list's item at the position, forwards (d = 2) or backwards (d = -2). */
function sharedListStep(it: PyNativeIter, d: number): PyValue | undefined {
  const h = S.heap, a = it.rec;
  const body = ((it.seq as PyList)._shared as Ref).body;
  for (;;) {
    const w = h.recordGet(a, POS);
    if (w === DONE) return undefined;
    const i = w >> 1;
    // the item is read before it is claimed (a list may grow or shrink meanwhile): a lost claim drops it
    let x: PyValue | undefined;
    if (i >= 0) {
      h.enter();
      try {
        const iw = h.listGet(body, i);
        x = iw === EMPTY ? undefined : decode(iw);
      } finally { h.leave(); }
    }
    if (x === undefined) { if (finish(a, w)) return undefined; } else if (claim(a, w, d)) return x;
  }
}
/** A tuple's items or a str: immutable, so the claim comes first. */
function sharedArrayStep(it: PyNativeIter): PyValue | undefined {
  const items = it.seq as ArrayLike<PyValue>;
  for (;;) {
    const w = S.heap.recordGet(it.rec, POS);
    if (w === DONE) return undefined;
    const i = w >> 1;
    if (i >= items.length) { if (finish(it.rec, w)) return undefined; } else if (claim(it.rec, w, 2)) return items[i];
  }
}
function sharedRangeStep(it: PyNativeIter): PyValue | undefined {
  const c = it.seq as RangeCount;
  for (;;) {
    const w = S.heap.recordGet(it.rec, POS);
    if (w === DONE) return undefined;
    const i = w >> 1;
    if (i >= c.n) { if (finish(it.rec, w)) return undefined; } else if (claim(it.rec, w, 2)) return c.start + c.step * i;
  }
}

const LIST = 0, LIST_REV = 1, TUPLE = 2, RANGE = 3, STR_ASCII = 4, STR = 5;
const KINDS: { cls: PyType; local: IterStep; shared: IterStep }[] = [
  { cls: listIteratorType, local: listIterStep, shared: (it) => sharedListStep(it, 2) },
  { cls: listReverseIteratorType, local: listRevIterStep, shared: (it) => sharedListStep(it, -2) },
  { cls: tupleIteratorType, local: tupleIterStep, shared: sharedArrayStep },
  { cls: rangeIteratorType, local: rangeIterStep, shared: sharedRangeStep },
  { cls: strAsciiIteratorType, local: strIterStep, shared: sharedArrayStep },
  { cls: strIteratorType, local: strIterStep, shared: sharedArrayStep },
];
function kindOf(it: PyNativeIter): number {
  for (let k = 0; k < KINDS.length; k++) if (KINDS[k].cls === it.cls) return k;
  return -1;
}

registerExtCodec({
  tag: T_SEQITER,
  size: 3,
  owns(o) {
    if (!(o instanceof PyNativeIter)) return false;
    const k = kindOf(o);
    if (k < 0) return false;
    if (o.step === null) return true; // exhausted: its sequence is gone, its position is DONE
    if (o.step !== KINDS[k].local) return false;
    if (k === LIST || k === LIST_REV) { const l = o.seq as PyList; return l.cls === listType || l.cls.isHeap; }
    if (k === RANGE) return (o.seq as RangeCount).n <= MAX_POS;
    return (o.seq as ArrayLike<PyValue>).length <= MAX_POS;
  },
  fields(o, a) {
    const it = o as PyNativeIter;
    const k = kindOf(it);
    let seq: number;
    if (it.step === null) seq = NONE;
    else if (k === TUPLE) seq = encode(new PyTuple(it.seq as PyValue[]));
    else if (k === RANGE) { const c = it.seq as RangeCount; seq = encode(new PyTuple([c.start, c.step, c.n])); }
    else seq = encode(it.seq as PyList | string);
    const pos = it.step === null ? DONE : (it.i << 1) | 1;
    it.rec = a;
    if (it.step !== null) it.setStep(KINDS[k].shared);
    return [(k << 1) | 1, seq, pos];
  },
  make(a, reg) {
    const h = S.heap;
    const k = h.recordGet(a, KIND) >> 1;
    const it = new PyNativeIter(KINDS[k].cls, KINDS[k].shared);
    it.rec = a;
    reg(it);
    const seq = decode(h.recordGet(a, SEQ));
    if (seq === null) { it.setStep(null); return it; } // shared once exhausted
    if (k === RANGE) {
      const [start, step, n] = (seq as PyTuple).items as number[];
      it.seq = new RangeCount(start, step, n);
    } else it.seq = k === TUPLE ? (seq as PyTuple).items : seq;
    return it;
  },
});
