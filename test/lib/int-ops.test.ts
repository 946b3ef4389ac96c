import { describe, it, expect } from "vitest";
import { loadFixture, runCases } from "./fixture.js";
import * as I from "../../interpreter/lib/int-ops.js";
import { floatFromString } from "../../interpreter/lib/float-parse.js";

describe("int operations (CPython fixtures)", () => {
  it("matches CPython", () => {
    runCases(loadFixture("int"), {
      floorDiv: I.floorDiv, mod: I.mod, truediv: I.intTrueDiv,
      and: I.bitAnd, or: I.bitOr, xor: I.bitXor, invert: I.bitInvert,
      hash: I.intHash, floatHash: I.floatHash,
      bin: (v: I.PyInt) => I.intToString(v, 2), oct: (v: I.PyInt) => I.intToString(v, 8), hex: (v: I.PyInt) => I.intToString(v, 16),
      bitLength: I.bitLength, lshift: I.lshift, rshift: I.rshift,
      intRound: I.intRound, pow: I.intPow, powmod: I.intPowMod,
      intFromString: I.intFromString, intFromFloat: I.intFromFloat, roundHalfEven: I.roundHalfEven,
      floatRound: I.floatRound, floatFloorDiv: I.floatFloorDiv, floatMod: I.floatMod, floatDivmod: I.floatDivmod,
      toFloat: I.intToFloat, intToDecimal: I.intToDecimal,
    });
  });
  it("keeps ints normalised", () => {
    expect(I.intAdd(2 ** 53, 1)).toBe(2n ** 53n + 1n);
    expect(I.intSub(2n ** 53n + 1n, 2)).toBe(2 ** 53 - 1);
    expect(I.intMul(-3, 0)).toBe(0);
    expect(Object.is(I.floorDiv(0, -5), 0)).toBe(true);
  });
});

describe("float() from str (CPython fixtures)", () => {
  it("matches CPython", () => {
    runCases(loadFixture("float-parse"), { floatFromString });
  });
});
