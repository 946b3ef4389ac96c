import { describe, it, expect } from "vitest";
import { loadFixture, runCases } from "./fixture.js";
import { formatInt, formatStr, insertGrouping } from "../../interpreter/lib/format-spec.js";

describe("format() of int and str (CPython fixtures)", () => {
  it("matches CPython", () => {
    runCases(loadFixture("format-int-str"), { formatInt, formatStr });
  });
  it("zero-pads through grouping like CPython", () => {
    expect(insertGrouping("1234", ",", 3, 8)).toBe("0,001,234");
    expect(insertGrouping("1234", ",", 3, 0)).toBe("1,234");
  });
});
