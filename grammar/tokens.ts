// Token types of the Python lexer (chevrotain). Keywords use longer_alt: Identifier.
// Layout tokens (Newline, Indent, Dedent) are produced by lexer.ts from the raw stream:
// chevrotain only sees physical newlines (RawNewline), which lexer.ts turns into logical ones.
import { createToken, Lexer, type TokenType } from "chevrotain";

export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/ });

const keywordNames = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
] as const;
/** `and`/`or`, read in one loop by the parser. */
export const BoolOpTok = createToken({ name: "BoolOpTok", pattern: Lexer.NA });
/** Prefix `+ - ~`. */
export const UnaryTok = createToken({ name: "UnaryTok", pattern: Lexer.NA });
export const keywords: Record<string, TokenType> = {};
for (const k of keywordNames) {
  const name = k === "None" || k === "True" || k === "False" ? k : k[0].toUpperCase() + k.slice(1);
  keywords[k] = createToken({ name, pattern: new RegExp(k), longer_alt: Identifier, categories: k === "and" || k === "or" ? [BoolOpTok] : [] });
}
export const {
  False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else, Except,
  Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return, Try, While,
  With, Yield,
} = Object.fromEntries(keywordNames.map((k) => [k[0].toUpperCase() + k.slice(1), keywords[k]])) as Record<string, TokenType>;

/** Scans a string literal (any prefix, any quote); an unterminated one runs to the end of its line
 *  (or of the source, if triple-quoted) and lexer.ts reports it. */
function matchString(text: string, offset: number): RegExpExecArray | null {
  let i = offset;
  let c = text.charCodeAt(i);
  // prefix: up to two letters among r b u f (validated by the regex below)
  let p = 0;
  while (p < 2 && /[rRbBuUfF]/.test(text[i + p] ?? "")) p++;
  while (p > 0 && text[i + p] !== "'" && text[i + p] !== '"') p--;
  if (p > 0 && !/^(?:[rR][bBfF]?|[bBfF][rR]?|[uU])$/.test(text.slice(i, i + p))) return null;
  i += p;
  c = text.charCodeAt(i);
  if (c !== 39 && c !== 34) return null;
  const q = text[i];
  const triple = text[i + 1] === q && text[i + 2] === q;
  i += triple ? 3 : 1;
  const n = text.length;
  for (;;) {
    if (i >= n) break;
    const ch = text[i];
    if (ch === "\\") { i += text[i + 1] === "\r" && text[i + 2] === "\n" ? 3 : 2; continue; }
    if (ch === q) {
      if (!triple) { i++; break; }
      if (text[i + 1] === q && text[i + 2] === q) { i += 3; break; }
    } else if (!triple && (ch === "\n" || ch === "\r")) break;
    i++;
  }
  if (i > n) i = n;
  const m = [text.slice(offset, i)] as unknown as RegExpExecArray;
  return m;
}
export const StringLit = createToken({
  name: "String", pattern: { exec: matchString }, line_breaks: true,
  start_chars_hint: ["'", '"', "r", "R", "b", "B", "u", "U", "f", "F"],
});

const digits = String.raw`\d(?:_?\d)*`;
const exponent = String.raw`[eE][+-]?${digits}`;
export const NumberLit = createToken({
  name: "Number",
  pattern: new RegExp(String.raw`0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|` +
    String.raw`(?:${digits}(?:\.(?:${digits})?)?|\.${digits})(?:${exponent})?[jJ]?`),
});

function op(name: string, pattern: string, extra: Partial<Parameters<typeof createToken>[0]> = {}): TokenType {
  return createToken({ name, pattern: new RegExp(pattern.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")), ...extra });
}
export const AugAssign = createToken({ name: "AugAssign", pattern: Lexer.NA });
/** Operator categories, so one CONSUME covers a precedence level. */
export const AddOp = createToken({ name: "AddOp", pattern: Lexer.NA });
export const MulOp = createToken({ name: "MulOp", pattern: Lexer.NA });
export const ShiftOp = createToken({ name: "ShiftOp", pattern: Lexer.NA });
export const CompOp = createToken({ name: "CompOp", pattern: Lexer.NA });
/** Every binary operator between bitwise-or and term level: parsed in one loop, folded by precedence. */
export const BinOp = createToken({ name: "BinOp", pattern: Lexer.NA });
const aug = (name: string, p: string) => op(name, p, { categories: [AugAssign] });
export const PowAssign = aug("PowAssign", "**=");
export const FloorDivAssign = aug("FloorDivAssign", "//=");
export const ShlAssign = aug("ShlAssign", "<<=");
export const ShrAssign = aug("ShrAssign", ">>=");
export const Ellipsis = op("Ellipsis", "...");
export const Arrow = op("Arrow", "->");
export const ColonEqual = op("ColonEqual", ":=");
export const DoubleStar = op("DoubleStar", "**");
export const DoubleSlash = op("DoubleSlash", "//", { categories: [MulOp, BinOp] });
export const Shl = op("Shl", "<<", { categories: [ShiftOp, BinOp] });
export const Shr = op("Shr", ">>", { categories: [ShiftOp, BinOp] });
export const LessEqual = op("LessEqual", "<=", { categories: [CompOp] });
export const GreaterEqual = op("GreaterEqual", ">=", { categories: [CompOp] });
export const EqEqual = op("EqEqual", "==", { categories: [CompOp] });
export const NotEqual = op("NotEqual", "!=", { categories: [CompOp] });
export const PlusAssign = aug("PlusAssign", "+=");
export const MinusAssign = aug("MinusAssign", "-=");
export const StarAssign = aug("StarAssign", "*=");
export const SlashAssign = aug("SlashAssign", "/=");
export const PercentAssign = aug("PercentAssign", "%=");
export const AmperAssign = aug("AmperAssign", "&=");
export const VBarAssign = aug("VBarAssign", "|=");
export const CaretAssign = aug("CaretAssign", "^=");
export const AtAssign = aug("AtAssign", "@=");
export const Plus = op("Plus", "+", { categories: [AddOp, BinOp, UnaryTok] });
export const Minus = op("Minus", "-", { categories: [AddOp, BinOp, UnaryTok] });
export const Star = op("Star", "*", { categories: [MulOp, BinOp] });
export const Slash = op("Slash", "/", { categories: [MulOp, BinOp] });
export const Percent = op("Percent", "%", { categories: [MulOp, BinOp] });
export const At = op("At", "@", { categories: [MulOp, BinOp] });
export const Amper = op("Amper", "&", { categories: [BinOp] });
export const VBar = op("VBar", "|", { categories: [BinOp] });
export const Caret = op("Caret", "^", { categories: [BinOp] });
export const Tilde = op("Tilde", "~", { categories: [UnaryTok] });
export const Less = op("Less", "<", { categories: [CompOp] });
export const Greater = op("Greater", ">", { categories: [CompOp] });
export const LParen = op("LParen", "(");
export const RParen = op("RParen", ")");
export const LBracket = op("LBracket", "[");
export const RBracket = op("RBracket", "]");
export const LBrace = op("LBrace", "{");
export const RBrace = op("RBrace", "}");
export const Comma = op("Comma", ",");
export const Colon = op("Colon", ":");
export const Dot = op("Dot", ".");
export const Semicolon = op("Semicolon", ";");
export const Equal = op("Equal", "=");

export const RawNewline = createToken({ name: "RawNewline", pattern: /\r\n|\r|\n/, line_breaks: true });
export const Whitespace = createToken({ name: "Whitespace", pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: "Comment", pattern: /#[^\r\n]*/, group: Lexer.SKIPPED });
export const LineContinuation = createToken({
  name: "LineContinuation", pattern: /\\(?:\r\n|\r|\n)/, line_breaks: true, group: Lexer.SKIPPED,
});
export const Backslash = createToken({ name: "Backslash", pattern: /\\/ });

// Produced by lexer.ts only.
export const Newline = createToken({ name: "Newline", pattern: Lexer.NA });
export const Indent = createToken({ name: "Indent", pattern: Lexer.NA });
export const Dedent = createToken({ name: "Dedent", pattern: Lexer.NA });
export const EndOfFile = createToken({ name: "EndOfFile", pattern: Lexer.NA });
/** A soft keyword `match` that begins a match statement: parser.ts retypes its Identifier token so. */
export const MatchKw = createToken({ name: "MatchKw", pattern: Lexer.NA });

/** Order matters: chevrotain takes the first match, so longer operators come first. */
export const rawTokens: TokenType[] = [
  RawNewline, Whitespace, Comment, LineContinuation, Backslash, StringLit,
  ...Object.keys(keywords).sort((a, b) => b.length - a.length).map((k) => keywords[k]), Identifier,
  PowAssign, FloorDivAssign, ShlAssign, ShrAssign, Ellipsis, NumberLit, Arrow, ColonEqual, DoubleStar, DoubleSlash,
  Shl, Shr, LessEqual, GreaterEqual, EqEqual, NotEqual, PlusAssign, MinusAssign, StarAssign, SlashAssign,
  PercentAssign, AmperAssign, VBarAssign, CaretAssign, AtAssign, Plus, Minus, Star, Slash, Percent, At, Amper,
  VBar, Caret, Tilde, Less, Greater, LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Colon, Dot,
  Semicolon, Equal,
];
export const allTokens: TokenType[] = [...rawTokens, AugAssign, AddOp, MulOp, ShiftOp, CompOp, BinOp, BoolOpTok, UnaryTok, Newline, Indent, Dedent, EndOfFile, MatchKw];
