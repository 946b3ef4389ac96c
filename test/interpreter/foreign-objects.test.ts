// Objects that cannot be shared between threads (generators, builtin iterators over sets and dicts;
// iterators over lists, tuples, ranges and strs can: test/conformance-threads/sharing). An iterator's steps are taken by the thread that made it, when it waits
// (interpreter/shared/remote-iter.ts; the programs CPython runs alike are in test/conformance-threads/
// shared-iterators); here, what differs from CPython and says so: every other use of another thread's
// object names its type (docs/threads.md), and stepping one whose thread has ended is a RuntimeError.
// Through the real command, as threads need their workers.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { pytCommand, runArgv } from "../helpers/run.js";

const lastLine = (s: string) => s.trimEnd().split("\n").pop();
const msg = (type: string) => `cannot use '${type}' object of another thread (it cannot be shared between threads)`;

describe("objects of another thread", () => {
  it("next() on an iterator whose thread has ended names it: no thread is left to take its steps", async () => {
    const src = "import threading\nbox = []\nt = threading.Thread(target=lambda: box.append(iter({1, 2})))\n" +
      "t.start(); t.join()\nnext(box[0])\n";
    const r = await runArgv([...pytCommand(), "-c", src]);
    expect(lastLine(r.stderr)).toBe(
      "RuntimeError: cannot step 'set_iterator' object: the thread that made it has ended (it cannot be shared between threads)");
    expect(r.status).toBe(1);
  });

  it("a generator's steps (and send, throw, close) are taken by its own thread; its other uses elsewhere are that TypeError", async () => {
    const src = [
      "import threading",
      "def squares(n):",
      "    for i in range(n):",
      "        yield threading.current_thread().name, i * i",
      "gen = squares(4)",
      "def use():",
      "    print(repr(gen))",
      "    print(next(gen))",
      "    for op in (len, lambda g: g[0], lambda g: g.gi_running, lambda g: setattr(g, 'x', 1), lambda g: g.__class__):",
      "        try:",
      "            op(gen)",
      "        except TypeError as e:",
      "            print(e)",
      "t = threading.Thread(target=use)",
      "t.start(); t.join()",
      "print(next(gen), list(gen))",
    ].join("\n") + "\n";
    const r = await runArgv([...pytCommand(), "-c", src]);
    // CPython runs the step in the thread that asks for it: its current_thread() there is Thread-1 (use)
    expect(r.stdout).toBe(
      `<'generator' object of another thread>\n('MainThread', 0)\n${`${msg("generator")}\n`.repeat(5)}` +
        "('MainThread', 1) [('MainThread', 4), ('MainThread', 9)]\n");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
  it("MainThread at the REPL's prompt, between inputs, takes the steps of its generator that a thread asks for", async () => {
    // `pyt -i` with piped input reads its lines as the REPL's: the last line is sent only once the thread
    // has printed every item, which it can only do while MainThread idles at the prompt.
    const [cmd, ...args] = [...pytCommand(), "-i", "-c", "pass"];
    const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    const allGot = new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("got 20\n")) resolve();
      });
    });
    child.stdin.write(
      "import threading\ndef gen():\n    for i in range(3):\n        yield i * 10\n\ng = gen()\n" +
        "def w():\n    for x in g:\n        print('got', x)\n\nt = threading.Thread(target=w); t.start()\n",
    );
    await allGot;
    child.stdin.end("t.join(); print('joined')\n");
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(out).toBe("got 0\ngot 10\ngot 20\njoined\n");
    expect(status).toBe(0);
  }, 30_000);
});
