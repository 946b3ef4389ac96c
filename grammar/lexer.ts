// The lexer: chevrotain scans raw tokens; this file adds Python's layout on top (logical NEWLINE,
// INDENT/DEDENT with CPython's tab rules, implicit joining inside brackets) and the lexical errors.
// All state lives in one tokenize() call, never in module globals.
import { Lexer, createTokenInstance, createToken, type IToken, type TokenType } from "chevrotain";
import * as T from "./tokens.js";
import { GrammarError } from "./errors.js";
import { checkNumber, checkString } from "./literals.js";

/** Tokens carry 1-based startLine/endLine and 0-based startColumn/endColumn (end exclusive), plus
 *  `level`: the bracket depth they sit at. */
export type Token = IToken & { level: number; startLine: number; startColumn: number; endLine: number; endColumn: number };

export const ErrorToken = createToken({ name: "ErrorToken", pattern: Lexer.NA });

export interface LexOptions {
  /** Lex an f-string replacement field: positions are shifted, the text is as if inside brackets. */
  line0?: number; col0?: number; inBrackets?: boolean;
}
export interface LexResult {
  tokens: Token[];
  /** A lexical error: it wins over any parse error (CPython re-tokenizes the whole file to find it). */
  error: GrammarError | null;
  /** An unclosed bracket at EOF: it wins only over parse errors reported on a later line. */
  unclosed: GrammarError | null;
}

const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const CLOSE: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
let rawLexer: Lexer | null = null;

export function createLexer(): { tokenize(source: string, opts?: LexOptions): LexResult } {
  // Token definitions are fixed and covered by test/grammar: skip chevrotain's start-up validation of them.
  rawLexer ??= new Lexer(T.rawTokens, { positionTracking: "onlyOffset", ensureOptimizations: false, skipValidations: true });
  const lexer = rawLexer;
  return { tokenize: (source, opts = {}) => layout(source, lexer, opts) };
}

function layout(src: string, lexer: Lexer, opts: LexOptions): LexResult {
  const raw = lexer.tokenize(src);
  // line starts, for offset -> (line, col)
  const starts = [0];
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 10 || (c === 13 && src.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const line0 = (opts.line0 ?? 1) - 1, col0 = opts.col0 ?? 0;
  let cursor = 0;
  const lineOf = (off: number): number => {
    if (off < starts[cursor]) cursor = 0;
    while (cursor + 1 < starts.length && starts[cursor + 1] <= off) cursor++;
    return cursor;
  };
  const lineText = (l: number): string => src.slice(starts[l], l + 1 < starts.length ? starts[l + 1] : src.length).replace(/\r?\n$|\r$/, "");
  const place = (t: Token, start: number, end: number): Token => {
    const l1 = lineOf(start);
    t.startLine = l1 + 1 + line0;
    t.startColumn = start - starts[l1] + (l1 === 0 ? col0 : 0);
    const l2 = end === start ? l1 : lineOf(end);
    t.endLine = l2 + 1 + line0;
    t.endColumn = end - starts[l2] + (l2 === 0 ? col0 : 0);
    cursor = l1;
    return t;
  };
  const make = (type: TokenType, image: string, start: number, end: number, at?: Token): Token => {
    const t = newToken(type, image, start, end);
    if (at) {
      t.startLine = t.endLine = at.startLine; t.startColumn = t.endColumn = at.startColumn;
    } else place(t, start, end);
    return t;
  };
  const err = (msg: string, off: number, type: GrammarError["type"] = "SyntaxError", endOff = off + 1): GrammarError => {
    const l = lineOf(off), l2 = lineOf(endOff);
    return new GrammarError(type, msg, l + 1 + line0, off - starts[l] + (l === 0 ? col0 : 0), l2 + 1 + line0, endOff - starts[l2] + (l2 === 0 ? col0 : 0));
  };

  // CPython's tokenizer reports these at a character offset; the parser's errors (and a few tokenizer
  // ones it raises through the parser) carry a byte offset, which its printer shows as columns
  const charErr = (msg: string, off: number): GrammarError => {
    const g = err(msg, off);
    g.charOffsets = true;
    return g;
  };

  // unknown characters become ErrorTokens, so the parser reports "invalid syntax" where CPython does
  const rawToks = raw.tokens;
  if (raw.errors.length) {
    for (const e of raw.errors) {
      const t = createTokenInstance(ErrorToken, src[e.offset], e.offset, e.offset + 1, 0, 0, 0, 0);
      let i = rawToks.findIndex((x) => x.startOffset > e.offset);
      if (i < 0) i = rawToks.length;
      rawToks.splice(i, 0, t);
    }
  }

  const out: Token[] = [];
  const indents = [0], altIndents = [0];
  const brackets: Token[] = [];
  if (opts.inBrackets) brackets.push(make(T.LParen, "(", 0, 0));
  let lineHasTokens = false;
  let error: GrammarError | null = null;
  // the end of the last line (where CPython puts EOF-time tokens)
  let lastLine = starts.length - 1;
  if (lastLine > 0 && starts[lastLine] === src.length) lastLine--;
  const eofOff = starts[lastLine] + lineText(lastLine).length;

  for (let k = 0; k < rawToks.length && !error; k++) {
    const r = rawToks[k];
    const type = r.tokenType;
    if (type === T.RawNewline) {
      if (brackets.length || !lineHasTokens) continue;
      out.push(place(newToken(T.Newline, "", r.startOffset, r.startOffset), r.startOffset, r.startOffset + 1));
      lineHasTokens = false;
      continue;
    }
    const start = r.startOffset, end = start + r.image.length;
    const tok = place(newToken(type, r.image, start, end), start, end);
    if (type === T.Backslash) {
      error = err("unexpected character after line continuation character", start + 1);
      break;
    }
    if (!lineHasTokens && !brackets.length) {
      lineHasTokens = true;
      // indentation of the physical line that starts this logical line
      const l = lineOf(start);
      let col = 0, alt = 0, pure = true;
      for (let i = starts[l]; i < start; i++) {
        const c = src[i];
        if (c === " ") { col++; alt++; } else if (c === "\t") { col = (Math.floor(col / 8) + 1) * 8; alt++; }
        else if (c === "\f") { col = alt = 0; } else { pure = false; break; }
      }
      if (pure && !opts.inBrackets) {
        const top = indents[indents.length - 1];
        if (col === top) {
          if (alt !== altIndents[altIndents.length - 1]) { error = tabError(l); break; }
        } else if (col > top) {
          if (alt <= altIndents[altIndents.length - 1]) { error = tabError(l); break; }
          indents.push(col); altIndents.push(alt);
          out.push(make(T.Indent, "", start, start, tok));
        } else {
          while (indents.length > 1 && col < indents[indents.length - 1]) {
            indents.pop(); altIndents.pop();
            out.push(make(T.Dedent, "", start, start, tok));
          }
          if (col !== indents[indents.length - 1]) {
            const len = lineText(l).length;
            error = err("unindent does not match any outer indentation level", starts[l] + len, "IndentationError", starts[l] + len);
            break;
          }
          if (alt !== altIndents[altIndents.length - 1]) { error = tabError(l); break; }
        }
      }
    }
    const ch = r.image;
    if (type === T.LParen || type === T.LBracket || type === T.LBrace) {
      tok.level = brackets.length + 1;
      brackets.push(tok);
    } else if (type === T.RParen || type === T.RBracket || type === T.RBrace) {
      const open = brackets.pop();
      if (!open || (opts.inBrackets && brackets.length === 0)) {
        error = charErr(`unmatched '${ch}'`, start); break;
      }
      if (open.image !== CLOSE[ch]) {
        const on = open.startLine !== tok.startLine ? ` on line ${open.startLine}` : "";
        error = charErr(`closing parenthesis '${ch}' does not match opening parenthesis '${open.image}'${on}`, start); break;
      }
      tok.level = brackets.length + 1;
    } else {
      tok.level = brackets.length;
      if (type === T.Identifier && !ASCII_NAME.test(r.image)) {
        const bad = invalidIdentifierChar(r.image);
        if (bad) {
          const cp = bad.ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
          const msg = NOT_PRINTABLE.test(bad.ch) ? `invalid non-printable character U+${cp}` : `invalid character '${bad.ch}' (U+${cp})`;
          error = charErr(msg, start + bad.at); break;
        }
        // CPython reads identifiers in NFKC form: `ℌ` and `H` are one name
        tok.image = r.image.normalize("NFKC");
      } else if (type === T.NumberLit) {
        const e = checkNumber(src, start, end);
        if (e) { error = e.msg.startsWith("leading zeros") ? err(e.msg, e.off) : charErr(e.msg, e.off); break; }
      } else if (type === T.StringLit) {
        const e = checkString(src, start, end);
        if (e) {
          const detected = e.triple ? lastLine + 1 + line0 : lineOf(end) + 1 + line0;
          error = charErr(`unterminated ${e.triple ? "triple-quoted " : ""}string literal (detected at line ${detected})`, e.off);
          break;
        }
      }
    }
    out.push(tok);
  }

  let unclosed: GrammarError | null = null;
  if (!error) {
    const conts = raw.groups; // (unused: continuations are skipped)
    void conts;
    if (/\\(?:\r\n|\r|\n)?$/.test(src) && endsWithContinuation(src, rawToks)) {
      error = err("unexpected EOF while parsing", src.length - (/\r\n$/.test(src) ? 2 : /[\r\n]$/.test(src) ? 1 : 0));
    }
    if (brackets.length && !opts.inBrackets) {
      const b = brackets[brackets.length - 1];
      unclosed = err(`'${b.image}' was never closed`, b.startOffset);
    }
    const eof = make(T.EndOfFile, "", src.length, src.length);
    place(eof, eofOff, eofOff);
    if (lineHasTokens && !opts.inBrackets) { const n = make(T.Newline, "", src.length, src.length, eof); n.endColumn = n.endColumn! + 1; out.push(n); }
    while (indents.length > 1) { indents.pop(); out.push(make(T.Dedent, "", src.length, src.length, eof)); }
    eof.level = 0;
    out.push(eof);
  }
  return { tokens: out, error, unclosed };

  function tabError(l: number): GrammarError {
    return new GrammarError("TabError", "inconsistent use of tabs and spaces in indentation", l + 1 + line0, 0, l + 1 + line0, -1);
  }
}

const ASCII_NAME = /^[A-Za-z0-9_]*$/;
const ID_START = /[\p{XID_Start}_]/u, ID_CONTINUE = /\p{XID_Continue}/u;
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** The lexer's Identifier takes any run of non-ASCII characters, as CPython's tokenizer does; this is
 *  its verify_identifier: the first character that cannot be in a name (`‘`, `×`, a no-break space). */
function invalidIdentifierChar(image: string): { ch: string; at: number } | null {
  let at = 0;
  for (const ch of image) {
    if (!(at === 0 ? ID_START : ID_CONTINUE).test(ch)) return { ch, at };
    at += ch.length;
  }
  return null;
}

/** Tokens of one shape (chevrotain's IToken fields plus ours), so V8 keeps property access monomorphic. */
function newToken(tokenType: TokenType, image: string, start: number, end: number): Token {
  return {
    image, startOffset: start, endOffset: end - 1, startLine: 0, startColumn: 0, endLine: 0, endColumn: 0,
    tokenTypeIdx: tokenType.tokenTypeIdx!, tokenType, payload: undefined, level: 0,
  };
}

/** True when the last non-blank thing in the source is a backslash continuation (not inside a comment or string). */
function endsWithContinuation(src: string, toks: IToken[]): boolean {
  const m = /\\(?:\r\n|\r|\n)?$/.exec(src);
  if (!m) return false;
  const last = toks[toks.length - 1];
  if (last && last.startOffset + last.image.length > m.index) return false;
  // a comment on the last line swallows the backslash
  const lineStart = Math.max(src.lastIndexOf("\n", m.index - 1), src.lastIndexOf("\r", m.index - 1)) + 1;
  const afterLast = last ? Math.max(lineStart, last.startOffset + last.image.length) : lineStart;
  return !src.slice(afterLast, m.index).includes("#");
}
