// Objects that cannot be shared between threads (generators, set and dict iterators, files, native types'
// instances; iterators over lists, tuples, ranges and strs can: test/conformance-threads/sharing):
// another thread's use of one names the object's type (docs/threads.md), whatever the operation.
// Through the real command, as threads need their workers.
import { describe, expect, it } from "vitest";
import { pytCommand, runArgv } from "../helpers/run.js";

const lastLine = (s: string) => s.trimEnd().split("\n").pop();

describe("objects of another thread", () => {
  it("next() on another thread's iterator names the iterator", async () => {
    const src = "import threading\nbox = []\nt = threading.Thread(target=lambda: box.append(iter({1, 2})))\n" +
      "t.start(); t.join()\nnext(box[0])\n";
    const r = await runArgv([...pytCommand(), "-c", src]);
    expect(lastLine(r.stderr)).toBe(
      "TypeError: cannot use 'set_iterator' object of another thread (it cannot be shared between threads)");
    expect(r.status).toBe(1);
  });

  it("a generator stays with its thread: every use elsewhere is that TypeError, its own thread goes on", async () => {
    const src = [
      "import threading",
      "gen = (x * x for x in range(3))",
      "def use():",
      "    print(repr(gen))",
      "    for op in (next, list, lambda g: [y for y in g], lambda g: g.send(None), lambda g: 1 in g, iter):",
      "        try:",
      "            op(gen)",
      "        except TypeError as e:",
      "            print(e)",
      "t = threading.Thread(target=use)",
      "t.start(); t.join()",
      "print(next(gen), list(gen))",
    ].join("\n") + "\n";
    const r = await runArgv([...pytCommand(), "-c", src]);
    const msg = "cannot use 'generator' object of another thread (it cannot be shared between threads)";
    expect(r.stdout).toBe(`<'generator' object of another thread>\n${`${msg}\n`.repeat(6)}0 [1, 4]\n`);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("so does a generator function's generator (send, throw and close included); each thread's call makes its own", async () => {
    const src = [
      "import threading",
      "def squares(n):",
      "    for i in range(n):",
      "        yield i * i",
      "gen = squares(3)",
      "def use():",
      "    print(list(squares(2)))",
      "    for op in (next, list, lambda g: g.send(None), lambda g: g.throw(ValueError), lambda g: g.close()):",
      "        try:",
      "            op(gen)",
      "        except TypeError as e:",
      "            print(e)",
      "t = threading.Thread(target=use)",
      "t.start(); t.join()",
      "print(next(gen), list(gen))",
    ].join("\n") + "\n";
    const r = await runArgv([...pytCommand(), "-c", src]);
    const msg = "cannot use 'generator' object of another thread (it cannot be shared between threads)";
    expect(r.stdout).toBe(`[0, 1]\n${`${msg}\n`.repeat(5)}0 [1, 4]\n`);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
