import { describe, expect, it } from "vitest";
import { EMPTY, encodeSmall as S, decodeSmall } from "../../runtime/heap/words.js";
import { makeHeap } from "./helpers.js";

describe("shared hash table", () => {
  it("string keys: set, get, replace, delete, insertion order", () => {
    const { heap } = makeHeap();
    const t = heap.tableNew();
    expect(heap.tag(t)).toBe(heap.TAG_TABLE);
    const h = (s: string) => heap.hashString(s);
    expect(heap.tableGetStr(t, h("a"), "a")).toBe(EMPTY);
    expect(heap.tableSetStr(t, h("a"), "a", S(1))).toBe(EMPTY);
    expect(heap.tableSetStr(t, h("b"), "b", S(2))).toBe(EMPTY);
    const v0 = heap.tableVersion(t);
    expect(heap.tableSetStr(t, h("a"), "a", S(3))).toBe(S(1));
    expect(heap.tableVersion(t)).toBe(v0); // replacing is not a size change
    expect(heap.tableGetStr(t, h("a"), "a")).toBe(S(3));
    expect(heap.tableSize(t)).toBe(2);
    const out = new Int32Array(3);
    expect(heap.tableDeleteStr(t, h("a"), "a", out)).toBe(true);
    expect(heap.readString(out[0])).toBe("a");
    expect(out[1]).toBe(S(3));
    expect(heap.tableVersion(t)).toBe(v0 + 1);
    expect(heap.tableDeleteStr(t, h("a"), "a", out)).toBe(false);
    heap.tableSetStr(t, h("a"), "a", S(4));
    const keys: string[] = [];
    for (let p = 0; (p = heap.tableNext(t, p, out)) >= 0; ) keys.push(heap.readString(out[0]));
    expect(keys).toEqual(["b", "a"]);
    // generic API meets the string fast path (same hash, string block keys)
    const k = heap.allocString("b");
    expect(heap.tableGet(t, h("b"), (w) => heap.stringBlocksEqual(w, k))).toBe(S(2));
    expect(heap.tableLookup(t, h("zz"), () => true)).toBe(-1);
  });
  it("int keys with colliding hashes, popitem, clear, candidates", () => {
    const { heap } = makeHeap();
    const t = heap.tableNew();
    const eq = (k: number) => (w: number) => w === S(k);
    for (let k = 0; k < 50; k++) expect(heap.tableSet(t, k % 3, S(k), S(k * 10), eq(k))).toBe(EMPTY);
    for (let k = 0; k < 50; k++) expect(heap.tableGet(t, k % 3, eq(k))).toBe(S(k * 10));
    expect(heap.tableCandidates(t, 1).length).toBe(17);
    const out: number[] = [];
    expect(heap.tablePopitem(t, out)).toBe(true);
    expect(out.map(decodeSmall)).toEqual([49, 490]);
    expect(heap.tableSize(t)).toBe(49);
    heap.tableSet(t, 1, S(49), S(1), eq(49));
    const items = heap.tableItems(t);
    expect(decodeSmall(items[items.length - 2])).toBe(49);
    const removed = heap.tableClear(t);
    expect(removed.length).toBe(100);
    expect(heap.tableSize(t)).toBe(0);
    expect(heap.tablePopitem(t, out)).toBe(false);
    // string-key lookups are safe on a table holding int keys
    expect(heap.tableGetStr(t, 0, "x")).toBe(EMPTY);
  });
  it("matches a JS Map model under random inserts/deletes (resizes, tombstones)", () => {
    const { heap } = makeHeap(8 << 20);
    const t = heap.tableNew();
    const model = new Map<string, number>();
    let seed = 7;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const out = [0, 0, 0];
    for (let step = 0; step < 20000; step++) {
      const key = "k" + rnd(500);
      const h = heap.hashString(key);
      if (rnd(3) === 0) {
        const had = heap.tableDeleteStr(t, h, key, out);
        expect(had).toBe(model.delete(key));
        if (had) heap.retire(out[0]);
      } else {
        const v = rnd(1 << 20);
        const prev = heap.tableSetStr(t, h, key, S(v));
        expect(prev === EMPTY ? undefined : decodeSmall(prev)).toBe(model.get(key));
        // JS Map keeps the original insertion position on replace, like dict
        model.set(key, v);
      }
      expect(heap.tableSize(t)).toBe(model.size);
      heap.safepoint();
    }
    const got: [string, number][] = [];
    for (let p = 0; (p = heap.tableNext(t, p, out)) >= 0; ) got.push([heap.readString(out[0]), decodeSmall(out[1])]);
    expect(got).toEqual([...model.entries()]);
  });
  it("dict counting: 100k distinct keys", () => {
    const { heap } = makeHeap(64 << 20);
    const t = heap.tableNew();
    for (let i = 0; i < 100000; i++) {
      const k = "w" + (i % 100000);
      const h = heap.hashString(k);
      const v = heap.tableGetStr(t, h, k);
      heap.tableSetStr(t, h, k, S(v === EMPTY ? 1 : decodeSmall(v) + 1));
    }
    expect(heap.tableSize(t)).toBe(100000);
    expect(heap.tableGetStr(t, heap.hashString("w99999"), "w99999")).toBe(S(1));
  });
});

describe("table inline caches", () => {
  it("hit while the layout holds; miss after resize, clear or delete", () => {
    const { heap } = makeHeap(4 << 20);
    const t = heap.tableNew();
    const h = heap.hashString("x");
    heap.tableSetStr(t, h, "x", S(1));
    const layout = heap.tableLayout(t);
    const e = heap.tableLookup(t, h, (k) => heap.stringEquals(k, "x"));
    expect(e).toBe(0);
    expect(heap.tableValueAt(t, layout, e)).toBe(S(1));
    expect(heap.tableSetAt(t, layout, e, S(2))).toBe(S(1));
    expect(heap.tableGetStr(t, h, "x")).toBe(S(2));
    expect(heap.tableValueAt(t, layout, 5)).toBe(EMPTY); // no such entry
    for (let i = 0; i < 20; i++) heap.tableSetStr(t, heap.hashString("k" + i), "k" + i, S(i)); // resizes
    expect(heap.tableLayout(t)).not.toBe(layout);
    expect(heap.tableValueAt(t, layout, e)).toBe(EMPTY);
    expect(heap.tableSetAt(t, layout, e, S(3))).toBe(EMPTY);
    expect(heap.tableGetStr(t, h, "x")).toBe(S(2));
    const l2 = heap.tableLayout(t);
    const e2 = heap.tableLookup(t, h, (k) => heap.stringEquals(k, "x"));
    expect(heap.tableValueAt(t, l2, e2)).toBe(S(2));
    heap.tableDeleteStr(t, h, "x", [0, 0]);
    expect(heap.tableValueAt(t, l2, e2)).toBe(EMPTY);
    expect(heap.tableSetAt(t, l2, e2, S(4))).toBe(EMPTY);
    expect(heap.tableGetStr(t, h, "x")).toBe(EMPTY);
    heap.tableClear(t);
    expect(heap.tableLayout(t)).not.toBe(l2);
  });

  it("a cache is taken only across one even layout; a value slot index is read with it", () => {
    const { heap } = makeHeap(4 << 20);
    const t = heap.tableNew();
    const h = heap.hashString("x");
    const eq = (k: number) => heap.stringEquals(k, "x");
    heap.tableSetStr(t, h, "x", S(1));
    const layout = heap.tableLayout(t);
    expect(layout % 2).toBe(0);
    const e = heap.tableLookupAt(t, layout, h, eq);
    expect(e).toBe(0);
    expect(heap.tableLookupAt(t, layout + 1, h, eq)).toBe(-2); // odd: a block is being published
    expect(heap.tableLookupAt(t, layout, heap.hashString("y"), (k) => heap.stringEquals(k, "y"))).toBe(-1);
    const at = heap.tableValueIndex(t, layout, e);
    const la = heap.tableLayoutIndex(t);
    expect(heap.i32[at]).toBe(S(1));
    heap.tableSetAt(t, layout, e, S(5));
    expect(heap.i32[at]).toBe(S(5));
    for (let i = 0; i < 20; i++) heap.tableSetStr(t, heap.hashString("k" + i), "k" + i, S(i)); // resizes
    const l2 = heap.tableLayout(t);
    expect(l2 % 2).toBe(0);
    expect(heap.i32[la]).toBe(l2); // a reader of the old slot sees the layout moved: a miss
    expect(heap.tableLookupAt(t, layout, h, eq)).toBe(-2);
    expect(heap.tableValueIndex(t, layout, e)).toBe(-1);
    heap.tableClear(t);
    expect(heap.tableLayout(t) % 2).toBe(0);
  });
});

describe("table popitem", () => {
  it("pops everything LIFO, interleaved with inserts (the top hint keeps it linear)", () => {
    const { heap } = makeHeap(16 << 20);
    const t = heap.tableNew();
    const eq = (k: number) => (w: number) => w === S(k);
    const n = 20000;
    for (let k = 0; k < n; k++) heap.tableSet(t, k * 7919, S(k), S(k), eq(k));
    const out = [0, 0];
    let wrong = 0;
    for (let k = n - 1; k >= 0; k--) {
      if (!heap.tablePopitem(t, out) || decodeSmall(out[0]) !== k) wrong++;
      if (k % 1000 === 0) {
        heap.tableSet(t, -1, S(-1), S(-1), eq(-1));
        expect(heap.tablePopitem(t, out)).toBe(true);
        expect(out[0]).toBe(S(-1));
      }
    }
    expect(wrong).toBe(0);
    expect(heap.tablePopitem(t, out)).toBe(false);
    expect(heap.tableSize(t)).toBe(0);
  });
});
