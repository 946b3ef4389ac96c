// PySyntaxError: every malformed-input failure of the grammar, shaped like CPython's SyntaxError.
// line is 1-based; col is 0-based (CPython's offset - 1); text is the offending source line.

export type SyntaxErrorType = "SyntaxError" | "IndentationError" | "TabError";

export class PySyntaxError extends Error {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly endLine: number,
    readonly endCol: number,
    readonly text: string,
  ) {
    super(`${type}: ${msg} (${file}, line ${line})`);
    this.name = type;
  }
  /** Raised on the end of the input, which CPython's file tokenizer places at offset 0 (no caret). */
  atEof = false;
  /** See GrammarError.charOffsets. */
  charOffsets = false;
  /** See GrammarError.compiled. */
  compiled = false;
}

/** What the lexer and parser throw internally; index.ts turns it into a PySyntaxError with file and text. */
/** The parser's message for a colon CPython's grammar forces (&&':'): reported as "expected ':'" always. */
export const FORCED_COLON = "expected ':' (forced)";
/** The '(' after a def's name, which CPython's grammar forces too (`def f[T](x):` is "expected '('"). */
export const FORCED_LPAREN = "expected '(' (forced)";

export class GrammarError {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly line: number,
    readonly col: number,
    readonly endLine: number = line,
    readonly endCol: number = col + 1,
  ) {}
  /** Set when the parser failed on the end of the input (DEDENT or EOF): the REPL reads more. */
  atEnd = false;
  /** Raised on the end of the input itself (see PySyntaxError.atEof). */
  atEof = false;
  /** With a bracket never closed, CPython reports that instead (index.ts parseModule), but not as input cut short. */
  unclosedWins = false;
  /** The line to show instead of the source's (an f-string field's "(expr)", as CPython 3.11 shows it). */
  text: string | null = null;
  /** A tokenizer error CPython places by characters (else by UTF-8 bytes, as its parser does). */
  charOffsets = false;
  /** Found by CPython's compiler or symtable, after the parse: its REPL reads a block to its end before
   *  reporting it, and outside a file (REPL, -c, stdin) it has no source line to show. */
  compiled = false;
}
