// Runs the command under test (PYT_CMD, default `node bin/pyt.js`) on a program, the way a user would:
// cwd = the program's folder, argument = its basename; tracebacks, which name it by its absolute path,
// are compared by that basename (`File "case.pyt"`).
// Shared by the differential, lesson, deadlock and fuzz tests; never needs python3 itself.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface RunResult {
  stdout: string;
  stderr: string;
  /** exit status; null when killed by a signal or by the timeout */
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  ms: number;
}

export interface RunOptions {
  args?: string[];
  stdin?: string;
  timeoutMs?: number;
  cwd?: string;
}

/** Split PYT_CMD like a shell would for simple cases (whitespace, single and double quotes). */
export function splitCommand(cmd: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cmd)) !== null) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** The command under test, with repo-relative paths (bin/pyt.js) made absolute, since cwd changes. */
export function pytCommand(): string[] {
  const words = splitCommand(process.env.PYT_CMD?.trim() || "node bin/pyt.js");
  return words.map((w) => {
    if (w.startsWith("-") || isAbsolute(w) || !/[/.]/.test(w)) return w;
    const abs = resolve(repoRoot, w);
    return existsSync(abs) ? abs : w;
  });
}

/** True when the command under test is CPython (used to skip what CPython cannot do, e.g. 12_deadlock). */
export function pytIsCPython(): boolean {
  const first = pytCommand()[0] ?? "";
  return /python[0-9.]*$/.test(basename(first));
}

/** Run an arbitrary argv with a timeout; the whole process group is killed on timeout. */
export function runArgv(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const started = performance.now();
  return new Promise((resolvePromise) => {
    const child = spawn(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      stdio: ["pipe", "pipe", "pipe"],
      detached: true, // own process group, so a timeout also kills grandchildren
      env: { ...process.env, PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.stdin.on("error", () => {}); // the program may exit before reading its input
    child.stdin.end(opts.stdin ?? "");
    child.on("error", (e) => {
      clearTimeout(timer);
      resolvePromise({ stdout: "", stderr: `spawn failed: ${e.message}\n`, status: null, signal: null, timedOut, ms: performance.now() - started });
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolvePromise({
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        status,
        signal,
        timedOut,
        ms: performance.now() - started,
      });
    });
  });
}

/**
 * Run the command under test on `file` (absolute), with cwd = its folder and argv[1] = its basename;
 * its output names the program by that basename (normalizePaths: pyt and CPython show the absolute path).
 */
export async function runPyt(file: string, opts: RunOptions = {}): Promise<RunResult> {
  const argv = [...pytCommand(), basename(file), ...(opts.args ?? [])];
  const r = await runArgv(argv, { ...opts, cwd: opts.cwd ?? dirname(file) });
  return { ...r, stdout: normalizePaths(r.stdout, file), stderr: normalizePaths(r.stderr, file) };
}

/** A tiny promise pool: at most `size` tasks run at once, in submission order. */
export class Pool {
  private _active = 0;
  private readonly _queue: (() => void)[] = [];
  constructor(readonly size: number) {}
  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((res, rej) => {
      const start = () => {
        this._active++;
        task()
          .then(res, rej)
          .finally(() => {
            this._active--;
            this._queue.shift()?.();
          });
      };
      if (this._active < this.size) start();
      else this._queue.push(start);
    });
  }
}

/** Pool size: PYT_JOBS, else 3 (the CI machine has 2 cores; children spend time starting up). */
export function poolSize(max = 4): number {
  const n = Number(process.env.PYT_JOBS);
  return Number.isInteger(n) && n > 0 ? n : Math.min(max, 3);
}

/** Tracebacks may name the program by the path as given or by its absolute path (CPython 3.9+ does the
 * latter); both sides are compared with the program's basename (STYLE.md, Tests). */
export function normalizePaths(text: string, file: string): string {
  return text.split(file).join(basename(file));
}

/** Run `count` times, `parallel` at a time, and return all results. */
export async function runMany(file: string, count: number, parallel: number, opts: RunOptions = {}): Promise<RunResult[]> {
  const pool = new Pool(parallel);
  return Promise.all(Array.from({ length: count }, () => pool.run(() => runPyt(file, opts))));
}
