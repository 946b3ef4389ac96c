import { describe, it } from "vitest";
import { loadFixture, runCases } from "./fixture.js";
import * as S from "../../interpreter/lib/str-methods.js";

describe("str methods (CPython fixtures)", () => {
  it("matches CPython", () => {
    runCases(loadFixture("str"), {
      ...S,
      split: (s: string, sep?: string | null, mx?: number) => S.split(s, sep ?? null, mx),
      rsplit: (s: string, sep?: string | null, mx?: number) => S.rsplit(s, sep ?? null, mx),
      repr: (s: string) => S.strRepr(s),
      ascii: S.strAscii,
    });
  });
});
