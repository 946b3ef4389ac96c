import { describe, it } from "vitest";
import { loadFixture, runCases } from "./fixture.js";
import * as M from "../../interpreter/lib/math-ops.js";

const unary: Record<string, (x: number) => number> = {};
for (const n of ["asin", "acos", "atanh", "sinh", "cosh", "tan", "sin", "atan", "acosh", "expm1"]) {
  unary["unary:" + n] = (x) => M.mathUnary(n, x);
}

describe("math module helpers (CPython fixtures)", () => {
  it("matches CPython", () => {
    runCases(loadFixture("math"), {
      ...M, ...unary,
      logf: (x: number) => M.log(x), log2f: (x: number) => M.log2(x), log10f: (x: number) => M.log10(x),
      logi: (x: number) => M.log(x, null, true), log2i: (x: number) => M.log2(x, true), log10i: (x: number) => M.log10(x, true),
      logb: (x: number, b: number) => M.log(x, b), logib: (x: number, b: number) => M.log(x, b, true, true),
      isclose: (a: number, b: number, rt: number, at: number) => M.isclose(a, b, rt, at),
      prod: (xs: number[]) => M.prodInts(xs),
    });
  });
});
