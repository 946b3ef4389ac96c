// The REPL against a fake terminal and session: what the screen shows and what is sent to run, for
// typing, editing keys, blocks, auto-indent, paste, history, completion, Ctrl-C/Ctrl-D and output from
// threads arriving while a line is half typed.
import { describe, expect, it } from "vitest";
import { History, KeyParser, Repl, type Completeness } from "../../dist/repl/index.js";
import { isComplete } from "../../dist/grammar/index.js";
import { FakeTerminal } from "./fake-terminal.js";
import { FakeSession } from "./fake-session.js";

const ENTER = "\r";
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function setup(options: { columns?: number; history?: History } = {}) {
  const term = new FakeTerminal(options.columns ?? 40);
  const session = new FakeSession();
  const repl = new Repl(term, session, {
    banner: "banner",
    history: options.history,
    isComplete: async () => isComplete as (s: string) => Completeness,
  });
  await tick();
  const type = async (...chunks: string[]) => {
    for (const c of chunks) {
      term.type(c);
      await tick();
    }
  };
  return { term, session, repl, type };
}

describe("key parser", () => {
  it("splits text, control keys and escape sequences, across chunks", () => {
    const p = new KeyParser();
    expect(p.feed("ab\x1b[D\x01\x7f")).toEqual([
      { kind: "text", text: "ab" }, { kind: "left" }, { kind: "home" }, { kind: "backspace" },
    ]);
    expect(p.feed("x\x1b[")).toEqual([{ kind: "text", text: "x" }]);
    expect(p.feed("3~\r\n")).toEqual([{ kind: "delete" }, { kind: "enter" }]);
  });

  it("delivers a bracketed paste as one event, even split over reads", () => {
    const p = new KeyParser();
    expect(p.feed("\x1b[200~def f():\r    return 1\r\x1b[20")).toEqual([]);
    expect(p.feed("1~z")).toEqual([
      { kind: "paste", text: "def f():\r    return 1\r" }, { kind: "text", text: "z" },
    ]);
  });
});

describe("history file format", () => {
  it("keeps blocks and backslashes through a round trip, and drops blanks and repeats", () => {
    const h = new History();
    h.add("for i in x:\n    print('a\\nb')\n");
    h.add("x");
    h.add("x");
    h.add("   ");
    expect(History.parse(h.serialize()).entries).toEqual(["for i in x:\n    print('a\\nb')", "x"]);
  });
});

describe("REPL", () => {
  it("shows the banner and the prompt, runs a line and shows the next prompt", async () => {
    const { term, session, type } = await setup();
    session.respond = (s) => (s === "1+1\n" ? "2\n" : "");
    await type("1+1", ENTER);
    expect(session.inputs).toEqual(["1+1\n"]);
    expect(term.screen()).toBe("banner\n>>> 1+1\n2\n>>>");
  });

  it("continues a block with '... ' and ends it with a blank line; typed indentation replaces the offered one", async () => {
    const { term, session, type } = await setup();
    await type("def f(x):", ENTER, "    if x:", ENTER, "        return 1", ENTER, "    return 2", ENTER, ENTER);
    expect(session.inputs).toEqual(["def f(x):\n    if x:\n        return 1\n    return 2\n"]);
    expect(term.screen()).toBe(
      "banner\n>>> def f(x):\n...     if x:\n...         return 1\n...     return 2\n...\n>>>",
    );
  });

  it("offers indentation: typing only the body text works too", async () => {
    const { session, type } = await setup();
    await type("for i in range(3):", ENTER, "print(i)", ENTER, ENTER);
    expect(session.inputs).toEqual(["for i in range(3):\n    print(i)\n"]);
  });

  it("Backspace in the indentation goes back one level", async () => {
    const { session, type } = await setup();
    await type("if x:", ENTER, "    if y:", ENTER, "\x7f", "z = 1", ENTER, ENTER);
    expect(session.inputs).toEqual(["if x:\n    if y:\n    z = 1\n"]);
  });

  it("edits with arrows, Home/End, Ctrl-A/E/K/U/W, Backspace and Delete", async () => {
    const { session, type } = await setup();
    await type("prnt(1)", "\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D", "i", "\x05", ENTER);
    await type("abc def", "\x17", "x", "\x01", "\x1b[3~", ENTER);
    await type("hello", "\x01", "\x1b[C", "\x0b", ENTER);
    await type("junk", "\x15", "ok", "\x1b[H", "\x1b[F", "\x7f", ENTER);
    expect(session.inputs).toEqual(["print(1)\n", "bc x\n", "h\n", "o\n"]);
  });

  it("runs a bracketed paste as one program, blank lines inside functions included", async () => {
    const { term, session, type } = await setup();
    const snippet = "def f():\n    a = 1\n\n    return a\n\nf()\nf() + 1\n";
    await type(`\x1b[200~${snippet.replace(/\n/g, "\r")}\x1b[201~`);
    expect(session.inputs).toEqual([snippet]);
    expect(term.screen()).toContain(">>> def f():\n...     a = 1\n...\n...     return a\n...\n... f()\n... f() + 1");
  });

  it("without bracketed paste, pasted lines with blank lines between top-level statements still work", async () => {
    const { session, type } = await setup();
    await type("def f():\r    return 1\r\rx = f()\r");
    expect(session.inputs).toEqual(["def f():\n    return 1\n", "x = f()\n"]);
  });

  it("recalls a block as one history entry and runs it with Enter", async () => {
    const { term, session, type } = await setup();
    await type("for i in x:", ENTER, "    print(i)", ENTER, ENTER, "y = 2", ENTER);
    await type("\x1b[A", "\x1b[A");
    expect(term.screen().split("\n").slice(-2).join("\n")).toBe(">>> for i in x:\n...     print(i)");
    await type(ENTER);
    expect(session.inputs).toEqual(["for i in x:\n    print(i)\n", "y = 2\n", "for i in x:\n    print(i)\n"]);
  });

  it("Ctrl-C at the prompt clears the line and prints KeyboardInterrupt", async () => {
    const { term, session, type } = await setup();
    await type("if x:", ENTER, "    abc", "\x03");
    expect(term.screen()).toBe("banner\n>>> if x:\n...     abc\nKeyboardInterrupt\n>>>");
    await type("1", ENTER);
    expect(session.inputs).toEqual(["1\n"]);
  });

  it("Ctrl-C at the prompt with a SIGINT handler set runs it and keeps the line, as CPython's REPL", async () => {
    const { term, session, type } = await setup();
    session.sigint = "handler";
    session.handlerOutput = "got SIGINT\n";
    await type("abc", "\x03");
    expect(session.signals).toEqual([2]);
    expect(term.screen()).toBe("banner\ngot SIGINT\n>>> abc");
    await type("d", ENTER);
    expect(session.inputs).toEqual(["abcd\n"]);
  });

  it("a SIGINT handler that raises at the prompt: its traceback, then a new prompt (the line dropped)", async () => {
    const { term, session, type } = await setup();
    session.sigint = "handler";
    session.handlerRaises = true;
    session.handlerOutput = 'Traceback (most recent call last):\n  File "<stdin>", line 1, in h\nRuntimeError: boom\n';
    await type("abc", "\x03");
    await tick();
    expect(term.screen()).toBe('banner\nTraceback (most recent call last):\n  File "<stdin>", line 1, in h\nRuntimeError: boom\n>>>');
    await type("1", ENTER);
    expect(session.inputs).toEqual(["1\n"]);
  });

  it("Ctrl-C at the prompt with SIG_IGN does nothing; with SIG_DFL the session gets the signal", async () => {
    const { term, session, type } = await setup();
    session.sigint = "ignore";
    await type("abc", "\x03");
    expect(term.screen()).toBe("banner\n>>> abc");
    session.sigint = "die";
    await type("\x03");
    expect(session.signals).toEqual([-2]);
    expect(session.interrupts).toBe(0);
  });

  it("Ctrl-C while code runs interrupts it; ^C shows as in CPython", async () => {
    const { term, session, type } = await setup();
    session.hold = true;
    await type("t.join()", ENTER, "\x03");
    expect(session.interrupts).toBe(1);
    session.emit("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n", 2);
    session.release();
    await tick();
    expect(term.screen()).toBe(
      'banner\n>>> t.join()\n^CTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n>>>',
    );
  });

  it("prints a thread's output above a half-typed line and redraws the line intact", async () => {
    const { term, session, type } = await setup({ columns: 30 });
    await type("x = [1, 2,", "\x1b[D\x1b[D");
    session.emit("from thread\n");
    await tick();
    session.emit("partial ");
    await tick();
    session.emit("line\n");
    await tick();
    expect(term.screen()).toBe("banner\nfrom thread\npartial line\n>>> x = [1, 2,");
    // the cursor is still where it was: typing goes in the middle
    await type("9", "\x05", " 3]", ENTER);
    expect(session.inputs).toEqual(["x = [1, 92, 3]\n"]);
  });

  it("keeps a wrapped multi-row line intact under output", async () => {
    const { term, session, type } = await setup({ columns: 20 });
    await type("s = 'abcdefghijklmnopqrstuvwxyz0123456789'");
    session.emit("bg\n");
    await tick();
    expect(term.screen()).toBe("banner\nbg\n>>> s = 'abcdefghijk\nlmnopqrstuvwxyz01234\n56789'");
  });

  it("Ctrl-D on an empty line leaves", async () => {
    const { session, repl, type } = await setup();
    await type("\x04");
    expect(await repl.done).toBe(0);
    expect(session.inputs).toEqual([]);
  });

  it("Tab completes a unique name and lists several", async () => {
    const { term, session, type } = await setup();
    await type("pri", "\t");
    await tick();
    await type("1)", ENTER);
    expect(session.inputs).toEqual(["print(1)\n"]);
    await type("t", "\t");
    await tick();
    expect(term.screen()).toContain("threading  time");
  });

  it("lines typed while code runs go to input() when a thread waits, else to the next prompt", async () => {
    const { session, type } = await setup();
    session.hold = true;
    await type("name = input()", ENTER);
    session.waitingForInput = true;
    await type("Ada", ENTER);
    expect(session.stdin).toEqual(["Ada\n"]);
    session.waitingForInput = false;
    await type("print(name)", ENTER);
    session.release();
    await tick();
    await tick();
    expect(session.inputs).toEqual(["name = input()\n", "print(name)\n"]);
  });
});
