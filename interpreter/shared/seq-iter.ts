// list, tuple and range iterators shared between threads (`work = iter(range(100))`, then several
// threads `for n in work`): a T_SEQITER record [kind, sequence, position]. Each next() claims the
// position with a compare-and-swap, so every item goes to exactly one thread, as under CPython's GIL,
// and the end, once seen, is the end for every thread (the position becomes DONE).
// An iterator that never crosses threads keeps its local stepping function (objects/iterators.ts): the
// swap to the shared one happens when it is published.
import { PyValue } from "../objects/object.js";
import { PyNativeIter, IterStep, listIteratorType, tupleIteratorType, rangeIteratorType } from "../objects/iterators.js";
import { PyList, listType, listIterStep } from "../objects/list.js";
import { PyTuple, tupleIterStep } from "../objects/tuple.js";
import { RangeCount, rangeIterStep } from "../objects/range.js";
import { S, Ref, T_SEQITER, encode, decode, registerExtCodec } from "./codec.js";

const KIND = 0, SEQ = 1, POS = 2;
const LIST = 0, TUPLE = 1, RANGE = 2;
/** The position word once the iterator is exhausted (the heap's NONE). */
const DONE = 2, EMPTY = 0;
/** Positions are small-int words (< 2**30): a longer range's iterator stays with its thread. */
const MAX_POS = 0x3fffffff;

/** Moves the position from w to w + 1 (tagged small ints: + 2); false when another thread moved it first. */
function claim(a: number, w: number): boolean {
  return S.heap.recordCompareExchange(a, POS, w, w + 2) === w;
}
/** The end: false when another thread moved the position first (the caller looks again). */
function finish(a: number, w: number): boolean {
  return S.heap.recordCompareExchange(a, POS, w, DONE) === w;
}

function sharedListStep(it: PyNativeIter): PyValue | undefined {
  const h = S.heap, a = it.rec;
  const body = ((it.seq as PyList)._shared as Ref).body;
  for (;;) {
    const w = h.recordGet(a, POS);
    if (w === DONE) return undefined;
    // the item is read before it is claimed (a list may grow or shrink meanwhile): a lost claim drops it
    let x: PyValue | undefined;
    h.enter();
    try {
      const iw = h.listGet(body, w >> 1);
      x = iw === EMPTY ? undefined : decode(iw);
    } finally { h.leave(); }
    if (x === undefined) { if (finish(a, w)) return undefined; } else if (claim(a, w)) return x;
  }
}
function sharedTupleStep(it: PyNativeIter): PyValue | undefined {
  const items = it.seq as PyValue[];
  for (;;) {
    const w = S.heap.recordGet(it.rec, POS);
    if (w === DONE) return undefined;
    const i = w >> 1;
    if (i >= items.length) { if (finish(it.rec, w)) return undefined; } else if (claim(it.rec, w)) return items[i];
  }
}
function sharedRangeStep(it: PyNativeIter): PyValue | undefined {
  const c = it.seq as RangeCount;
  for (;;) {
    const w = S.heap.recordGet(it.rec, POS);
    if (w === DONE) return undefined;
    const i = w >> 1;
    if (i >= c.n) { if (finish(it.rec, w)) return undefined; } else if (claim(it.rec, w)) return c.start + c.step * i;
  }
}

const KINDS = [
  { cls: listIteratorType, local: listIterStep as IterStep, shared: sharedListStep as IterStep },
  { cls: tupleIteratorType, local: tupleIterStep, shared: sharedTupleStep },
  { cls: rangeIteratorType, local: rangeIterStep, shared: sharedRangeStep },
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
    if (k < 0 || (o.step !== null && o.step !== KINDS[k].local)) return false;
    if (k === LIST) { const l = o.seq as PyList; return l.cls === listType || l.cls.isHeap; }
    if (k === TUPLE) return (o.seq as PyValue[]).length <= MAX_POS;
    return (o.seq as RangeCount).n <= MAX_POS;
  },
  fields(o, a) {
    const it = o as PyNativeIter;
    const k = kindOf(it);
    let seq: number;
    if (k === LIST) seq = encode(it.seq as PyList);
    else if (k === TUPLE) seq = encode(new PyTuple(it.seq as PyValue[]));
    else { const c = it.seq as RangeCount; seq = encode(new PyTuple([c.start, c.step, c.n])); }
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
    if (k === RANGE) {
      const [start, step, n] = (seq as PyTuple).items as number[];
      it.seq = new RangeCount(start, step, n);
    } else it.seq = k === TUPLE ? (seq as PyTuple).items : seq;
    return it;
  },
});
