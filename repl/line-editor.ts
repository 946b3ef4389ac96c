// The text being edited and its picture on the terminal. The buffer may hold several lines (a block
// typed so far, recalled from history or pasted); line 0 is drawn after `prefix` (program output that
// has no newline yet, e.g. an input() prompt or print(end="")) and ps1, the others after ps2. The area
// is redrawn whole after each change: cursor up to its first row, clear to the end of the screen, draw,
// put the cursor back. Output from the program is printed above the area, which is then redrawn intact.
import type { Terminal } from "./terminal.js";

const TAB = 8;

/** A line as drawn: tabs expanded to spaces, since the prompt shifts the terminal's own tab stops. */
export function expandTabs(line: string): string {
  if (!line.includes("\t")) return line;
  let out = "";
  for (const c of line) out += c === "\t" ? " ".repeat(TAB - (out.length % TAB)) : c;
  return out;
}

export class LineEditor {
  buffer = "";
  cursor = 0;
  /** Output without its newline yet, drawn before the first prompt. */
  prefix = "";
  ps1 = ">>> ";
  ps2 = "... ";
  private _shown = false;
  /** The cursor's row within the drawn area. */
  private _row = 0;

  constructor(private readonly _term: Terminal) {}

  get shown(): boolean {
    return this._shown;
  }

  set(buffer: string, cursor = buffer.length): void {
    this.buffer = buffer;
    this.cursor = Math.max(0, Math.min(cursor, buffer.length));
  }

  /** Start and end offsets of the line holding the cursor. */
  lineBounds(at = this.cursor): { start: number; end: number } {
    const start = this.buffer.lastIndexOf("\n", at - 1) + 1;
    let end = this.buffer.indexOf("\n", at);
    if (end < 0) end = this.buffer.length;
    return { start, end };
  }

  get lineCount(): number {
    let n = 1;
    for (const c of this.buffer) if (c === "\n") n++;
    return n;
  }

  /** Index of the line holding the cursor. */
  get lineIndex(): number {
    let n = 0;
    for (let i = 0; i < this.cursor; i++) if (this.buffer[i] === "\n") n++;
    return n;
  }

  insert(text: string): void {
    this.buffer = this.buffer.slice(0, this.cursor) + text + this.buffer.slice(this.cursor);
    this.cursor += text.length;
  }

  deleteRange(from: number, to: number): void {
    if (to <= from) return;
    this.buffer = this.buffer.slice(0, from) + this.buffer.slice(to);
    if (this.cursor > to) this.cursor -= to - from;
    else if (this.cursor > from) this.cursor = from;
  }

  backspace(): void {
    if (this.cursor > 0) this.deleteRange(this.cursor - 1, this.cursor);
  }

  deleteForward(): void {
    if (this.cursor < this.buffer.length) this.deleteRange(this.cursor, this.cursor + 1);
  }

  left(): void {
    if (this.cursor > 0) this.cursor--;
  }

  right(): void {
    if (this.cursor < this.buffer.length) this.cursor++;
  }

  home(): void {
    this.cursor = this.lineBounds().start;
  }

  end(): void {
    this.cursor = this.lineBounds().end;
  }

  /** Ctrl-K: to the end of the line. */
  killEnd(): void {
    this.deleteRange(this.cursor, this.lineBounds().end);
  }

  /** Ctrl-U: from the start of the line. */
  killStart(): void {
    this.deleteRange(this.lineBounds().start, this.cursor);
  }

  /** Ctrl-W: the whitespace-delimited word before the cursor, as readline's unix-word-rubout. */
  killWord(): void {
    const start = this.lineBounds().start;
    let i = this.cursor;
    while (i > start && /\s/.test(this.buffer[i - 1])) i--;
    while (i > start && !/\s/.test(this.buffer[i - 1])) i--;
    this.deleteRange(i, this.cursor);
  }

  wordLeft(): void {
    let i = this.cursor;
    while (i > 0 && !/\w/.test(this.buffer[i - 1])) i--;
    while (i > 0 && /\w/.test(this.buffer[i - 1])) i--;
    this.cursor = i;
  }

  wordRight(): void {
    let i = this.cursor;
    const n = this.buffer.length;
    while (i < n && !/\w/.test(this.buffer[i])) i++;
    while (i < n && /\w/.test(this.buffer[i])) i++;
    this.cursor = i;
  }

  /** Moves to the line above or below, keeping the column; false at the first/last line. */
  verticalMove(delta: -1 | 1): boolean {
    const { start, end } = this.lineBounds();
    const col = this.cursor - start;
    if (delta < 0) {
      if (start === 0) return false;
      const prev = this.lineBounds(start - 1);
      this.cursor = prev.start + Math.min(col, prev.end - prev.start);
    } else {
      if (end === this.buffer.length) return false;
      const next = this.lineBounds(end + 1);
      this.cursor = next.start + Math.min(col, next.end - next.start);
    }
    return true;
  }

  /** Draws (or redraws) the area. */
  show(): void {
    this._term.write(this._draw(false));
  }

  /** Erases the area; the cursor is left where its first row began. */
  hide(): void {
    if (!this._shown) return;
    this._term.write(this._home() + "\x1b[J");
    this._shown = false;
  }

  /** Draws the area with the cursor after its end and moves below it: the area becomes plain output. */
  commit(): void {
    this._term.write(this._draw(true) + "\r\n");
    this._shown = false;
    this.prefix = "";
  }

  /** Prints program output above the area and redraws the area below it. */
  printAbove(text: string): void {
    if (text === "") return;
    const wasShown = this._shown;
    let out = this._shown ? this._home() + "\x1b[J" : "";
    this._shown = false;
    const full = this.prefix + text;
    const nl = full.lastIndexOf("\n");
    if (nl >= 0) out += full.slice(0, nl + 1).replace(/\r?\n/g, "\r\n");
    this.prefix = full.slice(nl + 1);
    this._term.write(out);
    if (wasShown) this.show();
    else if (this.prefix) {
      this._term.write(this.prefix);
      this.prefix = "";
    }
  }

  /** Forget the picture (after the screen was cleared). */
  forget(): void {
    this._shown = false;
  }

  private _home(): string {
    return (this._row > 0 ? `\x1b[${this._row}A` : "") + "\r";
  }

  private _draw(cursorAtEnd: boolean): string {
    const cols = Math.max(1, this._term.columns || 80);
    let out = this._shown ? this._home() + "\x1b[J" : "";
    const lines = this.buffer.split("\n");
    const cursor = cursorAtEnd ? this.buffer.length : this.cursor;
    const before = this.buffer.slice(0, cursor).split("\n");
    const cursorLine = before.length - 1;
    let row = 0;
    let cursorRow = 0;
    let cursorCol = 0;
    let lastWidth = 0;
    for (let i = 0; i < lines.length; i++) {
      const lead = i === 0 ? this.prefix + this.ps1 : this.ps2;
      const text = lead + expandTabs(lines[i]);
      if (i === cursorLine) {
        const col = expandTabs(lead + before[cursorLine]).length;
        cursorRow = row + Math.floor(col / cols);
        cursorCol = col % cols;
      }
      out += text;
      const w = text.length;
      // A line that fills its last row exactly: move to a fresh row, so rows are counted the same way
      // whatever the terminal does with its pending wrap.
      if (w > 0 && w % cols === 0) out += "\r\n";
      if (i < lines.length - 1) out += "\r\n";
      row += Math.floor(w / cols) + 1;
      lastWidth = w;
    }
    const endRow = row - 1;
    const endCol = lastWidth % cols;
    if (endRow > cursorRow) out += `\x1b[${endRow - cursorRow}A`;
    if (cursorCol !== endCol) out += "\r" + (cursorCol > 0 ? `\x1b[${cursorCol}C` : "");
    this._row = cursorRow;
    this._shown = true;
    return out;
  }
}
