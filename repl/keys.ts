// Turns raw terminal input into key events: printable text, control keys, VT100/xterm escape sequences
// for arrows, Home/End and Delete, and bracketed paste (ESC[200~ ... ESC[201~) delivered as one event.
// Input may arrive split anywhere (a paste over many reads, a sequence cut in two); the parser keeps state.

export type Key =
  | { kind: "text"; text: string }
  | { kind: "paste"; text: string }
  /** `more`: set on an Enter replayed from type-ahead: whether more input came right behind it. */
  | { kind: "enter"; more?: boolean }
  | {
      kind:
        | "backspace" | "delete" | "left" | "right" | "up" | "down" | "home" | "end" | "tab"
        | "wordLeft" | "wordRight" | "killEnd" | "killStart" | "killWord" | "interrupt" | "eof" | "clear";
    };

const PASTE_START = "\x1b[200~";
const PASTE_END = "\x1b[201~";

const CONTROL: Record<string, Key["kind"]> = {
  "\r": "enter", "\n": "enter", "\x7f": "backspace", "\b": "backspace", "\t": "tab",
  "\x01": "home", "\x05": "end", "\x02": "left", "\x06": "right", "\x10": "up", "\x0e": "down",
  "\x0b": "killEnd", "\x15": "killStart", "\x17": "killWord", "\x03": "interrupt", "\x04": "eof", "\x0c": "clear",
};

/** CSI and SS3 sequences, by their text after ESC. */
const SEQUENCES: Record<string, Key["kind"]> = {
  "[A": "up", "[B": "down", "[C": "right", "[D": "left", "[H": "home", "[F": "end",
  "OA": "up", "OB": "down", "OC": "right", "OD": "left", "OH": "home", "OF": "end",
  "[1~": "home", "[7~": "home", "[4~": "end", "[8~": "end", "[3~": "delete",
  "[1;5C": "wordRight", "[1;5D": "wordLeft", "[1;3C": "wordRight", "[1;3D": "wordLeft",
  "f": "wordRight", "b": "wordLeft", "\x7f": "killWord",
};

export class KeyParser {
  private _pending = "";
  private _paste: string | null = null;

  /** Feeds one chunk of input; returns the complete keys in it (an unfinished sequence waits for more). */
  feed(data: string): Key[] {
    const keys: Key[] = [];
    let s = this._pending + data;
    this._pending = "";
    let text = "";
    const flushText = () => {
      if (text) keys.push({ kind: "text", text });
      text = "";
    };
    let i = 0;
    while (i < s.length) {
      if (this._paste !== null) {
        const end = s.indexOf(PASTE_END, i);
        if (end < 0) {
          // Keep a possible partial end marker for the next chunk.
          const keep = partialSuffix(s, PASTE_END);
          this._paste += s.slice(i, s.length - keep);
          this._pending = s.slice(s.length - keep);
          return keys;
        }
        keys.push({ kind: "paste", text: this._paste + s.slice(i, end) });
        this._paste = null;
        i = end + PASTE_END.length;
        continue;
      }
      const c = s[i];
      if (c === "\x1b") {
        const rest = s.slice(i);
        if (rest.startsWith(PASTE_START)) {
          flushText();
          this._paste = "";
          i += PASTE_START.length;
          continue;
        }
        const m = /^\x1b(\[[0-9;]*[~A-Za-z]|O[A-Za-z]|[^[O])/.exec(rest);
        if (!m) {
          if (/^\x1b(\[[0-9;]*|O)?$/.test(rest)) {
            // An escape sequence cut at the end of this chunk.
            flushText();
            this._pending = rest;
            return keys;
          }
          i++; // a lone ESC: ignored
          continue;
        }
        flushText();
        const kind = SEQUENCES[m[1]];
        if (kind) keys.push({ kind } as Key);
        i += m[0].length;
        continue;
      }
      const control = CONTROL[c];
      if (control) {
        flushText();
        // CR LF (some terminals and pipes) is one Enter.
        if (c === "\r" && s[i + 1] === "\n") i++;
        keys.push({ kind: control } as Key);
        i++;
        continue;
      }
      if (c < " ") {
        i++; // other control characters: ignored
        continue;
      }
      text += c;
      i++;
    }
    flushText();
    return keys;
  }
}

/** Length of the longest suffix of s that is a proper prefix of marker. */
function partialSuffix(s: string, marker: string): number {
  for (let n = Math.min(marker.length - 1, s.length); n > 0; n--) if (marker.startsWith(s.slice(s.length - n))) return n;
  return 0;
}
