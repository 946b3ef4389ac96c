import { describe, it } from "vitest";
import { loadFixture, runCases, Tup } from "./fixture.js";
import { formatTemplate } from "../../interpreter/lib/format-template.js";
import { percentFormat } from "../../interpreter/lib/percent-format.js";
import { simpleCallbacks } from "./callbacks.js";

describe("str.format templates (CPython fixtures)", () => {
  it("matches CPython", () => {
    runCases(loadFixture("template"), {
      template: (t: string, args: unknown[], kw: Map<string, unknown>) => formatTemplate(t, args, kw, simpleCallbacks),
    }, ["template"]);
  });
});

describe("printf-style % formatting (CPython fixtures)", () => {
  it("matches CPython", () => {
    runCases(loadFixture("percent"), {
      percent: (f: string, v: unknown) => percentFormat(f, v, simpleCallbacks),
    }, ["percent"]);
  });
  it("accepts a tuple of one", () => {
    percentFormat("%s", new Tup(["x"]), simpleCallbacks);
  });
});
