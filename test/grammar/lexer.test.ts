// Lexer: layout tokens (NEWLINE/INDENT/DEDENT with positions), implicit joining, continuations, CRLF, tabs.
import { describe, expect, it } from "vitest";
import { createLexer } from "../../grammar/lexer.js";
import { tokenNames } from "./helpers.js";

const layout = (src: string) =>
  createLexer().tokenize(src).tokens
    .filter((t) => ["Newline", "Indent", "Dedent", "EndOfFile"].includes(t.tokenType.name))
    .map((t) => `${t.tokenType.name}@${t.startLine}:${t.startColumn}`);

describe("lexer", () => {
  it("emits INDENT/DEDENT and a final NEWLINE", () => {
    expect(tokenNames("if x:\n  y\n")).toEqual(["If", "Identifier", "Colon", "Newline", "Indent", "Identifier", "Newline", "Dedent", "EndOfFile"]);
  });
  it("puts INDENT/DEDENT at the next real token", () => {
    expect(layout("if a:\n    if b:\n        c\nd\n")).toEqual([
      "Newline@1:5", "Indent@2:4", "Newline@2:9", "Indent@3:8", "Newline@3:9", "Dedent@4:0", "Dedent@4:0", "Newline@4:1", "EndOfFile@4:1",
    ]);
  });
  it("adds NEWLINE and DEDENTs at EOF without a trailing newline", () => {
    expect(layout("if x:\n    y")).toEqual(["Newline@1:5", "Indent@2:4", "Newline@2:5", "Dedent@2:5", "EndOfFile@2:5"]);
  });
  it("joins lines inside brackets and after a backslash", () => {
    expect(tokenNames("f(a,\n  b)\n")).toEqual(["Identifier", "LParen", "Identifier", "Comma", "Identifier", "RParen", "Newline", "EndOfFile"]);
    expect(tokenNames("x = 1 \\\n  + 2\n")).toEqual(["Identifier", "Equal", "Number", "Plus", "Number", "Newline", "EndOfFile"]);
  });
  it("ignores blank and comment-only lines for indentation", () => {
    expect(tokenNames("# c\n\n  # d\nx\n")).toEqual(["Identifier", "Newline", "EndOfFile"]);
    expect(tokenNames("if a:\n\n    # c\n    b\n  # odd\n    c\n")).toEqual(
      ["If", "Identifier", "Colon", "Newline", "Indent", "Identifier", "Newline", "Identifier", "Newline", "Dedent", "EndOfFile"]);
  });
  it("handles CRLF", () => {
    expect(layout("a\r\nb\r\n")).toEqual(["Newline@1:1", "Newline@2:1", "EndOfFile@2:1"]);
  });
  it("counts tabs to the next multiple of 8, consistently", () => {
    expect(tokenNames("if a:\n\tb\n\tc\n")).toContain("Indent");
    const r = createLexer().tokenize("if a:\n        b\n\tc\n");
    expect(r.error?.type).toBe("TabError");
  });
  it("keywords are not identifiers, but longer names are", () => {
    expect(tokenNames("iffy = not_ if x else None\n")).toEqual(["Identifier", "Equal", "Identifier", "If", "Identifier", "Else", "None", "Newline", "EndOfFile"]);
  });
  it("lexes numbers, strings and operators", () => {
    expect(tokenNames("0x1F 1_000 1.5e-3 .5 2j 'a' rb'b' f\"{x}\" '''t\nq''' ... ** //= -> := != <<=\n")).toEqual([
      "Number", "Number", "Number", "Number", "Number", "String", "String", "String", "String", "Ellipsis", "DoubleStar",
      "FloorDivAssign", "Arrow", "ColonEqual", "NotEqual", "ShlAssign", "Newline", "EndOfFile",
    ]);
  });
  it("soft keywords are identifiers", () => {
    expect(tokenNames("match = case = type = _\n").filter((n) => n === "Identifier")).toHaveLength(4);
  });
  it("keeps per-call state (two lexers interleaved)", () => {
    const a = createLexer(), b = createLexer();
    const r1 = a.tokenize("if x:\n    y\n");
    const r2 = b.tokenize("z\n");
    expect(r1.tokens.map((t) => t.tokenType.name)).toContain("Dedent");
    expect(r2.tokens.map((t) => t.tokenType.name)).toEqual(["Identifier", "Newline", "EndOfFile"]);
  });
});
