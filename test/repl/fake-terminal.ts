// A Terminal for tests: a small VT100 screen (the sequences the REPL writes: CR, LF, cursor up/right,
// erase below, clear screen, bell, mode switches) so tests assert what a user would see.
import type { Disposable, Terminal } from "../../dist/repl/index.js";

export class FakeTerminal implements Terminal {
  lines: string[] = [""];
  row = 0;
  col = 0;
  written = "";
  private _listeners = new Set<(data: string) => void>();

  constructor(readonly columns = 40) {}

  onData(listener: (data: string) => void): Disposable {
    this._listeners.add(listener);
    return { dispose: () => this._listeners.delete(listener) };
  }

  /** Input as the keyboard would send it. */
  type(data: string): void {
    for (const l of this._listeners) l(data);
  }

  write(text: string): void {
    this.written += text;
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === "\x1b") {
        const m = /^\x1b\[(\??)([0-9;]*)([A-Za-z~])/.exec(text.slice(i));
        if (!m) throw new Error(`unknown escape at ${JSON.stringify(text.slice(i, i + 8))}`);
        const n = m[2] === "" ? 1 : parseInt(m[2], 10);
        if (m[1] === "?") { /* modes: ignored */ }
        else if (m[3] === "A") this.row = Math.max(0, this.row - n);
        else if (m[3] === "C") this.col = Math.min(this.columns - 1, this.col + n);
        else if (m[3] === "J") {
          if (m[2] === "2") this.lines = this.lines.map(() => "");
          else {
            this.lines[this.row] = (this.lines[this.row] ?? "").slice(0, this.col);
            this.lines.length = this.row + 1;
          }
        } else if (m[3] === "H") { this.row = 0; this.col = 0; }
        else throw new Error(`unsupported sequence ${m[0]}`);
        i += m[0].length;
        continue;
      }
      if (c === "\r") this.col = 0;
      else if (c === "\n") { this.row++; while (this.lines.length <= this.row) this.lines.push(""); }
      else if (c === "\x07") { /* bell */ }
      else {
        if (this.col >= this.columns) { this.row++; this.col = 0; while (this.lines.length <= this.row) this.lines.push(""); }
        const line = (this.lines[this.row] ?? "").padEnd(this.col);
        this.lines[this.row] = line.slice(0, this.col) + c + line.slice(this.col + 1);
        this.col++;
      }
      i++;
    }
  }

  /** The screen's text, trailing spaces and empty lines at the end dropped. */
  screen(): string {
    const lines = this.lines.map((l) => l.replace(/ +$/, ""));
    while (lines.length && lines[lines.length - 1] === "") lines.pop();
    return lines.join("\n");
  }
}
