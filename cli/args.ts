// Command-line parsing for `pyt`, kept apart from main.ts so it can be tested without running anything.
// Wording follows CPython's with `pyt` as the program name.

export const VERSION = "0.1.0";

export const USAGE = `usage: pyt [option] ... [-c cmd | file | -] [arg] ...
Runs a Python 3.11 program (the language of threading lessons) with real parallel threads.

Options and arguments:
-c cmd   : program passed in as a string (terminates option list)
-h       : print this help message and exit (also --help)
-i       : inspect interactively after running the program (the REPL, with its globals)
--version: print the pyt version number and exit
--no-deadlock-check : let a deadlock hang, as CPython does (default: report it, exit status 3)
--trace FILE : write a Chrome trace of the threads to FILE (open it in Perfetto or chrome://tracing)
--timeline : after the program, draw each thread's running, waiting, sleeping and held locks
--timeline-width N : the timeline's width in columns (default: the terminal's, at most 80)
file     : program read from a script file (.pyt or .py)
-        : program read from stdin
arg ...  : arguments passed to the program in sys.argv[1:]

With no file, pyt starts the interactive REPL when stdin is a terminal, and otherwise runs stdin as a program.
`;

/** Options about watching the program's threads (issue 5). */
export interface WatchOptions {
  deadlockCheck: boolean;
  trace?: string;
  timeline: boolean;
  timelineWidth?: number;
}

/** What to do, as decided from the arguments alone. */
export type Command =
  | { kind: "run"; source: "file" | "code" | "stdin"; target: string; argv: string[] }
  /** No program (`pyt`, `pyt -i`): the REPL if stdin is a terminal, else stdin run as a program. */
  | { kind: "repl"; argv: string[] }
  /** `pyt -i ...`: run the program, then the REPL with its globals. */
  | { kind: "inspect"; source: "file" | "code" | "stdin"; target: string; argv: string[] }
  | { kind: "print"; text: string; status: number; stream: 1 | 2 };

function fail(message: string): Command {
  return { kind: "print", text: `pyt: ${message} (try 'pyt -h')\n`, status: 2, stream: 2 };
}

export function parseArgs(args: readonly string[]): Command & { watch?: WatchOptions } {
  let interactive = false;
  const watch: WatchOptions = { deadlockCheck: true, timeline: false };
  const command = parse(args, () => (interactive = true), watch);
  if (command.kind === "print") return command;
  if (interactive && command.kind === "run") return { ...command, kind: "inspect", watch };
  return { ...command, watch };
}

/** A watch option at args[i]: how many arguments it took (0: not one), or an error message. */
function watchOption(args: readonly string[], i: number, watch: WatchOptions): number | string {
  const arg = args[i];
  if (arg === "--no-deadlock-check") {
    watch.deadlockCheck = false;
    return 1;
  }
  if (arg === "--timeline") {
    watch.timeline = true;
    return 1;
  }
  for (const name of ["--trace", "--timeline-width"]) {
    let value: string | undefined;
    let used = 0;
    if (arg === name) {
      if (i + 1 >= args.length) return `argument expected for the ${name} option`;
      value = args[i + 1];
      used = 2;
    } else if (arg.startsWith(name + "=")) {
      value = arg.slice(name.length + 1);
      used = 1;
    } else continue;
    if (name === "--trace") watch.trace = value;
    else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 40) return `--timeline-width wants a whole number of columns, at least 40`;
      watch.timelineWidth = n;
      watch.timeline = true;
    }
    return used;
  }
  return 0;
}

function parse(args: readonly string[], setInteractive: () => void, watch: WatchOptions): Command {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const took = watchOption(args, i, watch);
    if (typeof took === "string") return fail(took);
    if (took > 0) {
      i += took - 1;
      continue;
    }
    if (arg === "-c") {
      if (i + 1 >= args.length) return fail("argument expected for the -c option");
      return { kind: "run", source: "code", target: args[i + 1], argv: ["-c", ...args.slice(i + 2)] };
    }
    if (arg.startsWith("-c") && arg.length > 2) {
      return { kind: "run", source: "code", target: arg.slice(2), argv: ["-c", ...args.slice(i + 1)] };
    }
    if (arg === "-") return { kind: "run", source: "stdin", target: "<stdin>", argv: ["-", ...args.slice(i + 1)] };
    if (arg === "--") {
      if (i + 1 >= args.length) return { kind: "repl", argv: [""] };
      return { kind: "run", source: "file", target: args[i + 1], argv: args.slice(i + 1) };
    }
    if (arg === "-h" || arg === "--help" || arg === "-?") return { kind: "print", text: USAGE, status: 0, stream: 1 };
    if (arg === "--version" || arg === "-V") return { kind: "print", text: `pyt ${VERSION}\n`, status: 0, stream: 1 };
    if (arg === "-i") {
      setInteractive();
      continue;
    }
    if (arg.startsWith("-")) return fail(`unknown option ${arg}`);
    return { kind: "run", source: "file", target: arg, argv: args.slice(i) };
  }
  return { kind: "repl", argv: [""] };
}
