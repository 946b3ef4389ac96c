// The terminal the REPL talks to: text out (with ANSI/VT100 control sequences), raw key data in. Node's
// TTY (cli/node-terminal.ts) and xterm.js (web/) both fit this, so the REPL runs unchanged on either.

export interface Disposable {
  dispose(): void;
}

export interface Terminal {
  /** Writes text as is: the REPL sends "\r\n" for new lines and VT100 sequences for cursor moves. */
  write(text: string): void;
  /** Raw input as the terminal sends it (keys, escape sequences, bracketed-paste markers), decoded UTF-8. */
  onData(listener: (data: string) => void): Disposable;
  /** Width in columns, read at each redraw. */
  readonly columns: number;
  readonly rows?: number;
  /** The size changed (the REPL redraws the line being edited). */
  onResize?(listener: () => void): Disposable;
}
