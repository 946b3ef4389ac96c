// The read-eval-print loop on a Terminal: prompts, block continuation (a blank line ends a block),
// auto-indent that typed indentation replaces, bracketed paste run as a file, history of whole blocks,
// Tab completion from the session, Ctrl-C/Ctrl-D, and program output (threads included) printed above
// the line being edited. While an input runs, typed lines go to input() when a thread waits for one,
// and otherwise wait for the next prompt (as a terminal's type-ahead does).
import { History } from "./history.js";
import { KeyParser, type Key } from "./keys.js";
import { LineEditor } from "./line-editor.js";
import type { Disposable, Terminal } from "./terminal.js";

export type Completeness = "complete" | "incomplete" | "invalid";

/** What the REPL needs from the runtime (runtime's Session has it; tests use a fake). */
export interface ReplSession {
  run(source: string): Promise<{ error: boolean; exited: boolean }>;
  complete(text: string): Promise<string[]>;
  /** KeyboardInterrupt in MainThread while an input runs (or while leaving waits for threads). */
  interrupt(): void;
  /** What Ctrl-C at the prompt does (signal.signal()): absent or "default", KeyboardInterrupt. */
  promptSignal?(): "default" | "ignore" | "handler" | "die";
  /** The process got `signum` (SIG_DFL at the prompt: the session dies of it). */
  signal?(signum: number): void;
  /** Runs the program's SIGINT handler (promptSignal "handler") in MainThread, as an input. */
  runHandler?(signum: number): Promise<{ error: boolean; exited: boolean }>;
  /** Leaves as exit() does (waits for non-daemon threads). */
  exit(): Promise<number>;
  onOutput(listener: (stream: 1 | 2, text: string) => void): Disposable;
  readonly exited: Promise<number>;
  /** True while some thread is blocked in input(). */
  readonly waitingForInput: boolean;
  sendInput(text: string): void;
  endInput(): void;
}

export interface ReplOptions {
  banner?: string;
  history?: History;
  /** Called after each new history entry (the CLI saves ~/.pyt_history). */
  onHistory?(history: History): void;
  /** The parser's completeness check; default: grammar's isComplete, loaded after the first prompt. */
  isComplete?: () => Promise<(source: string) => Completeness>;
  /** `pyt -i`: the script's run; the prompt appears once it has finished. */
  script?: Promise<{ error: boolean; exited: boolean }>;
  /** Offer the previous line's indentation (plus 4 after ':') on continuation lines (default true). */
  autoIndent?: boolean;
}

type Mode = "prompt" | "running" | "leaving" | "closed";

const INDENT = "    ";

export class Repl {
  /** Resolves with the session's exit status once the REPL has ended. */
  readonly done: Promise<number>;
  private _resolveDone!: (status: number) => void;
  private readonly _editor: LineEditor;
  private readonly _keys = new KeyParser();
  private readonly _history: History;
  private _mode: Mode = "prompt";
  /** Lines typed while an input ran and no thread wanted them: replayed at the next prompt. */
  private _deferred: Key[] = [];
  /** The history position while browsing (history.length: the draft). */
  private _histIndex = 0;
  private _draft = "";
  /** The buffer came whole from history or a paste: Enter at the end runs it even if it opens a block. */
  private _whole = false;
  /** Auto-indent spaces at the start of the current line that typed indentation replaces. */
  private _offered = 0;
  private _edits = 0;
  private _isComplete: ((source: string) => Completeness) | null = null;
  private readonly _loading: Promise<(source: string) => Completeness>;
  private _outputQueue: string[] = [];
  /** Keys that arrived while Enter waited for the parser to load. */
  private _held: Key[] | null = null;
  private readonly _disposables: Disposable[] = [];

  constructor(
    private readonly _term: Terminal,
    private readonly _session: ReplSession,
    private readonly _options: ReplOptions,
  ) {
    this.done = new Promise((resolve) => (this._resolveDone = resolve));
    this._editor = new LineEditor(_term);
    this._history = _options.history ?? new History();
    this._histIndex = this._history.length;
    const load = _options.isComplete ?? (() => import("../grammar/index.js").then((m) => m.isComplete));
    this._loading = load().then((f) => (this._isComplete = f));
    if (_options.banner) _term.write(_options.banner.replace(/\r?\n/g, "\r\n") + "\r\n");
    // Bracketed paste on: the terminal marks pasted text, so a pasted snippet runs as a file.
    _term.write("\x1b[?2004h");
    this._disposables.push(_session.onOutput((_stream, text) => this._output(text)));
    this._disposables.push(_term.onData((data) => this._onData(data)));
    if (_term.onResize) this._disposables.push(_term.onResize(() => this._editor.show()));
    void _session.exited.then((status) => this._close(status));
    if (_options.script) {
      this._startRunning();
      void _options.script.then((outcome) => this._finished(outcome));
    } else this._newPrompt();
  }

  /** Feeds raw terminal input (what Terminal.onData delivers). */
  private _onData(data: string): void {
    this._feed(this._keys.feed(data));
  }

  private _feed(keys: Key[]): void {
    for (let i = 0; i < keys.length; i++) {
      if (this._held) {
        this._held.push(...keys.slice(i));
        return;
      }
      const key = keys[i];
      const more = key.kind === "enter" && key.more !== undefined ? key.more : i < keys.length - 1;
      if (this._mode === "prompt") this._promptKey(key, more);
      else if (this._mode === "running") this._runningKey(key, more);
      else if (this._mode === "leaving") {
        if (keys[i].kind === "interrupt") this._session.interrupt();
      }
    }
  }

  // ---- output ----

  /** Output is batched per microtask: one redraw of the line for many prints. */
  private _output(text: string): void {
    if (this._mode === "closed") {
      this._term.write(text.replace(/\r?\n/g, "\r\n"));
      return;
    }
    if (this._outputQueue.push(text) === 1) void Promise.resolve().then(() => this._flushOutput());
  }

  private _flushOutput(): void {
    const text = this._outputQueue.join("");
    this._outputQueue = [];
    this._editor.printAbove(text);
  }

  // ---- the prompt ----

  private _newPrompt(): void {
    this._mode = "prompt";
    const ed = this._editor;
    ed.ps1 = ">>> ";
    ed.ps2 = "... ";
    ed.set("");
    this._whole = false;
    this._offered = 0;
    this._histIndex = this._history.length;
    ed.show();
  }

  private _promptKey(key: Key, more: boolean): void {
    const ed = this._editor;
    this._edits++;
    switch (key.kind) {
      case "text":
        this._typeText(key.text);
        break;
      case "paste":
        this._paste(key.text, more);
        return;
      case "enter":
        void this._enter(more);
        return;
      case "backspace": {
        const { start } = ed.lineBounds();
        const before = ed.buffer.slice(start, ed.cursor);
        if (before.length > 0 && /^ +$/.test(before)) {
          // In the indentation: back to the previous level, as editors do.
          const to = Math.max(0, (Math.ceil(before.length / 4) - 1) * 4);
          ed.deleteRange(start + to, ed.cursor);
          this._offered = Math.min(this._offered, to);
        } else {
          ed.backspace();
          this._offered = 0;
        }
        break;
      }
      case "delete":
        ed.deleteForward();
        this._offered = 0;
        break;
      case "left": ed.left(); break;
      case "right": ed.right(); break;
      case "home": ed.home(); break;
      case "end": ed.end(); break;
      case "wordLeft": ed.wordLeft(); break;
      case "wordRight": ed.wordRight(); break;
      case "killEnd": ed.killEnd(); this._offered = 0; break;
      case "killStart": ed.killStart(); this._offered = 0; break;
      case "killWord": ed.killWord(); this._offered = 0; break;
      case "up":
        if (!ed.verticalMove(-1)) this._recall(-1);
        break;
      case "down":
        if (!ed.verticalMove(1)) this._recall(1);
        break;
      case "tab":
        this._tab();
        return;
      case "interrupt": {
        // As CPython's REPL with a handler set: SIG_IGN does nothing; a handler runs, the line stays.
        const action = this._session.promptSignal?.() ?? "default";
        if (action === "ignore") return;
        if (action === "die") {
          this._session.signal!(2);
          return;
        }
        if (action === "handler") {
          void this._session.runHandler!(2).then((outcome) => this._handled(outcome));
          return;
        }
        ed.set(ed.buffer);
        ed.commit();
        this._term.write("KeyboardInterrupt\r\n");
        this._deferred = [];
        this._newPrompt();
        return;
      }
      case "eof":
        if (ed.buffer === "") {
          ed.commit();
          this._leave();
          return;
        }
        ed.deleteForward();
        break;
      case "clear":
        this._term.write("\x1b[H\x1b[2J");
        ed.forget();
        break;
    }
    ed.show();
  }

  /** Typed text, one character at a time: a typed space or tab at an offered indent replaces it. */
  private _typeText(text: string): void {
    const ed = this._editor;
    for (const c of text) {
      if (this._offered > 0) {
        const { start, end } = ed.lineBounds();
        const line = ed.buffer.slice(start, end);
        if ((c === " " || c === "\t") && /^ *$/.test(line) && ed.cursor === end) ed.deleteRange(start, end);
        this._offered = 0;
      }
      ed.insert(c);
    }
  }

  private _paste(raw: string, more: boolean): void {
    const ed = this._editor;
    const text = raw.replace(/\r\n?/g, "\n");
    if (!text.includes("\n")) {
      this._typeText(text);
      ed.show();
      return;
    }
    // A pasted block brings its own indentation: drop an offered indent the paste starts on.
    if (this._offered > 0) {
      const { start, end } = ed.lineBounds();
      if (/^ *$/.test(ed.buffer.slice(start, end))) ed.deleteRange(start, end);
      this._offered = 0;
    }
    ed.insert(text);
    this._whole = true;
    if (text.endsWith("\n") && ed.cursor === ed.buffer.length) {
      ed.set(ed.buffer.slice(0, -1));
      void this._enter(more);
      return;
    }
    ed.show();
  }

  private async _enter(more: boolean): Promise<void> {
    if (!this._isComplete) {
      // The parser is still loading (only right after start-up): hold later keys until it is there.
      this._held = [];
      await this._loading;
      const held = this._held;
      this._held = null;
      this._enterNow(more);
      this._feed(held);
      return;
    }
    this._enterNow(more);
  }

  private _enterNow(more: boolean): void {
    const ed = this._editor;
    const isComplete = this._isComplete!;
    const buffer = ed.buffer;
    if (buffer.trim() === "") {
      ed.set("");
      ed.commit();
      this._newPrompt();
      return;
    }
    let status = isComplete(buffer + "\n");
    if (status === "incomplete" && this._whole) status = isComplete(buffer + "\n\n");
    if (status === "incomplete") {
      ed.set(buffer);
      const lines = buffer.split("\n");
      const last = lines[lines.length - 1];
      let indent = "";
      if (this._options.autoIndent !== false && !more) {
        indent = /^[ \t]*/.exec(last)![0];
        if (/:\s*(#.*)?$/.test(last)) indent += INDENT;
        if (last.trim() === "") indent = "";
      }
      ed.insert("\n" + indent);
      this._offered = indent.length;
      ed.show();
      return;
    }
    this._submit(buffer);
  }

  private _submit(source: string): void {
    const ed = this._editor;
    ed.set(source);
    ed.commit();
    this._history.add(source);
    this._options.onHistory?.(this._history);
    this._startRunning();
    void this._session.run(source.replace(/\s+$/, "") + "\n").then((outcome) => this._finished(outcome));
  }

  private _startRunning(): void {
    this._mode = "running";
    const ed = this._editor;
    ed.ps1 = "";
    ed.ps2 = "";
    ed.set("");
    ed.show();
  }

  private _finished(outcome: { exited: boolean }): void {
    if (this._mode === "closed") return;
    if (outcome.exited) {
      this._mode = "leaving";
      return; // _close follows when the session has ended
    }
    // Output still queued belongs before the prompt.
    if (this._outputQueue.length) this._flushOutput();
    const ed = this._editor;
    const partial = ed.buffer;
    ed.hide();
    ed.set("");
    this._newPrompt();
    const keys = this._deferred;
    this._deferred = [];
    if (partial) keys.push({ kind: "text", text: partial });
    this._feed(keys);
  }

  /** A handler run at the prompt has finished: one that raised dropped the line, as CPython's REPL. */
  private _handled(outcome: { error: boolean; exited: boolean }): void {
    if (this._mode === "closed") return;
    if (outcome.exited) {
      this._mode = "leaving";
      return;
    }
    if (!outcome.error || this._mode !== "prompt") return;
    if (this._outputQueue.length) this._flushOutput();
    this._editor.hide();
    this._newPrompt();
  }

  private _recall(delta: -1 | 1): void {
    const h = this._history;
    const next = this._histIndex + delta;
    if (next < 0 || next > h.length) return;
    if (this._histIndex === h.length) this._draft = this._editor.buffer;
    this._histIndex = next;
    const text = next === h.length ? this._draft : h.at(next);
    this._editor.set(text);
    this._whole = next !== h.length && text.includes("\n");
    this._offered = 0;
  }

  private _tab(): void {
    const ed = this._editor;
    const { start } = ed.lineBounds();
    const before = ed.buffer.slice(start, ed.cursor);
    if (/^\s*$/.test(before)) {
      this._typeText(" ");
      ed.insert(INDENT.slice(1));
      ed.show();
      return;
    }
    const version = this._edits;
    void this._session.complete(before).then((items) => {
      if (version !== this._edits || this._mode !== "prompt") return;
      const word = /[A-Za-z_][A-Za-z0-9_.]*$/.exec(before)?.[0] ?? "";
      if (items.length === 0) {
        this._term.write("\x07");
        return;
      }
      const common = commonPrefix(items);
      if (common.length > word.length) {
        ed.deleteRange(ed.cursor - word.length, ed.cursor);
        ed.insert(common);
        this._edits++;
        ed.show();
        return;
      }
      if (items.length > 1) ed.printAbove(columns(items, this._term.columns || 80));
    });
  }

  // ---- while an input runs ----

  private _runningKey(key: Key, more: boolean): void {
    const ed = this._editor;
    switch (key.kind) {
      case "text": ed.insert(key.text); break;
      case "paste": {
        const parts = key.text.replace(/\r\n?/g, "\n").split("\n");
        const keys: Key[] = [];
        parts.forEach((p, i) => {
          if (p) keys.push({ kind: "text", text: p });
          if (i < parts.length - 1) keys.push({ kind: "enter" });
        });
        keys.forEach((k, i) => this._runningKey(k, i < keys.length - 1));
        return;
      }
      case "enter": {
        const line = ed.buffer;
        if (this._session.waitingForInput) {
          ed.set(line);
          ed.commit();
          ed.set("");
          this._session.sendInput(line + "\n");
        } else {
          this._deferred.push({ kind: "text", text: line }, { kind: "enter", more });
          ed.set("");
        }
        break;
      }
      case "backspace": ed.backspace(); break;
      case "delete": ed.deleteForward(); break;
      case "left": ed.left(); break;
      case "right": ed.right(); break;
      case "home": ed.home(); break;
      case "end": ed.end(); break;
      case "killEnd": ed.killEnd(); break;
      case "killStart": ed.killStart(); break;
      case "killWord": ed.killWord(); break;
      case "interrupt":
        // As a terminal does on SIGINT: type-ahead is dropped; CPython's screen shows ^C before the traceback.
        this._deferred = [];
        ed.set("");
        ed.printAbove("^C");
        this._session.interrupt();
        break;
      case "eof":
        if (ed.buffer === "" && this._session.waitingForInput) this._session.endInput();
        break;
      default:
        break;
    }
    ed.show();
  }

  // ---- leaving ----

  private _leave(): void {
    this._mode = "leaving";
    void this._session.exit();
  }

  private _close(status: number): void {
    if (this._mode === "closed") return;
    if (this._outputQueue.length) this._flushOutput();
    this._editor.hide();
    const prefix = this._editor.prefix;
    if (prefix) this._term.write(prefix);
    this._mode = "closed";
    this._term.write("\x1b[?2004l");
    for (const d of this._disposables) d.dispose();
    this._resolveDone(status);
  }
}

function commonPrefix(items: string[]): string {
  let p = items[0];
  for (const s of items) while (!s.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Candidates in columns, as readline lists them. */
export function columns(items: string[], width: number): string {
  const w = Math.max(...items.map((s) => s.length)) + 2;
  const per = Math.max(1, Math.floor(width / w));
  const rows = Math.ceil(items.length / per);
  let out = "";
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c < per; c++) {
      const s = items[c * rows + r];
      if (s !== undefined) line += s.padEnd(w);
    }
    out += line.trimEnd() + "\n";
  }
  return out;
}
