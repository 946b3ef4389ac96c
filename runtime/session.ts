// An interactive session (the REPL's side of the runtime): one MainThread worker that keeps its globals
// between inputs. The host sends one input at a time; the worker runs it as CPython's 'single' mode and
// reports completion after its output. Threads started by an input keep running, and their output keeps
// flowing through onOutput while the host waits for the next input.
import { Program, type Disposable, type ProgramOptions } from "./program.js";
import type { FromWorker } from "./platform.js";
import { WaitKind } from "./layout.js";

export interface SessionOptions extends Omit<ProgramOptions, "source" | "file" | "session"> {
  /** `pyt -i file`: run this first, as __main__ of `file`; its globals stay for the inputs. */
  script?: { source: string; file: string };
}

/** How an input ended: `exited` when it (or the -i script) left the session, e.g. exit() or SystemExit. */
export interface InputOutcome {
  error: boolean;
  exited: boolean;
}

export class Session {
  /** Resolves with the exit status once every worker has stopped and all output has been emitted. */
  readonly exited: Promise<number>;
  /** Resolves when the -i script has run (at once when there is none). */
  readonly ready: Promise<InputOutcome>;
  private readonly _program: Program;
  private readonly _pending = new Map<number, (message: FromWorker | null) => void>();
  private _nextId = 1;
  private _running = 0;
  private _closed = false;

  constructor(options: SessionOptions) {
    const { script, ...rest } = options;
    this._program = new Program({
      ...rest,
      source: script?.source ?? "",
      file: script?.file ?? "<stdin>",
      argv: options.argv ?? [script?.file ?? ""],
      session: script ? "script" : "bare",
    });
    this._program.onSessionMessage((message) => {
      if (message.t !== "result" && message.t !== "completions") return;
      const resolve = this._pending.get(message.id);
      this._pending.delete(message.id);
      resolve?.(message);
    });
    this.exited = this._program.exited.then((status) => {
      this._closed = true;
      for (const resolve of this._pending.values()) resolve(null);
      this._pending.clear();
      return status;
    });
    this.ready = script ? this._request(0, () => undefined, true) : Promise.resolve({ error: false, exited: false });
  }

  /** Output in happens-before order: inputs' and threads' alike. */
  onOutput(listener: (stream: 1 | 2, text: string) => void): Disposable {
    return this._program.onOutput(listener);
  }

  /** True from run() until its input has finished. */
  get running(): boolean {
    return this._running > 0;
  }

  get closed(): boolean {
    return this._closed;
  }

  /** Runs one input (a statement, or a pasted run of statements). */
  run(source: string): Promise<InputOutcome> {
    const id = this._nextId++;
    // Threads that an input starts find warm workers (as the CLI prewarms for a program): one per
    // `Thread(` in it, at most 4.
    const threads = source.match(/\bThread\s*\(/g)?.length ?? 0;
    if (threads > 0) this._program.prewarm(Math.min(threads, 4));
    return this._request(id, () => this._program.postToMain({ t: "exec", id, source }), true);
  }

  /** Completion candidates for the text left of the cursor (names in scope, attributes after a dot). */
  async complete(text: string): Promise<string[]> {
    if (this._closed || this.running) return [];
    const id = this._nextId++;
    const reply = await new Promise<FromWorker | null>((resolve) => {
      this._pending.set(id, resolve);
      this._program.postToMain({ t: "complete", id, text });
    });
    return reply && reply.t === "completions" ? reply.items : [];
  }

  /** Ctrl-C while an input runs: KeyboardInterrupt in MainThread, wherever it waits. */
  interrupt(): void {
    if (this._closed) return;
    if (this._running > 0) this._program.interruptMain();
    else this._program.interrupt(); // leaving (waiting for threads): the first Ctrl-C stops the wait, the second everything
  }

  /** Leaves as exit() does: MainThread waits for non-daemon threads, then the session ends. */
  exit(): Promise<number> {
    this._program.postToMain({ t: "exit" });
    return this.exited;
  }

  /** Ends every worker at once. */
  stop(status?: number): void {
    this._program.stop(status);
  }

  /** input() in the session: see Program. */
  onInputWanted(listener: () => void): Disposable {
    return this._program.onInputWanted(listener);
  }
  get inputWanted(): boolean {
    return this._program.inputWanted;
  }
  sendInput(text: string | Uint8Array): void {
    this._program.sendInput(text);
  }
  endInput(): void {
    this._program.endInput();
  }

  /** True while some thread is blocked in input() (typed lines then go to it, not to the prompt). */
  get waitingForInput(): boolean {
    return !this._closed && this._program.threads().some((t) => t.wait.kind === WaitKind.Input);
  }

  threads(): ReturnType<Program["threads"]> {
    return this._program.threads();
  }

  private _request(id: number, send: () => void, counts: boolean): Promise<InputOutcome> {
    if (this._closed) return Promise.resolve({ error: false, exited: true });
    if (counts) this._running++;
    const done = new Promise<InputOutcome>((resolve) => {
      this._pending.set(id, (message) => {
        if (counts) this._running--;
        if (message && message.t === "result") resolve({ error: message.error, exited: false });
        else resolve({ error: false, exited: true });
      });
    });
    send();
    return done;
  }
}
