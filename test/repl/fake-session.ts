// A ReplSession for tests: records inputs, answers with scripted output, lets a test emit background
// output (a thread's print) at any moment.
import type { Disposable, ReplSession } from "../../dist/repl/index.js";

export class FakeSession implements ReplSession {
  readonly inputs: string[] = [];
  readonly stdin: string[] = [];
  interrupts = 0;
  waitingForInput = false;
  /** What run() prints for a given input (default: nothing). */
  respond: (source: string) => string = () => "";
  /** When set, run() stays pending until release() is called. */
  hold = false;
  readonly exited: Promise<number>;
  private _exit!: (status: number) => void;
  private _listeners = new Set<(stream: 1 | 2, text: string) => void>();
  private _pending: (() => void) | null = null;

  constructor() {
    this.exited = new Promise((resolve) => (this._exit = resolve));
  }

  run(source: string): Promise<{ error: boolean; exited: boolean }> {
    this.inputs.push(source);
    return new Promise((resolve) => {
      const finish = () => {
        const out = this.respond(source);
        if (out) this.emit(out);
        resolve({ error: false, exited: false });
      };
      if (this.hold) this._pending = finish;
      else void Promise.resolve().then(finish);
    });
  }

  release(): void {
    const p = this._pending;
    this._pending = null;
    p?.();
  }

  async complete(text: string): Promise<string[]> {
    const names = ["print(", "property(", "threading", "time"];
    const word = /[A-Za-z_][A-Za-z0-9_.]*$/.exec(text)?.[0] ?? "";
    return names.filter((n) => n.startsWith(word));
  }

  interrupt(): void {
    this.interrupts++;
  }

  /** What signal.signal() set for SIGINT, as the REPL asks at the prompt. */
  sigint: "default" | "ignore" | "handler" | "die" = "default";
  /** What the SIGINT handler prints, and whether it raises (then its output is a traceback). */
  handlerOutput = "";
  handlerRaises = false;
  readonly signals: number[] = [];

  promptSignal(): "default" | "ignore" | "handler" | "die" {
    return this.sigint;
  }

  runHandler(signum: number): Promise<{ error: boolean; exited: boolean }> {
    this.signals.push(signum);
    return Promise.resolve().then(() => {
      if (this.handlerOutput) this.emit(this.handlerOutput, this.handlerRaises ? 2 : 1);
      return { error: this.handlerRaises, exited: false };
    });
  }

  signal(signum: number): void {
    this.signals.push(-signum);
  }

  exit(): Promise<number> {
    this._exit(0);
    return this.exited;
  }

  onOutput(listener: (stream: 1 | 2, text: string) => void): Disposable {
    this._listeners.add(listener);
    return { dispose: () => this._listeners.delete(listener) };
  }

  emit(text: string, stream: 1 | 2 = 1): void {
    for (const l of this._listeners) l(stream, text);
  }

  sendInput(text: string): void {
    this.stdin.push(text);
  }

  endInput(): void {}
}
