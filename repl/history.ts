// Input history: one entry per submitted input, a multi-line block being one entry. Stored one entry per
// line with "\n" and "\" escaped, so a block survives a round trip through ~/.pyt_history.

export const HISTORY_LIMIT = 1000;

export class History {
  private readonly _entries: string[] = [];

  constructor(entries: readonly string[] = []) {
    for (const e of entries) this.add(e);
  }

  get entries(): readonly string[] {
    return this._entries;
  }

  get length(): number {
    return this._entries.length;
  }

  at(i: number): string {
    return this._entries[i];
  }

  /** Adds an entry unless it is blank or repeats the last one. */
  add(entry: string): void {
    const e = entry.replace(/\s+$/, "");
    if (e.trim() === "" || this._entries[this._entries.length - 1] === e) return;
    this._entries.push(e);
    if (this._entries.length > HISTORY_LIMIT) this._entries.splice(0, this._entries.length - HISTORY_LIMIT);
  }

  /** The file's text. */
  serialize(): string {
    return this._entries.map((e) => e.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")).join("\n") + (this._entries.length ? "\n" : "");
  }

  static parse(text: string): History {
    const entries = text
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => l.replace(/\\(\\|n)/g, (_, c: string) => (c === "n" ? "\n" : "\\")));
    return new History(entries);
  }
}
