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
file     : program read from a script file (.pyt or .py)
-        : program read from stdin
arg ...  : arguments passed to the program in sys.argv[1:]

With no file, pyt starts the interactive REPL when stdin is a terminal, and otherwise runs stdin as a program.
`;

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

export function parseArgs(args: readonly string[]): Command {
  let interactive = false;
  const command = parse(args, () => (interactive = true));
  if (interactive && command.kind === "run") return { ...command, kind: "inspect" };
  return command;
}

function parse(args: readonly string[], setInteractive: () => void): Command {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
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
