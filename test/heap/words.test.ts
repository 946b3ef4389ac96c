import { describe, expect, it } from "vitest";
import * as W from "../../runtime/heap/words.js";

describe("tagged words", () => {
  it("round-trips small ints over the whole 31-bit range", () => {
    for (const n of [0, 1, -1, 42, -42, W.SMALL_MAX, W.SMALL_MIN, 123456789, -987654321]) {
      expect(W.fitsSmall(n)).toBe(true);
      const w = W.encodeSmall(n);
      expect(W.isSmall(w)).toBe(true);
      expect(W.isPointer(w)).toBe(false);
      expect(W.decodeSmall(w)).toBe(n);
    }
    for (const n of [W.SMALL_MAX + 1, W.SMALL_MIN - 1, 2 ** 40, 0.5, NaN]) expect(W.fitsSmall(n)).toBe(false);
  });
  it("keeps constants, ext words and pointers apart", () => {
    const consts = [W.NONE, W.FALSE, W.TRUE, W.DELETED, W.ELLIPSIS, W.NOT_IMPLEMENTED];
    expect(new Set(consts).size).toBe(consts.length);
    for (const c of consts) {
      expect(W.isConstant(c)).toBe(true);
      expect(W.isPointer(c)).toBe(false);
      expect(W.isSmall(c)).toBe(false);
    }
    expect(W.isPointer(W.EMPTY)).toBe(false);
    expect(W.isPointer(8)).toBe(true);
    expect(W.encodeBool(true)).toBe(W.TRUE);
    const e = W.encodeExt(12345);
    expect(W.isExt(e) && !W.isPointer(e) && !W.isSmall(e) && !W.isConstant(e)).toBe(true);
    expect(W.decodeExt(e)).toBe(12345);
  });
  it("hashes strings deterministically", () => {
    expect(W.hashString("abc")).toBe(W.hashString("abc"));
    expect(W.hashString("abc")).not.toBe(W.hashString("abd"));
    expect(W.hashString("") | 0).toBe(W.hashString(""));
  });
});
