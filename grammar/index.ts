// The public surface of grammar/: parse(source, file) -> ast.Module, isComplete(source) for the REPL,
// PySyntaxError. Errors are ranked as CPython ranks them: lexical errors anywhere win over parse errors.
import type { ILookaheadStrategy, IToken, IRecognitionException } from "chevrotain";
import type * as ast from "./ast.js";
import * as T from "./tokens.js";
import { createLexer, ErrorToken, type Token } from "./lexer.js";
import { PyParser } from "./parser.js";
import { MAX_LOOKAHEAD, type StringPayload } from "./parser-expr.js";
import { GrammarError, PySyntaxError, FORCED_COLON, FORCED_LPAREN } from "./errors.js";
import { EscapeError, decodeEscapes, numberValue, splitFString, splitString, type FPiece } from "./literals.js";
import { validate } from "./validate.js";
import { PREPARSED } from "./preparsed.js";
import { TabledLookahead, type LookaheadTable } from "./lookahead.js";
import { serializeGast, type GastTable } from "./gast.js";

export * from "./ast.js";
export { PySyntaxError } from "./errors.js";
export type { SyntaxErrorType } from "./errors.js";

let parser: PyParser | null = null;
// Built on first use: MainThread's worker usually gets the AST from the host and never tokenizes.
let lexerInstance: ReturnType<typeof createLexer> | null = null;
const lexer = { tokenize: (...args: Parameters<ReturnType<typeof createLexer>["tokenize"]>) => (lexerInstance ??= createLexer()).tokenize(...args) };

function getParser(): PyParser {
  return (parser ??= new PyParser());
}

/** Runs `run` with the parser built on `strategy` (tests compare it with chevrotain's own). */
export function withLookahead<R>(strategy: ILookaheadStrategy, run: () => R): R {
  return withParser(new PyParser(strategy), run);
}

/** Runs `run` with the parser built from the productions `gast` (tests: recorded vs restored). */
export function withGast<R>(gast: GastTable, run: () => R): R {
  return withParser(new PyParser(undefined, gast), run);
}

function withParser<R>(p: PyParser, run: () => R): R {
  const saved = parser;
  parser = p;
  try {
    return run();
  } finally {
    parser = saved;
  }
}

/** The grammar's productions, recorded by chevrotain (tools/bundle.mjs bundles them: grammar/gast.ts). */
export function recordGast(): GastTable {
  return serializeGast(new PyParser(undefined, null).getGAstProductions());
}

/** Every lookahead path the parser uses, computed from the grammar (tools/bundle.mjs bundles it). */
export function recordLookahead(): LookaheadTable {
  const strategy = new TabledLookahead(T.allTokens, MAX_LOOKAHEAD, {});
  new PyParser(strategy);
  return strategy.recorded;
}

/** Parses a module; throws PySyntaxError (never anything else) for malformed input. */
export function parse(source: string, file: string): ast.Module {
  const preparsed = PREPARSED.get(source);
  if (preparsed !== undefined) return JSON.parse(preparsed) as ast.Module;
  try {
    return parseModule(source);
  } catch (e) {
    throw toPySyntaxError(e, source, file);
  }
}

/** `raw`: a parse error is thrown as found, not replaced by an unclosed bracket's (withinBrackets). */
function parseModule(source: string, raw = false, checks = true): ast.Module {
  const lex = lexer.tokenize(source);
  if (lex.error) throw earlierIndentError(lex.tokens, source) ?? lex.error;
  const p = getParser();
  prepareLiterals(lex.tokens, source);
  let mod: ast.Module | undefined;
  try {
    p.input = lex.tokens;
    p.unclosedInput = lex.unclosed !== null;
    mod = p.fileInput();
    if (p.errors.length) {
      const e = chevrotainError(p.errors[0]);
      const ty = p.errors[0].token.tokenType;
      // At the end: only DEDENTs (and, inside brackets, the closing NEWLINE) are left before EOF.
      const at = lex.tokens.indexOf(p.errors[0].token as Token);
      const trailing = (t: Token) => t.tokenType === T.Dedent || t.tokenType === T.EndOfFile || (raw && t.tokenType === T.Newline);
      e.atEnd = ty === T.EndOfFile || ((ty === T.Dedent || (raw && ty === T.Newline)) && at >= 0 && lex.tokens.slice(at).every(trailing));
      throw e;
    }
  } catch (e) {
    if (!raw && lex.unclosed && e instanceof GrammarError && (e.line > lex.unclosed.line || e.atEnd || e.unclosedWins || atEnd(e, lex.tokens))) throw lex.unclosed;
    throw e;
  }
  if (checks) validate(mod!);
  return mod!;
}

/** CPython reports an unexpected indent found before a lexical error (it stops before tokenizing on). */
function earlierIndentError(tokens: Token[], source: string): GrammarError | null {
  if (!tokens.some((t) => t.tokenType === T.Indent)) return null;
  const last = tokens[tokens.length - 1];
  const eof = { ...last, tokenType: T.EndOfFile, image: "" } as Token;
  const p = getParser();
  prepareLiterals(tokens, source);
  try {
    p.input = [...tokens, eof];
    p.fileInput();
    const e = p.errors[0];
    if (e && e.token.tokenType === T.Indent) return chevrotainError(e);
  } catch {
    // any other error: the lexical one wins
  }
  return null;
}

function atEnd(e: GrammarError, toks: Token[]): boolean {
  const eof = toks[toks.length - 1];
  return e.line === eof.startLine && e.col === eof.startColumn;
}

/** A chevrotain recognition error becomes CPython's message for the offending token. */
function chevrotainError(err: IRecognitionException): GrammarError {
  const t = err.token as Token;
  const line = t.startLine ?? 1, col = t.startColumn ?? 0;
  if (t.tokenType === T.Indent) return new GrammarError("IndentationError", "unexpected indent", line, col - 1, line, -1);
  if (t.tokenType === T.Dedent) return new GrammarError("IndentationError", "unexpected unindent", line, col - 1, line, -1);
  // CPython says "expected ':'" where its grammar forces the colon, elsewhere only when the header's line
  // ends where the colon should be
  const msg = err.message === FORCED_COLON || (err.message === "expected ':'" && t.tokenType === T.Newline) ? "expected ':'"
    : err.message === FORCED_LPAREN ? "expected '('" : "invalid syntax";
  return new GrammarError("SyntaxError", msg, line, col, t.endLine ?? line, t.endColumn ?? col + 1);
}

/** Decodes every string and number token; f-string fields are parsed here, before the main parse
 *  (the parser is not re-entrant). Errors are stored on the token and thrown when the parser reaches it. */
function prepareLiterals(tokens: Token[], src: string): void {
  for (const t of tokens) {
    if (t.tokenType === T.NumberLit) t.payload = numberValue(t.image);
    else if (t.tokenType === T.StringLit) {
      try {
        t.payload = decodeString(t, src);
      } catch (e) {
        if (e instanceof GrammarError) t.payload = { kind: "error", error: e } satisfies StringPayload;
        else throw e;
      }
    }
  }
}

function decodeString(t: Token, src: string): StringPayload {
  const start = t.startOffset, end = start + t.image.length;
  const s = splitString(src, start, end);
  // CPython 3.11 reports f-string errors at the end of the string token
  const errAt = (e: EscapeError) => e.msg.startsWith("f-string")
    ? new GrammarError("SyntaxError", e.msg, t.endLine, t.endColumn, t.endLine, t.endColumn + 1)
    : posError(e.msg, src, e.off, t);
  try {
    if (s.bytes) {
      if (/[^\x00-\x7f]/.test(s.body)) throw new GrammarError("SyntaxError", "bytes can only contain ASCII literal characters", t.startLine, t.startColumn, t.endLine, t.endColumn);
      return { kind: "bytes", value: s.raw ? s.body : decodeEscapes(s.body, true, s.bodyOff) };
    }
    if (!s.f) return { kind: "str", value: s.raw ? s.body : decodeEscapes(s.body, false, s.bodyOff) };
    return { kind: "fstr", values: fstringValues(splitFString(s.body, s.bodyOff, s.raw), src, t) };
  } catch (e) {
    if (e instanceof EscapeError) throw errAt(e);
    throw e;
  }
}

/** The position of a source offset inside token t (scanning from the token, not the file). */
function posError(msg: string, src: string, off: number, t: Token): GrammarError {
  let line = t.startLine, ls = t.startOffset - t.startColumn;
  for (let i = t.startOffset; i < off && i < src.length; i++) {
    const c = src[i];
    if (c === "\n" || (c === "\r" && src[i + 1] !== "\n")) { line++; ls = i + 1; }
  }
  return new GrammarError("SyntaxError", msg, line, off - ls, line, off - ls + 1);
}

function fstringValues(pieces: FPiece[], src: string, t: Token): ast.Expr[] {
  const loc = { line: t.startLine, col: t.startColumn, endLine: t.endLine, endCol: t.endColumn };
  const out: ast.Expr[] = [];
  for (const p of pieces) {
    if (p.kind === "text") { out.push({ kind: "Constant", value: { type: "str", value: p.value }, ...loc }); continue; }
    if (p.debug !== null) out.push({ kind: "Constant", value: { type: "str", value: p.debug }, ...loc });
    const value = parseField(p.expr, p.exprOff, src, t);
    const formatSpec: ast.JoinedStr | null = p.spec ? { kind: "JoinedStr", values: fstringValues(p.spec, src, t), ...loc } : null;
    out.push({ kind: "FormattedValue", value, conversion: p.conversion, formatSpec, ...loc });
  }
  // merge adjacent constants (a debug text next to literal text)
  const merged: ast.Expr[] = [];
  for (const v of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.kind === "Constant" && v.kind === "Constant" && prev.value.type === "str" && v.value.type === "str") {
      merged[merged.length - 1] = { ...prev, value: { type: "str", value: prev.value.value + v.value.value } };
    } else merged.push(v);
  }
  return merged;
}

function parseField(expr: string, off: number, src: string, t: Token): ast.Expr {
  const start = posError("", src, off, t);
  const lex = lexer.tokenize(expr, { line0: start.line, col0: start.col, inBrackets: true });
  const fix = (e: GrammarError) => new GrammarError(e.type, e.msg.startsWith("f-string") ? e.msg : `f-string: ${e.msg}`, e.line, e.col, e.endLine, e.endCol);
  if (lex.error) throw fix(lex.error);
  prepareLiterals(lex.tokens, expr);
  // nested f-strings were decoded against `expr`; their errors are already positioned relative to it
  const p = getParser();
  p.input = lex.tokens;
  p.unclosedInput = false;
  let e: ast.Expr;
  try {
    e = p.fieldExpr();
    if (p.errors.length) throw chevrotainError(p.errors[0]);
  } catch (err) {
    if (!(err instanceof GrammarError)) throw err;
    const f = fix(err);
    // CPython 3.11 parses a field as the text "(expr)" and reports a syntax error in it against that text
    if (!expr.includes("\n") && f.line === start.line) {
      const shift = (c: number) => (c < 0 ? c : c - start.col + 1);
      const g = new GrammarError(f.type, f.msg, f.line, shift(f.col), f.endLine, shift(f.endCol));
      g.text = `(${expr})`;
      throw g;
    }
    throw f;
  }
  return e;
}

function toPySyntaxError(e: unknown, source: string, file: string): PySyntaxError {
  if (e instanceof PySyntaxError) return e;
  const lines = source.split(/\r\n|\r|\n/);
  if (e instanceof GrammarError) {
    const se = new PySyntaxError(e.type, e.msg, file, e.line, e.col, e.endLine, e.endCol, e.text ?? lines[e.line - 1] ?? "");
    se.atEof = e.atEof;
    se.charOffsets = e.charOffsets;
    se.compiled = e.compiled;
    return se;
  }
  if (e instanceof RangeError) return new PySyntaxError("SyntaxError", "too many nested parentheses", file, 1, 0, 1, 0, lines[0] ?? "");
  const msg = e instanceof Error ? e.message : String(e);
  return new PySyntaxError("SyntaxError", `internal parser error: ${msg}`, file, 1, 0, 1, 0, lines[0] ?? "");
}

/**
 * For the REPL. "incomplete" when the input ends inside brackets, a triple-quoted string, after a
 * backslash continuation, after a decorator, or inside a compound statement (one whose header ends
 * in ':'): as with CPython's codeop, a compound statement needs a terminating blank line, so
 * `"if x:\n    y\n"` is "incomplete" and `"if x:\n    y\n\n"` is "complete" (the REPL decides when
 * to send the blank line). "invalid" for any other syntax error; "complete" when it parses.
 */
/** First tokens of a compound statement (a decorator's `@` begins a def or class). */
const COMPOUND_STARTS = new Set([T.If, T.While, T.For, T.Try, T.With, T.Def, T.Class, T.At, T.Async]);

export function isComplete(source: string): "complete" | "incomplete" | "invalid" {
  const lex = lexer.tokenize(source);
  if (lex.error) {
    if (/^unterminated triple-quoted/.test(lex.error.msg) || lex.error.msg === "unexpected EOF while parsing") return "incomplete";
    return "invalid";
  }
  if (lex.unclosed) return withinBrackets(source);
  const blankEnd = /(?:\r?\n|\r)[ \t\f]*(?:\r?\n|\r)$/.test(source) || /^[ \t\f]*(?:\r?\n|\r)?$/.test(source);
  // A compound statement waits for a blank line even when it fits on one line (`for t in ts: t.start()`),
  // as in CPython's REPL: an `else:` or `elif` may follow on the next line.
  const first = lex.tokens[0]?.tokenType;
  const opensBlock = (first !== undefined && COMPOUND_STARTS.has(first)) || lex.tokens.some((t) => t.tokenType === T.Indent);
  try {
    parseModule(source, false, false); // (the compiler's checks wait for the whole input, as CPython's REPL)
  } catch (e) {
    if (e instanceof GrammarError && e.atEnd && !blankEnd) return "incomplete";
    return "invalid";
  }
  return opensBlock && !blankEnd ? "incomplete" : "complete";
}

/**
 * Input with a bracket still open: more lines may close it, unless the parser already failed before the
 * input's end (`def f(:`, `foo(1 2`), which CPython's REPL reports at once.
 */
function withinBrackets(source: string): "incomplete" | "invalid" {
  try {
    parseModule(source, true);
  } catch (e) {
    // (an f-string's fields are CPython's second step: its REPL reads on before it sees their errors)
    return e instanceof GrammarError && !e.atEnd && !e.msg.startsWith("f-string") ? "invalid" : "incomplete";
  }
  return "incomplete";
}

export { createLexer } from "./lexer.js";
export type { IToken };
void ErrorToken;
