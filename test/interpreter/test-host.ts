// An in-process Host for interpreter tests: collects stdout/stderr, feeds input lines, sleeps with
// Atomics.wait on a private Int32Array, and lets a test raise an interrupt.
import type { Host } from "../../interpreter/host.js";
import { Interpreter } from "../../interpreter/index.js";

export class TestHost implements Host {
  stdout = "";
  stderr = "";
  /** Every write in order, to check that one print is one write. */
  writes: [1 | 2, string][] = [];
  readonly interruptFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly _sleeper = new Int32Array(new SharedArrayBuffer(4));
  constructor(private readonly _input: string[] = [], readonly argv: string[] = ["main.py"]) {}
  write(stream: 1 | 2, text: string): void {
    this.writes.push([stream, text]);
    if (stream === 1) this.stdout += text;
    else this.stderr += text;
  }
  readLine(prompt: string): string | null {
    this.write(1, prompt);
    return this._input.length ? this._input.shift()! + "\n" : null;
  }
  wallClock(): number { return Date.now() / 1000; }
  monotonic(): number { return performance.now() / 1000; }
  sleep(seconds: number): void {
    Atomics.wait(this._sleeper, 0, 0, Math.max(0, seconds * 1000));
  }
  takeInterrupt(): void { Atomics.store(this.interruptFlag, 0, 0); }
}

export interface RunResult { stdout: string; stderr: string; status: number; host: TestHost }

/** Runs a program as __main__ in-process. */
export function run(source: string, file = "main.py", host = new TestHost()): RunResult {
  const status = new Interpreter(host).runMain(source, file);
  return { stdout: host.stdout, stderr: host.stderr, status, host };
}
