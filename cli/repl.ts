// `pyt` on a terminal and `pyt -i file`: an interactive session on the Node TTY, history in
// ~/.pyt_history (or $PYT_HISTORY; empty: none kept).
import { readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { startSession } from "../runtime/index.js";
import { nodePlatform } from "../runtime/node/index.js";
import { Repl, History, banner } from "../repl/index.js";
import { nodeTerminal } from "./node-terminal.js";
import { VERSION } from "./args.js";

function historyFile(): string | null {
  const env = process.env.PYT_HISTORY;
  if (env !== undefined) return env === "" ? null : env;
  return join(homedir(), ".pyt_history");
}

function loadHistory(file: string | null): History {
  if (!file) return new History();
  try {
    return History.parse(readFileSync(file, "utf8"));
  } catch {
    return new History();
  }
}

export function startRepl(options: { script?: { source: string; file: string }; argv: string[] }, exit: (status: number, signum?: number) => void): void {
  const session = startSession({
    platform: nodePlatform,
    script: options.script,
    argv: options.argv,
    // Lessons start threads at the prompt: one warm worker makes the first Thread.start() a message.
    prewarm: 1,
    runner: process.env.PYT_TEST_RUNNER || undefined,
  });
  const term = nodeTerminal();
  const file = historyFile();
  const repl = new Repl(term, session, {
    banner: options.script ? undefined : banner(VERSION),
    history: loadHistory(file),
    onHistory: (history) => {
      if (!file) return;
      try {
        writeFileSync(file, history.serialize());
      } catch {
        // an unwritable history file is not worth an error at every prompt
      }
    },
    script: options.script ? session.ready : undefined,
  });
  // Ctrl-C arrives as a key in raw mode; a SIGINT from elsewhere (kill -INT) interrupts too.
  process.on("SIGINT", () => session.interrupt());
  process.on("SIGTERM", () => session.signal(15));
  void repl.done.then((status) => {
    term.dispose();
    exit(status, session.killedBy);
  });
}
