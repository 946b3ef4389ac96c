// CPython 3.11 traceback text: chained exceptions (cause/context), `File "x", line N, in f`, the
// stripped source line, the caret line (with ~~~^~~~ anchors for binary operators and subscripts,
// omitted when it would underline the whole line), "[Previous line repeated N more times]", and the
// final `Type: message` line. Also SyntaxError as CPython prints it.
import type * as ast from "../grammar/ast.js";
import { PyBaseException, TbEntry } from "./objects/exceptions.js";
import { str, repr } from "./protocol/repr.js";
import { rt } from "./state.js";
import type { PyValue } from "./objects/object.js";
import { PyList } from "./objects/list.js";
import { PyTuple } from "./objects/tuple.js";
import { suggestionFor } from "./suggest.js";
import { displayWidth } from "./lib/index.js";

const RECURSIVE_CUTOFF = 3;

/**
 * The exception as CPython's own display prints it (uncaught, sys.excepthook, a thread's): with
 * sys.tracebacklimit only that many innermost entries of each traceback (none for 0 or less), else 1000.
 */
export function formatException(exc: PyBaseException, suggest = true): string {
  const lim = sysTracebackLimit();
  return formatExceptionPieces(exc, true, lim === null ? -1000 : lim <= 0 ? 0 : -lim, suggest).join("");
}

/** sys.tracebacklimit when the program set it to an int, else null. */
function sysTracebackLimit(): number | null {
  const v = rt.modules.get("sys")?.globals.getStr("tracebacklimit");
  if (typeof v === "number" || typeof v === "boolean") return +v;
  if (typeof v === "bigint") return v > 0n ? Number.MAX_SAFE_INTEGER : 0;
  return null;
}

/**
 * traceback.format_exception's list, cut as CPython's TracebackException.format() yields it: a chain
 * message, the Traceback line, one string per entry (and per "[Previous line repeated]"), the final
 * line, one string per note. `suggest`: NameError's and AttributeError's "Did you mean", which 3.11
 * adds in its C display only (uncaught, sys.excepthook, a thread's), never in the traceback module.
 */
export function formatExceptionPieces(exc: PyBaseException, chain = true, limit: number | null = null, suggest = true): string[] {
  const out: string[] = [];
  formatChain(exc, chain ? new Set() : null, limit, out, suggest);
  return out;
}

/** `limit`, as the traceback module's: null for every entry, n >= 0 for the n outermost, -n for the n innermost. */
function formatChain(exc: PyBaseException, seen: Set<PyBaseException> | null, limit: number | null, out: string[], suggest: boolean): void {
  if (seen !== null) {
    seen.add(exc);
    if (exc.cause && !seen.has(exc.cause)) {
      formatChain(exc.cause, seen, limit, out, suggest);
      out.push("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (exc.context && !exc.suppressContext && !seen.has(exc.context)) {
      formatChain(exc.context, seen, limit, out, suggest);
      out.push("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  // Frames of frozen modules (the threading module's Python code) are hidden, as the lessons show.
  let entries = exc.traceback.filter((e) => !e.file.startsWith("<frozen ")).reverse();
  if (limit !== null) entries = limit >= 0 ? entries.slice(0, limit) : entries.slice(limit);
  if (exc.traceback.length && limit !== 0) {
    out.push("Traceback (most recent call last):\n");
    formatEntries(entries, out);
  }
  finalPieces(exc, out, suggest);
}

export function finalLine(exc: PyBaseException): string {
  const out: string[] = [];
  finalPieces(exc, out);
  return out.join("");
}

/** traceback.format_exception_only's list: `Type: message`, then one string per note. */
export function finalPieces(exc: PyBaseException, out: string[], suggest = true): void {
  const t = exc.cls;
  const name = t.module === "builtins" || t.module === "__main__" ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  // str() so that a class defining __str__ is printed through it, as CPython does
  try { msg = str(exc); } catch { msg = "<exception str() failed>"; }
  const hint = suggest ? suggestionFor(exc) : null;
  if (hint !== null) msg += `. Did you mean: '${hint}'?`;
  out.push(msg === "" ? `${name}\n` : `${name}: ${msg}\n`);
  notesOf(exc, out);
}

/** The lines of e.add_note()'s notes, printed after the message as CPython 3.11 does. */
function notesOf(exc: PyBaseException, out: string[]): void {
  const notes = exc.dict?.getStr("__notes__");
  if (notes === undefined || notes === null) return;
  // not a sequence: CPython prints its repr; a str is one, of one-character notes
  const items = notes instanceof PyList ? notes.snapshot() : notes instanceof PyTuple ? notes.items : typeof notes === "string" ? [...notes] : null;
  if (items === null) { out.push(`${safeText(notes, repr, "__notes__")}\n`); return; }
  for (const n of items) for (const l of safeText(n, str, "note").split("\n")) out.push(`${l}\n`);
}
function safeText(v: PyValue, f: (v: PyValue) => string, what: string): string {
  try { return f(v); } catch { return `<${what} ${f === str ? "str" : "repr"}() failed>`; }
}

function formatEntries(entries: TbEntry[], out: string[]): void {
  let last: TbEntry | null = null;
  let count = 0;
  for (const e of entries) {
    if (last && e.file === last.file && e.line === last.line && e.name === last.name) {
      count++;
      if (count > RECURSIVE_CUTOFF) continue;
    } else {
      if (count > RECURSIVE_CUTOFF) out.push(repeated(count - RECURSIVE_CUTOFF));
      count = 1;
    }
    last = e;
    out.push(formatEntry(e));
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeated(count - RECURSIVE_CUTOFF));
}
function repeated(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
}

export function sourceLine(file: string, line: number): string | null {
  // CPython's linecache reads files only: code from -c ("<string>") or piped stdin ("<stdin>") shows none
  if (file.startsWith("<")) return null;
  const src = rt.sources.get(file);
  if (src === undefined) return null;
  const lines = src.split("\n");
  const l = lines[line - 1];
  return l === undefined ? null : l.replace(/\r$/, "");
}

function isWs(c: string): boolean {
  return c === " " || c === "\t" || c === "\f" || c === "\n" || c === "\r" || c === "\v";
}

/** traceback.format_tb's strings: one per entry, library (frozen) frames left out as in tracebacks. */
export function formatTbEntries(entries: TbEntry[]): string[] {
  return entries.filter((e) => !e.file.startsWith("<frozen ")).map(formatEntry);
}

function formatEntry(e: TbEntry): string {
  return `  File "${e.file}", line ${e.line}, in ${e.name}\n` + (e.text ?? entrySource(e));
}

/** The lines a traceback entry prints under its File line: the stripped source line, then carets. */
export function entrySource(e: TbEntry): string {
  let out = "";
  const raw = sourceLine(e.file, e.line);
  if (raw === null) return out;
  // CPython strips the leading whitespace only: trailing spaces are printed and count as line length.
  const line = raw.replace(/\r?\n?$/, "");
  let trunc = 0;
  while (trunc < line.length && (line[trunc] === " " || line[trunc] === "\t" || line[trunc] === "\f")) trunc++;
  const stripped = line.slice(trunc);
  if (stripped.trim() === "") return out;
  out += `    ${stripped}\n`;
  const loc = e.loc;
  if (!loc || loc.line !== e.line) return out;
  const start = loc.col;
  let end: number;
  let left = -1, right = -1;
  if (loc.endLine === loc.line) {
    end = loc.endCol;
    const anchors = anchorsOf(loc as ast.Expr, line);
    if (anchors) [left, right] = anchors;
  } else {
    let i = line.length;
    while (--i >= 0 && isWs(line[i]));
    end = i + 1;
  }
  const hasAnchors = left !== -1 || right !== -1;
  if (end - start === stripped.length && !hasAnchors) return out;
  let carets = "";
  for (let o = trunc + 1; o <= end; o++) {
    const c = line.charCodeAt(o - 1);
    if (c >= 0xdc00 && c <= 0xdfff && o >= 2 && (line.charCodeAt(o - 2) & 0xfc00) === 0xd800) continue; // an astral char's 2nd half
    const mark = o <= start ? " " : hasAnchors && left < o && o <= right ? "^" : hasAnchors ? "~" : "^";
    // a wide character (CJK, most emoji) takes two columns, as CPython's _display_width counts it
    carets += c < 0x1100 ? mark : mark.repeat(displayWidth(line.codePointAt(o - 1)!));
  }
  return out + `    ${carets}\n`;
}

/**
 * 3.11's anchors (traceback.c extract_anchors_from_expr), as absolute columns: for a one-line BinOp
 * the operator (skipping whitespace and closing parentheses after the left operand), for a
 * Subscript the `[...]` (scanning for the brackets around the slice).
 */
function anchorsOf(node: ast.Expr, line: string): [number, number] | null {
  const k = (node as { kind?: string }).kind;
  const segEnd = node.endCol;
  if (k === "BinOp") {
    const b = node as ast.BinOp;
    if (b.left.endLine !== b.line || b.right.line !== b.line) return null;
    let left = -1, right = -1;
    for (let i = b.left.endCol; i < b.right.col; i++) {
      if (isWs(line[i])) continue;
      left = i;
      right = i + 1;
      if (i + 1 < b.right.col && !isWs(line[i + 1])) right++;
      if (i + 1 < b.right.col && line[i] === ")") continue;
      break;
    }
    return left < 0 ? null : [left, right];
  }
  if (k === "Subscript") {
    const s = node as ast.Subscript;
    if (s.value.endLine !== s.line || s.slice.endLine !== s.line) return null;
    let left = s.value.endCol;
    let right = s.slice.endCol + 1;
    while (left < segEnd && (isWs(line[left]) || line[left] !== "[")) left++;
    while (right < segEnd && (isWs(line[right]) || line[right] !== "]")) right++;
    if (right < segEnd) right++;
    return [left, right];
  }
  return null;
}

/**
 * The parser's SyntaxError, printed as CPython's C printer does for a file that does not compile
 * (pythonrun.c print_error_text). Tokenizer errors (IndentationError, TabError) carry no end offset.
 */
export function formatSyntaxError(err: { type: string; msg: string; file: string; line: number; col: number; endLine: number; endCol: number; text: string | null; atEof?: boolean }, byteOffsets = false): string {
  let out = `  File "${err.file}", line ${err.line}\n`;
  if (err.text !== null && err.text !== undefined) {
    const line = err.text.replace(/\n$/, "");
    // CPython 3.11 prints a file's parser errors at UTF-8 byte offsets: after "é" the caret is a column
    // further right than the character, and the carets are as many as the bytes underlined
    const len = byteOffsets ? (s: string) => utf8Length(s) : (s: string) => s.length;
    let offset = err.atEof ? 0 : len(line.slice(0, err.col)) + 1;
    let endOffset = err.type !== "SyntaxError" ? -1 : err.endCol < 0 ? err.endCol + 1
      : len(line.slice(0, err.endCol)) + Math.max(0, err.endCol - line.length) + 1;
    // an error spanning lines is underlined to the end of its first line: CPython measures the line's
    // text as it got it, with its newline when read from a file, without from a string, stdin or the REPL
    if (err.type === "SyntaxError" && err.endLine > err.line) endOffset = len(line) + (err.file.startsWith("<") ? 0 : 1);
    const lineLen = len(line);
    if (endOffset > lineLen + 1) endOffset = lineLen + 1;
    const reps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    offset--;
    let i = 0;
    while (i < line.length && (line[i] === " " || line[i] === "\t" || line[i] === "\f")) { i++; offset--; }
    const text = line.slice(i);
    if (offset > len(text)) offset = len(text);
    out += `    ${text}\n`;
    if (offset >= 0) out += `    ${" ".repeat(offset)}${"^".repeat(reps)}\n`;
  }
  return out + `${err.type}: ${err.msg}\n`;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : (c & 0xfc00) === 0xd800 ? (i++, 4) : 3;
  }
  return n;
}
