// The browser bundle's page-side entry (dist/web/pyt.js): runtime's public API, the web platform, and
// runSource(), the one-call way to run a program from a page. Loads no interpreter and no parser: those
// load in the workers (dist/web/worker.js and its chunks).
import { startProgram, type Program, type LayoutOptions } from "../index.js";
import { createWebPlatform, webPlatform, webSupportProblem, type WebPlatformOptions } from "./platform.js";

export * from "../index.js";
export { createWebPlatform, webPlatform, webSupportProblem, type WebPlatformOptions } from "./platform.js";

export interface RunSourceOptions {
  /** The file name tracebacks show (default "<string>"). */
  file?: string;
  argv?: string[];
  /** Everything input() will read; stdin ends after it (EOFError past the end). */
  stdin?: string;
  /** Each piece of output as it arrives, in happens-before order. */
  onOutput?: (stream: 1 | 2, text: string) => void;
  /** Called with the Program once started (to interrupt() or stop() it). */
  onStart?: (program: Program) => void;
  /** Stop the program after this many milliseconds (exit status 130, as stop() gives). */
  timeoutMs?: number;
  layout?: LayoutOptions;
  platform?: WebPlatformOptions;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs `source` as __main__ on Web Workers; resolves once every thread has ended and all output is in. */
export async function runSource(source: string, options: RunSourceOptions = {}): Promise<RunResult> {
  const problem = webSupportProblem();
  if (problem) throw new Error(problem);
  const file = options.file ?? "<string>";
  const program = startProgram({
    source,
    file,
    argv: options.argv,
    platform: options.platform ? createWebPlatform(options.platform) : webPlatform,
    layout: options.layout,
  });
  let stdout = "";
  let stderr = "";
  program.onOutput((stream, text) => {
    if (stream === 1) stdout += text;
    else stderr += text;
    options.onOutput?.(stream, text);
  });
  program.onInputWanted(() => {
    if (options.stdin) program.sendInput(options.stdin);
    program.endInput();
  });
  options.onStart?.(program);
  const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => program.stop(), options.timeoutMs);
  try {
    const status = await program.exited;
    return { stdout, stderr, status };
  } finally {
    clearTimeout(timer);
  }
}
