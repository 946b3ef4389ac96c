import { describe, expect, it } from "vitest";
import { sizeClass, NCLASSES } from "../../runtime/heap/allocator.js";
import { isPointer } from "../../runtime/heap/words.js";
import { Heap } from "../../runtime/heap/index.js";
import { makeHeap, REGION_OFFSET } from "./helpers.js";

describe("allocator", () => {
  it("size classes are monotonic and cover every size", () => {
    let last = -1;
    for (let words = 1; words <= 70000; words++) {
      const c = sizeClass(words);
      expect(c).toBeGreaterThanOrEqual(last);
      last = c;
    }
    expect(sizeClass(1 << 24)).toBeLessThan(NCLASSES);
  });
  it("hands out distinct 8-aligned pointers and reuses retired blocks after the grace period", () => {
    const { heap } = makeHeap();
    const a = heap.allocString("hello");
    const b = heap.allocString("world");
    expect(isPointer(a) && isPointer(b)).toBe(true);
    expect(a % 8).toBe(0);
    expect(a).not.toBe(b);
    const before = heap.stats();
    heap.retire(a);
    heap.leave();
    heap.collect();
    heap.collect();
    heap.enter();
    const after = heap.stats();
    expect(after.bytesInUse).toBe(before.bytesInUse - 24); // [header, len, hash, 3 words of units]
    expect(heap.allocString("again")).toBe(a); // same class, reused
  });
  it("does not reuse a block while a reader that was inside at retirement is still inside", () => {
    const { heap, sab, bytes } = makeHeap();
    const reader = new Heap(sab, REGION_OFFSET, bytes, 1);
    reader.enter();
    const s = heap.allocString("keep me");
    heap.retire(s);
    for (let i = 0; i < 10; i++) {
      heap.leave();
      heap.enter();
      heap.collect();
    }
    expect(heap.allocString("other!!")).not.toBe(s);
    expect(reader.readString(s)).toBe("keep me");
    reader.leave();
    for (let i = 0; i < 4; i++) {
      heap.leave();
      heap.enter();
      heap.collect();
    }
    expect(heap.allocString("same sz")).toBe(s);
  });
  it("throws a clear error when exhausted, and keeps working after freeing", () => {
    const { heap } = makeHeap(64 * 1024);
    const got: number[] = [];
    expect(() => {
      for (;;) got.push(heap.allocString("x".repeat(100)));
    }).toThrow(/^shared heap exhausted \(0 MB\)$/);
    for (const a of got) heap.retire(a);
    heap.leave();
    heap.collect();
    heap.collect();
    heap.enter();
    expect(heap.readString(heap.allocString("after"))).toBe("after");
  });
});

describe("immutable blocks", () => {
  it("strings: round trip, length, hash, equality without allocation", () => {
    const { heap } = makeHeap();
    for (const s of ["", "a", "ab", "héllo wörld", "😀 astral", "x".repeat(5000)]) {
      const a = heap.allocString(s);
      expect(heap.tag(a)).toBe(heap.TAG_STRING);
      expect(heap.readString(a)).toBe(s);
      expect(heap.stringLength(a)).toBe(s.length);
      expect(heap.stringHash(a)).toBe(heap.hashString(s));
      expect(heap.stringEquals(a, s)).toBe(true);
      expect(heap.stringEquals(a, s + "!")).toBe(false);
      expect(heap.stringBlocksEqual(a, heap.allocString(s))).toBe(true);
    }
    expect(heap.stringEquals(heap.allocString("abc"), "abd")).toBe(false);
  });
  it("floats, blobs, bytes", () => {
    const { heap } = makeHeap();
    for (const x of [0, -0, 1.5, -1e308, Infinity, NaN, Math.PI]) expect(Object.is(heap.readFloat(heap.allocFloat(x)), x)).toBe(true);
    const big = "123456789012345678901234567890";
    const b = heap.allocBlob(big);
    expect(heap.tag(b)).toBe(heap.TAG_BLOB);
    expect(heap.readString(b)).toBe(big);
    const json = JSON.stringify({ kind: "Module", body: [{ kind: "Pass" }] });
    expect(JSON.parse(heap.readString(heap.allocBlob(json)))).toEqual({ kind: "Module", body: [{ kind: "Pass" }] });
    expect(Array.from(heap.readBytes(heap.allocBytes([0, 1, 255, 7, 9])))).toEqual([0, 1, 255, 7, 9]);
    expect(heap.readBytes(heap.allocBytes([])).length).toBe(0);
  });
  it("records", () => {
    const { heap } = makeHeap();
    const r = heap.allocRecord(20, [3, 5, 7]);
    expect(heap.tag(r)).toBe(20);
    expect(heap.recordLength(r)).toBe(3);
    expect([0, 1, 2].map((i) => heap.recordGet(r, i))).toEqual([3, 5, 7]);
    heap.recordSet(r, 1, 99);
    expect(heap.recordGet(r, 1)).toBe(99);
    expect(heap.recordExchange(r, 1, 11)).toBe(99);
    expect(heap.recordCompareExchange(r, 1, 11, 13)).toBe(11);
    expect(heap.recordCompareExchange(r, 1, 11, 15)).toBe(13);
    expect(() => heap.recordGet(r, 3)).toThrow(RangeError);
  });
});

describe("epochs", () => {
  it("enter/leave nest: only the outermost pair announces", () => {
    const { heap, sab, bytes } = makeHeap(); // inside (depth 1)
    heap.enter();
    heap.leave();
    expect(heap.inside).toBe(true);
    const other = new Heap(sab, REGION_OFFSET, bytes, 1);
    const s = heap.allocString("pinned!");
    other.retire(s);
    for (let i = 0; i < 5; i++) other.collect();
    expect(other.allocString("another")).not.toBe(s); // we are still inside: s stays in limbo
    heap.leave();
    expect(heap.inside).toBe(false);
    for (let i = 0; i < 3; i++) other.collect();
    expect(other.allocString("reused!")).toBe(s);
  });
  it("readString refuses a block that is not text", () => {
    const { heap } = makeHeap();
    expect(() => heap.readString(heap.allocFloat(1))).toThrow(/internal error/);
  });
});
