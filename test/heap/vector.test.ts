import { describe, expect, it } from "vitest";
import { EMPTY, encodeSmall as S, decodeSmall } from "../../runtime/heap/words.js";
import { makeHeap } from "./helpers.js";

const arr = (ws: ArrayLike<number>) => Array.from(ws, decodeSmall);

describe("shared vector", () => {
  it("push, get, set, length, Python-style indexes", () => {
    const { heap } = makeHeap();
    const l = heap.listNew();
    expect(heap.tag(l)).toBe(heap.TAG_LIST);
    expect(heap.listLength(l)).toBe(0);
    expect(heap.listGet(l, 0)).toBe(EMPTY);
    for (let i = 0; i < 100; i++) heap.listPush(l, S(i));
    expect(heap.listLength(l)).toBe(100);
    expect(decodeSmall(heap.listGet(l, 0))).toBe(0);
    expect(decodeSmall(heap.listGet(l, -1))).toBe(99);
    expect(heap.listGet(l, 100)).toBe(EMPTY);
    expect(heap.listGet(l, -101)).toBe(EMPTY);
    expect(heap.listSet(l, -2, S(7))).toBe(S(98));
    expect(heap.listSet(l, 100, S(7))).toBe(EMPTY);
    expect(decodeSmall(heap.listGet(l, 98))).toBe(7);
  });
  it("pop, insert, remove, splice, reverse, replaceAll, clear match a JS array model", () => {
    const { heap } = makeHeap(4 << 20);
    const l = heap.listNew();
    const model: number[] = [];
    let seed = 1;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let step = 0; step < 5000; step++) {
      const op = rnd(10);
      const n = model.length;
      if (op <= 2) {
        const v = rnd(1000);
        heap.listPush(l, S(v));
        model.push(v);
      } else if (op === 3) {
        const i = rnd(n + 5) - ((n + 5) >> 1);
        const w = heap.listPop(l, i);
        let j = i < 0 ? i + n : i;
        if (j < 0 || j >= n) expect(w).toBe(EMPTY);
        else expect(decodeSmall(w)).toBe(model.splice(j, 1)[0]);
      } else if (op === 4) {
        const i = rnd(n + 5) - 2;
        const v = rnd(1000);
        heap.listInsert(l, i, S(v));
        let j = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
        model.splice(j, 0, v);
      } else if (op === 5) {
        const v = rnd(1000);
        const w = heap.listRemoveFirst(l, (x) => x === S(v));
        const j = model.indexOf(v);
        if (j < 0) expect(w).toBe(EMPTY);
        else {
          expect(w).toBe(S(v));
          model.splice(j, 1);
        }
      } else if (op === 6) {
        const a = rnd(n + 3) - 1;
        const b = rnd(n + 3) - 1;
        const vs = Array.from({ length: rnd(4) }, () => rnd(1000));
        const removed = heap.listSplice(l, a, b, vs.map(S));
        const norm = (i: number) => Math.min(n, Math.max(0, i < 0 ? i + n : i));
        const s0 = norm(a);
        const s1 = Math.max(s0, norm(b));
        expect(arr(removed)).toEqual(model.splice(s0, s1 - s0, ...vs));
      } else if (op === 7 && rnd(10) === 0) {
        heap.listReverse(l);
        model.reverse();
      } else if (op === 8 && rnd(20) === 0) {
        const sorted = arr(heap.listSnapshot(l)).sort((x, y) => x - y);
        expect(arr(heap.listReplaceAll(l, sorted.map(S)))).toEqual(model);
        model.sort((x, y) => x - y);
      } else if (op === 9 && rnd(50) === 0) {
        expect(arr(heap.listClear(l))).toEqual(model);
        model.length = 0;
      } else if (op === 9) {
        heap.listExtend(l, [S(1), S(2)]);
        model.push(1, 2);
      }
      expect(heap.listLength(l)).toBe(model.length);
      if (step % 50 === 0) expect(arr(heap.listSnapshot(l))).toEqual(model);
      heap.safepoint();
    }
    expect(arr(heap.listSnapshot(l))).toEqual(model);
  });
  it("grows and shrinks its items block, keeping memory bounded", () => {
    const { heap } = makeHeap(4 << 20);
    const l = heap.listNew();
    const start = heap.stats().bytesInUse;
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < 10000; i++) heap.listPush(l, S(i));
      while (heap.listLength(l) > 0) heap.listPop(l);
      heap.leave();
      heap.collect();
      heap.enter();
    }
    heap.leave();
    heap.collect();
    heap.collect();
    heap.enter();
    expect(heap.stats().bytesInUse - start).toBeLessThan(1024);
    expect(heap.stats().bytesReserved).toBeLessThan(1 << 20);
  });
  it("a callback that re-enters the same list fails loudly instead of deadlocking", () => {
    const { heap } = makeHeap();
    const l = heap.listNew();
    heap.listPush(l, S(1));
    expect(() => heap.listRemoveFirst(l, () => (heap.listPush(l, S(2)), false))).toThrow(/re-entered/);
    heap.listPush(l, S(3)); // the lock was released
    expect(heap.listLength(l)).toBe(2);
  });
});
