import { describe, it } from "vitest";
import { loadFixture, runCases, F, Tup } from "./fixture.js";
import { floatRepr } from "../../interpreter/lib/float-repr.js";
import { formatFloat } from "../../interpreter/lib/format-spec.js";
import { percentFormat } from "../../interpreter/lib/percent-format.js";
import { simpleCallbacks } from "./callbacks.js";

describe("float repr and float format specs (CPython fixtures)", () => {
  it("matches CPython", () => {
    runCases(loadFixture("float-format"), {
      repr: floatRepr,
      formatFloat,
      percentFloat: (x: F, p: number) => percentFormat("%.*f", new Tup([p, x]), simpleCallbacks),
    }, ["percentFloat"]);
  });
});
