// The `pyt` command line: parse the arguments, start the program's MainThread worker as early as
// possible, copy its output to stdout/stderr, feed stdin on demand, turn Ctrl-C into an interrupt,
// and exit with the program's status once all output is flushed.
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { renderTimeline, startProgram, writeChromeTrace, type Program } from "../runtime/index.js";
import { nodePlatform } from "../runtime/node/index.js";
import { parseArgs, type Command } from "./args.js";
import { librariesFor, prewarmFor } from "./prewarm.js";
import { startRepl } from "./repl.js";
import { startPipedConsole } from "./piped-console.js";
import { CAUGHT_SIGNALS, signalName } from "./signals.js";

function hostParse(source: string, file: string): Promise<unknown> {
  return import("../grammar/index.js").then((grammar) => {
    try {
      return grammar.parse(source, file);
    } catch {
      return null;
    }
  });
}

/**
 * The main script's name in tracebacks, warnings and `__file__`: absolute, as CPython's since 3.9
 * (`python3 lesson.py` shows File "/home/me/lesson.py"); sys.argv[0] stays as typed.
 */
function scriptPath(target: string): string {
  return resolve(target);
}

/** The program's file name: `<string>` for -c, `<stdin>` for stdin, else the script's absolute path. */
function programName(command: { source: "file" | "code" | "stdin"; target: string }): string {
  return command.source === "code" ? "<string>" : command.source === "file" ? scriptPath(command.target) : command.target;
}

function readSource(command: { source: "file" | "code" | "stdin"; target: string }): string | { error: string } {
  if (command.source === "code") return command.target;
  try {
    let text = readFileSync(command.source === "stdin" ? 0 : command.target, "utf8");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // UTF-8 BOM, as CPython accepts
    return text;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const errno = e.code === "ENOENT" ? 2 : e.code === "EACCES" ? 13 : e.code === "EISDIR" ? 21 : (e.errno ?? 5);
    const reason =
      e.code === "ENOENT"
        ? "No such file or directory"
        : e.code === "EACCES"
          ? "Permission denied"
          : e.code === "EISDIR"
            ? "Is a directory"
            : e.message;
    return { error: `pyt: can't open file '${scriptPath(command.target)}': [Errno ${Math.abs(errno)}] ${reason}\n` };
  }
}

/** `signum`: the program died of that signal (its default action): so does the process, as CPython's. */
function exit(status: number, signum = 0): void {
  const end = (): void => {
    if (signum !== 0) {
      process.removeAllListeners(signalName(signum));
      process.kill(process.pid, signum);
      // (a signal that stops rather than ends the process: exit once continued)
      setTimeout(() => process.exit(status), 100);
      return;
    }
    process.exit(status);
  };
  // Both streams flushed before exit; pipes may still hold queued writes.
  process.stdout.write("", () => process.stderr.write("", end));
}



function connectStdin(program: Program, alreadyRead: boolean): void {
  if (alreadyRead) {
    program.endInput();
    return;
  }
  program.onInputWanted(() => {
    process.stdin.on("data", (chunk: Buffer) => program.sendInput(new Uint8Array(chunk)));
    process.stdin.on("end", () => program.endInput());
    process.stdin.on("error", () => program.endInput());
  });
}

function main(): void {
  const parsed = parseArgs(process.argv.slice(2));
  const watch = parsed.watch ?? { deadlockCheck: true, timeline: false };
  let command: Command = parsed;
  if (command.kind === "print") {
    (command.stream === 1 ? process.stdout : process.stderr).write(command.text);
    exit(command.status);
    return;
  }
  if (command.kind === "repl") {
    // As python3: the REPL on a terminal; piped stdin runs as a program, without prompts.
    if (process.stdin.isTTY) {
      startRepl({ argv: command.argv }, exit);
      return;
    }
    command = { kind: "run", source: "stdin", target: "<stdin>", argv: command.argv };
  }
  if (command.kind === "inspect") {
    const script = readSource(command);
    if (typeof script !== "string") {
      process.stderr.write(script.error);
      exit(2);
      return;
    }
    const file = programName(command);
    // As python3 -i: the REPL on a terminal; piped stdin is read as the REPL's input, prompts on stderr.
    if (process.stdin.isTTY) startRepl({ script: { source: script, file }, argv: command.argv }, exit);
    else startPipedConsole({ script: { source: script, file }, argv: command.argv }, exit);
    return;
  }
  const source = readSource(command);
  if (typeof source !== "string") {
    process.stderr.write(source.error);
    exit(2);
    return;
  }
  const file = programName(command);
  // Before the workers exist: Node pipes each worker's stdout into ours with an error listener of its
  // own, and one more listener than 10 makes Node warn of a leak (prewarming 10 workers did).
  let stdoutBroken = false;
  let stopOnBrokenPipe = () => {};
  process.stdout.on("error", () => {
    stdoutBroken = true; // EPIPE: the reader went away; stop quietly, as `python3 x | head` nearly does
    stopOnBrokenPipe();
  });
  const program = startProgram({
    source,
    file,
    argv: command.argv,
    platform: nodePlatform,
    prewarm: prewarmFor(source),
    libraries: librariesFor(source),
    // The host parses while MainThread's worker starts (the parser is loaded only then, after the
    // worker was created); a syntax error gives null, and the worker parses and reports it as always.
    parse: process.env.PYT_TEST_RUNNER ? undefined : hostParse,
    // Tests only: a module URL that stands in for the interpreter (see test/runtime/fixtures/runner.mjs).
    runner: process.env.PYT_TEST_RUNNER,
    deadlock: watch.deadlockCheck ? "exit" : "off",
    trace: watch.trace !== undefined || watch.timeline,
  });
  stopOnBrokenPipe = () => program.stop(1);
  // One system call per drained batch, not per print: consecutive writes to one stream are joined and
  // flushed at the end of the drain (a microtask), or as soon as the other stream is written.
  let pendingStream: 1 | 2 = 1;
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    if (pendingStream === 2) process.stderr.write(text);
    else if (!stdoutBroken) process.stdout.write(text);
  };
  program.onOutput((stream, text) => {
    if (stream !== pendingStream) {
      flush();
      pendingStream = stream;
    }
    if (pending.push(text) === 1) queueMicrotask(flush);
  });
  connectStdin(program, command.source === "stdin");
  for (const signum of CAUGHT_SIGNALS) process.on(signalName(signum), () => program.signal(signum));
  void program.exited.then((status) => {
    flush();
    const trace = program.trace();
    if (trace && watch.trace !== undefined) {
      try {
        // Streamed: a million events never become one array of objects or one string.
        const fd = openSync(watch.trace, "w");
        try {
          writeChromeTrace(trace, (chunk) => writeSync(fd, chunk));
        } finally {
          closeSync(fd);
        }
      } catch (error) {
        process.stderr.write(`pyt: can't write the trace to '${watch.trace}': ${(error as Error).message}\n`);
      }
    }
    if (trace && watch.timeline) {
      const tty = process.stderr.isTTY === true;
      const width = watch.timelineWidth ?? Math.min(80, tty ? process.stderr.columns || 80 : 80);
      process.stderr.write(renderTimeline(trace, { width, color: tty }));
    }
    exit(status, program.killedBy);
  });
}

main();
