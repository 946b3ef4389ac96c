// Interpreter behaviours that are not plain program output: exit statuses, interrupts, one write
// per print, recursion limits, syntax errors, internal state reset between runs.
import { describe, expect, it } from "vitest";
import { run, TestHost } from "./test-host.js";

describe("exit status", () => {
  it("is 0 after a normal run and 1 after an uncaught exception", () => {
    expect(run("x = 1\n").status).toBe(0);
    const r = run("print('a')\nraise ValueError('bad')\n");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("a\n");
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n    raise ValueError(\'bad\')\nValueError: bad\n');
  });
  it("follows SystemExit's code", () => {
    expect(run("raise SystemExit\n").status).toBe(0);
    expect(run("raise SystemExit(None)\n").status).toBe(0);
    expect(run("raise SystemExit(3)\n").status).toBe(3);
    const r = run("raise SystemExit('bye')\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("bye\n");
  });
  it("lets SystemExit be caught", () => {
    const r = run("try:\n    raise SystemExit(2)\nexcept SystemExit as e:\n    print('code', e.code)\n");
    expect(r.stdout).toBe("code 2\n");
    expect(r.status).toBe(0);
  });
});

describe("interrupts", () => {
  it("raise KeyboardInterrupt at a loop back-edge and clear the flag", () => {
    const host = new TestHost();
    Atomics.store(host.interruptFlag, 0, 1);
    const r = run("print('start')\nwhile True:\n    pass\n", "main.py", host);
    expect(r.stdout).toBe("start\n");
    expect(r.stderr).toMatch(/KeyboardInterrupt\n$/);
    expect(r.status).toBe(130);
    expect(Atomics.load(host.interruptFlag, 0)).toBe(0);
  });
  it("raise KeyboardInterrupt at a function call in loop-free code", () => {
    const host = new TestHost();
    const src = "print('start')\ndef f(n):\n    return n\ntry:\n    f(1)\nexcept KeyboardInterrupt:\n    print('stopped')\n";
    Atomics.store(host.interruptFlag, 0, 1);
    const r = run(src, "main.py", host);
    expect(r.stdout).toBe("start\nstopped\n");
    expect(Atomics.load(host.interruptFlag, 0)).toBe(0);
  });
  it("raise KeyboardInterrupt in a for loop over a range and in a comprehension", () => {
    for (const loop of ["for i in range(10**9):\n    pass", "[0 for i in range(10**9)]", "for i in [1] * 10**6:\n    pass"]) {
      const host = new TestHost();
      Atomics.store(host.interruptFlag, 0, 1);
      const r = run(`try:\n    ${loop.replace("\n", "\n    ")}\nexcept KeyboardInterrupt:\n    print('stopped')\n`, "main.py", host);
      expect(r.stdout, loop).toBe("stopped\n");
    }
  });
  it("can be caught as KeyboardInterrupt", () => {
    const host = new TestHost();
    Atomics.store(host.interruptFlag, 0, 1);
    const src = "def spin():\n    while True:\n        pass\ntry:\n    spin()\nexcept KeyboardInterrupt:\n    print('stopped')\n";
    expect(run(src, "main.py", host).stdout).toBe("stopped\n");
  });
});

describe("output", () => {
  it("writes each print exactly once", () => {
    const r = run("print('a', 1, sep='-', end='!')\nprint()\n");
    expect(r.host.writes).toEqual([[1, "a-1!"], [1, "\n"]]);
  });
});

describe("recursion", () => {
  it("raises a catchable RecursionError at the Python depth limit", () => {
    const src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\ndef g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nprint(g(900))\n";
    const r = run(src);
    expect(r.stdout).toBe("maximum recursion depth exceeded\n900\n");
  });
  it("collapses repeated traceback lines", () => {
    const r = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    expect(r.stderr).toContain("  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n");
  });
});

describe("syntax errors", () => {
  it("are printed like CPython, with no traceback header", () => {
    const r = run("x = 1\nif x\n    pass\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("  File \"main.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n");
  });
  it("include nonlocal errors found by scope analysis", () => {
    const r = run("def f():\n    nonlocal q\n");
    expect(r.stderr).toMatch(/SyntaxError: no binding for nonlocal 'q' found\n$/);
  });
});

describe("state", () => {
  it("does not leak between runs", () => {
    run("x = 1\n");
    expect(run("print(x)\n").stderr).toMatch(/NameError: name 'x' is not defined\n$/);
  });
});
