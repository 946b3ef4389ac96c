// An interactive session (the REPL's side of the runtime): one MainThread worker that keeps its globals
// between inputs. The host sends one input at a time; the worker runs it as CPython's 'single' mode and
// reports completion after its output. Threads started by an input keep running, and their output keeps
// flowing through onOutput while the host waits for the next input.
//
// A deadlock (the watch in "report" mode) is printed as output on stderr, then its threads are stopped:
// other threads' workers are terminated and their slots finished (threading forgets them), and MainThread,
// when it is one of them, is interrupted without a traceback, so the prompt comes back. Locks the stopped
// threads held stay held.
import { type DeadlockReport, Program, type Disposable, type ProgramOptions } from "./program.js";
import type { FromWorker } from "./platform.js";
import { SigDisposition, WaitKind } from "./layout.js";

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
  /** Every input by its number (the worker's H.INPUT: message id + 1), for deadlock reports. */
  private readonly _inputs = new Map<number, { source: string; file: string }>();
  private readonly _output = new Set<(stream: 1 | 2, text: string) => void>();

  constructor(options: SessionOptions) {
    const { script, ...rest } = options;
    if (script) this._inputs.set(1, { source: script.source, file: script.file });
    this._program = new Program({
      ...rest,
      deadlock: rest.deadlock ?? "report",
      inputs: this._inputs,
      source: script?.source ?? "",
      file: script?.file ?? "<stdin>",
      argv: options.argv ?? [script?.file ?? ""],
      session: script ? "script" : "bare",
    });
    this._program.onOutput((stream, text) => {
      for (const l of this._output) l(stream, text);
    });
    this._program.onDeadlock((report) => this._deadlock(report));
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
    this._output.add(listener);
    return { dispose: () => this._output.delete(listener) };
  }

  /** A deadlock was reported (its text is also written to onOutput, on stderr) and its threads stopped. */
  onDeadlock(listener: (report: DeadlockReport) => void): Disposable {
    return this._program.onDeadlock(listener);
  }

  private _deadlock(report: DeadlockReport): void {
    const mainSlot = this._program.mainSlot;
    const others = report.threads.filter((t) => t.slot !== mainSlot);
    const main = report.threads.find((t) => t.slot === mainSlot);
    const what =
      others.length === 0
        ? "pyt stopped MainThread's input"
        : `pyt stopped ${others.length === 1 ? "that thread" : "those threads"}${main ? " and MainThread's input" : ""}`;
    const text = `${report.text}${what}; locks they held stay held.\n`;
    for (const l of this._output) l(2, text);
    this._program.stopThreads(others.map((t) => t.slot));
    if (others.length > 0) this._program.postToMain({ t: "forget", idents: others.map((t) => t.ident) });
    // A join of a stopped thread returns by itself; a lock wait never would.
    if (main && main.waitsFor === "lock") this._program.stopMain();
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
    this._inputs.set((id & 0x3fff) + 1, { source, file: "<stdin>" });
    // Threads that an input starts find warm workers (as the CLI prewarms for a program): one per
    // `Thread(` in it, at most 4, plus one for the next input; two as soon as threading is imported.
    // (A learner types `t1.start()`, then `t2.start()`: the lesson's deadlock needs the second thread
    // running within the first one's sleep(0.1), and a worker booting then takes longer.)
    const threads = source.match(/\bThread\s*\(/g)?.length ?? 0;
    if (threads > 0) this._program.prewarm(Math.min(threads, 4) + 1);
    else if (/\bthreading\b/.test(source)) this._program.prewarm(2);
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
    if (this._running > 0) this._program.signal(2, true);
    else this._program.interrupt(); // leaving (waiting for threads): the first Ctrl-C stops the wait, the second everything
  }

  /**
   * Ctrl-C at the prompt, as CPython's REPL takes it there: "default" (KeyboardInterrupt: the line is
   * dropped), "ignore" (SIG_IGN: nothing happens), "handler" (runHandler, the line kept) or "die"
   * (SIG_DFL: signal(2) ends the session as the signal would).
   */
  promptSignal(): "default" | "ignore" | "handler" | "die" {
    const d = this._program.signalDisposition(2);
    return d === SigDisposition.Ignore ? "ignore" : d === SigDisposition.Handler ? "handler" : d === SigDisposition.Default ? "die" : "default";
  }

  /** Runs the handler of `signum` in MainThread, as an input: its output and any traceback come as one's. */
  runHandler(signum: number): Promise<InputOutcome> {
    const id = this._nextId++;
    this._inputs.set((id & 0x3fff) + 1, { source: "", file: "<stdin>" });
    return this._request(id, () => this._program.postToMain({ t: "exec", id, source: "", signal: signum }), true);
  }

  /** A signal other than Ctrl-C's (SIGTERM): as Program.signal. */
  signal(signum: number): void {
    if (!this._closed) this._program.signal(signum, true);
  }

  /** The signal the session died of (Program.killedBy). */
  get killedBy(): number {
    return this._program.killedBy;
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
