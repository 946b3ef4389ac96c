// `pyt -i file` with stdin not a terminal (`printf 'x\n' | pyt -i file`): as python3, run the file, then
// read stdin line by line as interactive input: each statement runs as at the prompt (expressions echoed),
// a compound statement runs once a blank line or a line that cannot continue it comes, the prompts
// `>>> ` and `... ` go to stderr, an error prints its traceback and the next line is read. At the end of
// stdin: a newline on stderr, then the session leaves as exit() does. A line input() asks for is the
// next line of stdin.
import { createInterface } from "node:readline";
import { startSession } from "../runtime/index.js";
import { nodePlatform } from "../runtime/node/index.js";
import type { Completeness } from "../repl/index.js";

export function startPipedConsole(options: { script: { source: string; file: string }; argv: string[] }, exit: (status: number, signum?: number) => void): void {
  const session = startSession({ platform: nodePlatform, script: options.script, argv: options.argv, prewarm: 1 });
  session.onOutput((stream, text) => (stream === 1 ? process.stdout : process.stderr).write(text));
  const lines = createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity })[Symbol.asyncIterator]();
  // One reader at a time: the console's next statement and a thread's input() take lines in turn.
  let reading: Promise<unknown> = Promise.resolve();
  const nextLine = (): Promise<string | null> => {
    const line = reading.then(() => lines.next()).then((r) => (r.done ? null : r.value));
    reading = line;
    return line;
  };
  session.onInputWanted(() => {
    void nextLine().then((line) => (line === null ? session.endInput() : session.sendInput(line + "\n")));
  });
  void (async () => {
    const ready = await session.ready;
    if (!ready.exited) {
      const { isComplete } = (await import("../grammar/index.js")) as { isComplete: (source: string) => Completeness };
      await consoleLoop(session, nextLine, isComplete);
    }
    exit(await session.exited, session.killedBy);
  })();
}

async function consoleLoop(
  session: ReturnType<typeof startSession>,
  nextLine: () => Promise<string | null>,
  isComplete: (source: string) => Completeness,
): Promise<void> {
  let buffer = "";
  for (;;) {
    process.stderr.write(buffer === "" ? ">>> " : "... ");
    const line = await nextLine();
    if (line === null) {
      process.stderr.write("\n");
      if (buffer.trim() === "") {
        await session.exit();
        return;
      }
      // End of input ends a pending block, as a blank line would; CPython then prompts again and meets the end once more.
      const outcome = await session.run(buffer + "\n");
      if (outcome.exited) return;
      buffer = "";
      continue;
    }
    buffer = buffer === "" ? line : buffer + "\n" + line;
    if (buffer.trim() === "") {
      buffer = "";
      continue;
    }
    if (isComplete(buffer + "\n") === "incomplete") continue;
    const outcome = await session.run(buffer + "\n");
    buffer = "";
    if (outcome.exited) return;
  }
}
