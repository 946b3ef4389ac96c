// The real command line: `node bin/pyt.js ...` as a user runs it. Program behaviour comes from a JS
// stand-in for the interpreter (PYT_TEST_RUNNER, test/runtime/fixtures/runner.mjs), so these tests pin
// the CLI's own contract: options, exit statuses, messages, argv, stdin, flushing, Ctrl-C.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../bin/pyt.js", import.meta.url));
const runner = new URL("../runtime/fixtures/runner.mjs", import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), "pyt-cli-"));

function pyt(args: string[], input?: string, useRunner = true) {
  const env = { ...process.env, PYT_TEST_RUNNER: useRunner ? runner : "" };
  const r = spawnSync(process.execPath, [bin, ...args], { input: input ?? "", env, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("pyt command line", () => {
  it("--version", () => {
    expect(pyt(["--version"])).toEqual({ status: 0, stdout: "pyt 0.1.0\n", stderr: "" });
  });

  it("the installed command (bin/pyt.js run through its shebang line) starts Node without NODE_EXTRA_CA_CERTS", () => {
    // A file that cannot be read makes Node warn on stderr at start-up: the launcher must not pass it on.
    const env = { ...process.env, PYT_TEST_RUNNER: runner, NODE_EXTRA_CA_CERTS: join(dir, "missing.pem") };
    const direct = spawnSync(bin, ["--version"], { env, encoding: "utf8" });
    expect({ status: direct.status, stdout: direct.stdout, stderr: direct.stderr }).toEqual({ status: 0, stdout: "pyt 0.1.0\n", stderr: "" });
    // The same variable does reach Node when node runs the file itself: the test can fail.
    const viaNode = spawnSync(process.execPath, [bin, "--version"], { env, encoding: "utf8" });
    expect(viaNode.stderr).toMatch(/extra certs/);
  });

  it("-h and --help print usage on stdout", () => {
    for (const flag of ["-h", "--help"]) {
      const r = pyt([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^usage: pyt \[option\] \.\.\. \[-c cmd \| file \| -\] \[arg\] \.\.\.\n/);
    }
  });

  it("rejects unknown options with one line and status 2", () => {
    for (const flag of ["-x", "--deadlock", "--tracing", "-Z"]) {
      expect(pyt([flag, "f.pyt"])).toEqual({ status: 2, stdout: "", stderr: `pyt: unknown option ${flag} (try 'pyt -h')\n` });
    }
  });

  it("with no program and piped stdin, runs stdin without prompts (as python3); -i runs the file", () => {
    const none = pyt([]);
    expect(none.status).toBe(0);
    expect(none.stderr).toBe("");
    const i = pyt(["-i", "missing.pyt"]);
    expect(i.status).toBe(2);
    expect(i.stderr).toContain(`can't open file '${resolve("missing.pyt")}'`);
  });

  it("-i with piped stdin runs the file, then stdin as the REPL's input, prompts on stderr (as python3 -i)", () => {
    const file = join(dir, "inspect.py");
    writeFileSync(file, "x = 5\n");
    const input = 'x + 1\nif x:\n    print("yes")\n\n1/0\nprint("after")\ny = input()\nfrom stdin\nprint(y)\n';
    const r = pyt(["-i", file], input, false);
    // As python3 -i inspect.py, but for input(): python3's reads all of stdin ahead (its print(y) never runs); pyt's takes one line
    expect(r).toEqual({
      status: 0,
      stdout: "6\nyes\nafter\nfrom stdin\n",
      stderr: ">>> >>> ... ... >>> Traceback (most recent call last):\n" +
        '  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> >>> >>> \n',
    });
    expect(pyt(["-i", file], "raise SystemExit(4)\nprint(1)\n", false)).toEqual({ status: 4, stdout: "", stderr: ">>> " });
  });

  it("-i with piped stdin that ends inside a block runs the block, then prompts once more before leaving (as python3 -i)", () => {
    const file = join(dir, "empty.py");
    writeFileSync(file, "");
    expect(pyt(["-i", file], "for i in range(2):\n    print(i)\n", false)).toEqual({ status: 0, stdout: "0\n1\n", stderr: ">>> ... ... \n>>> \n" });
    // a header with no body: the blank line that ends it is line 2, where CPython reports the error
    expect(pyt(["-i", file], "if 1:\n\n", false).stderr).toBe(">>> ... " + '  File "<stdin>", line 2\n    \n    ^\n' +
      "IndentationError: expected an indented block after 'if' statement on line 1\n>>> \n");
    const unclosed = pyt(["-i", file], "x = (1,\n2\n", false);
    expect(unclosed.stderr).toBe(">>> ... ... \n  File \"<stdin>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n>>> \n");
  });

  it("help(f) at the REPL prints a Python function or bound method as CPython's pydoc does", () => {
    const file = join(dir, "shapes.py");
    writeFileSync(file, 'def area(w, h=2, *args, k=1, **kw):\n    """Return the area.\n\n    More text.\n    """\n' +
      "class Shape:\n    def grow(self, by: float = 1.0) -> float:\n        'Grows it.'\n");
    const r = pyt(["-i", file], "help(area)\nhelp(Shape().grow)\n", false);
    expect(r.stdout).toBe("Help on function area in module __main__:\n\narea(w, h=2, *args, k=1, **kw)\n    Return the area.\n    \n    More text.\n\n" +
      "Help on method grow in module __main__:\n\ngrow(by: float = 1.0) -> float method of __main__.Shape instance\n    Grows it.\n\n");
  });

  it("-c needs an argument", () => {
    expect(pyt(["-c"]).stderr).toBe("pyt: argument expected for the -c option (try 'pyt -h')\n");
  });

  it("reports a missing file as CPython does (by its absolute path)", () => {
    expect(pyt(["x.pyt"])).toEqual({
      status: 2,
      stdout: "",
      stderr: `pyt: can't open file '${resolve("x.pyt")}': [Errno 2] No such file or directory\n`,
    });
  });

  it("names a file given by a relative path absolutely (__file__, tracebacks), as CPython since 3.9; argv[0] as typed", () => {
    writeFileSync(join(dir, "rel.pyt"), "#!/usr/bin/env pyt\nargv\nfile\n");
    const env = { ...process.env, PYT_TEST_RUNNER: runner };
    const r = spawnSync(process.execPath, [bin, "rel.pyt", "a"], { cwd: dir, env, encoding: "utf8" });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      status: 0,
      stdout: `${JSON.stringify(["rel.pyt", "a"])}\n${join(dir, "rel.pyt")}\n`,
      stderr: "",
    });
  });

  it("runs a file (.pyt or .py, shebang line included) with its arguments in argv", () => {
    for (const name of ["prog.pyt", "prog.py"]) {
      const file = join(dir, name);
      writeFileSync(file, "#!/usr/bin/env pyt\nprint hello\nargv\nfile\n");
      const r = pyt([file, "a", "-x"]);
      expect(r).toEqual({ status: 0, stdout: `hello\n${JSON.stringify([file, "a", "-x"])}\n${file}\n`, stderr: "" });
    }
  });

  it("-c CODE sets argv[0] to -c and the file to <string>", () => {
    expect(pyt(["-c", "argv\nfile", "1", "2"]).stdout).toBe('["-c","1","2"]\n<string>\n');
  });

  it("- reads the program from stdin; input() then sees end of input", () => {
    expect(pyt(["-", "z"], "argv\nfile\ninput ?\n")).toEqual({
      status: 0,
      stdout: '["-","z"]\n<stdin>\n?got null\n',
      stderr: "",
    });
  });

  it("feeds stdin lines to input()", () => {
    expect(pyt(["-c", "inputs"], "one\ntwo\nlast").stdout).toBe('line "one\\n"\nline "two\\n"\nline "last"\neof\n');
  });

  it("exits with the program's status and flushes both streams first", () => {
    const big = "y".repeat(100_000);
    const r = pyt(["-c", `print ${big}\neprint oops\nexit 3`]);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe(big + "\n");
    expect(r.stderr).toBe("oops\n");
  });

  it("reports internal errors with status 70", () => {
    const r = pyt(["-c", "throw kaput"]);
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/^pyt: internal error: Error: kaput\n/);
    expect(r.stderr).toMatch(/Please report it/);
  });

  it("runs the real interpreter when no stand-in is given", () => {
    const r = pyt(["-c", "pass"], "", false);
    expect(r.stderr).not.toMatch(/internal error/);
    expect([0, 1]).toContain(r.status); // 1 while the interpreter is still a stub
  });

  it("an uncaught KeyboardInterrupt ends the process by SIGINT after its traceback, as CPython's (a shell shows 130); sys.exit(130) exits", () => {
    const env = { ...process.env, PYT_TEST_RUNNER: "" };
    const code = "print('a')\nimport threading\nthreading.Thread(target=print, args=('t',)).start()\nraise KeyboardInterrupt";
    const r = spawnSync(process.execPath, [bin, "-c", code], { env, encoding: "utf8" });
    expect({ status: r.status, signal: r.signal, stdout: r.stdout }).toEqual({ status: null, signal: "SIGINT", stdout: "a\nt\n" });
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<string>", line 4, in <module>\nKeyboardInterrupt\n');
    const exit = spawnSync(process.execPath, [bin, "-c", "raise SystemExit(130)"], { env, encoding: "utf8" });
    expect({ status: exit.status, signal: exit.signal }).toEqual({ status: 130, signal: null });
  });

  it("tracebacks of -c and piped stdin code show no source lines, as CPython's (it has no file to read)", () => {
    const tb = (file: string) => `Traceback (most recent call last):\n  File "${file}", line 2, in <module>\nZeroDivisionError: division by zero\n`;
    expect(pyt(["-c", "x = 1\n1 / 0"], "", false)).toEqual({ status: 1, stdout: "", stderr: tb("<string>") });
    expect(pyt([], "x = 1\n1 / 0\n", false)).toEqual({ status: 1, stdout: "", stderr: tb("<stdin>") });
  });

  it("the compiler's SyntaxErrors ('return' outside function, duplicate argument...) show no source line from -c, stdin or the REPL, as CPython's", () => {
    const err = (file: string, line: number, msg: string) => `  File "${file}", line ${line}\nSyntaxError: ${msg}\n`;
    expect(pyt(["-c", "x = 1\nreturn x"], "", false)).toEqual({ status: 1, stdout: "", stderr: err("<string>", 2, "'return' outside function") });
    expect(pyt([], "def f(a, a):\n    pass\n", false)).toEqual({ status: 1, stdout: "", stderr: err("<stdin>", 1, "duplicate argument 'a' in function definition") });
    const file = join(dir, "empty-compile.py");
    writeFileSync(file, "");
    // and the REPL reads the whole block before the compiler sees it
    const r = pyt(["-i", file], "def f():\n    x = 1\n    def g():\n        nonlocal y\n\nx = (yield)\n", false);
    expect(r.stderr).toBe(">>> ... ... ... ... " + err("<stdin>", 4, "no binding for nonlocal 'y' found") + ">>> " + err("<stdin>", 1, "'yield' outside function") + ">>> \n");
  });

  it("Ctrl-C interrupts a blocked MainThread; a second one stops everything with 130", async () => {
    const child = spawn(process.execPath, [bin, "-c", "ignore-interrupts"], {
      env: { ...process.env, PYT_TEST_RUNNER: runner },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const seen = (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => out.includes(text) && resolve();
        child.stdout.on("data", (d) => ((out += d), check()));
        check();
      });
    await seen("blocked in sleep");
    child.kill("SIGINT");
    await seen("ignored an interrupt");
    child.kill("SIGINT");
    const status = await new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    expect(status).toBe(130);
  });
});
