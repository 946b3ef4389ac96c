// signal.signal() handlers for signals from outside (Ctrl-C, kill): the real command gets SIGINT or
// SIGTERM once the program printed "ready" (test/threads/programs/signal_handlers.pyt); the output is
// CPython 3.11's (PYT_CMD=python3 runs this file against it), wherever the signal lands around the wait.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pytCommand, pytIsCPython, repoRoot } from "../helpers/run.js";

const program = join(repoRoot, "test", "threads", "programs", "signal_handlers.pyt");

interface Outcome {
  out: string;
  err: string;
  status: number | null;
  signal: string | null;
  ms: number;
  /** ms from the first signal to the handler's first line ("got"), -1 if none */
  gotMs: number;
}

/**
 * Runs a case; sends `signal` when "ready" is out, and again when a line matches `again`. `until`: send it
 * every 100 ms until the program has ended (pause(): one sent before it began is not what it waits for).
 */
function run(which: string, signal: NodeJS.Signals = "SIGINT", again?: RegExp, until = false, delayMs = 0): Promise<Outcome> {
  const [cmd, ...args] = pytCommand();
  const p = spawn(cmd, [...args, program, which], { cwd: repoRoot });
  let out = "", err = "", sent = 0, sentAt = 0, gotMs = -1;
  const t0 = Date.now();
  return new Promise((done) => {
    const kill = setTimeout(() => p.kill("SIGKILL"), 30_000);
    p.stdout.on("data", (d) => {
      out += d;
      if (sent === 0 && out.includes("ready\n")) {
        sent = 1;
        const send = () => {
          sentAt = Date.now();
          p.kill(signal);
        };
        if (delayMs > 0) setTimeout(send, delayMs);
        else send();
        if (until) {
          const resend = setInterval(() => (p.exitCode === null && p.signalCode === null ? p.kill(signal) : clearInterval(resend)), 100);
        }
      }
      if (gotMs < 0 && out.includes("got")) {
        gotMs = Date.now() - sentAt;
        // input(): its line once the handler has run (input() waited through it)
        if (which === "input") p.stdin.end("hello\n");
      }
      if (sent === 1 && again && again.test(out)) {
        sent = 2;
        p.kill(signal);
      }
    });
    p.stderr.on("data", (d) => (err += d));
    p.on("exit", (status, sig) => {
      clearTimeout(kill);
      done({ out, err, status, signal: sig, ms: Date.now() - t0, gotMs });
    });
  });
}

const shown = (r: Outcome) => JSON.stringify(r);

describe(`signal handlers (${pytCommand().join(" ")})`, () => {
  const handled: [string, string][] = [
    ["event", "got SIGINT 1\nstopping\nworkers stopped: True\n"],
    ["sleep", "got SIGINT 1\nslept the whole second: True\n"],
    ["join", "got SIGINT 1\njoined: True True\n"],
    ["acquire", "got SIGINT 1\nacquired: True True\n"],
    ["wait", "got SIGINT 1\nwaited: True True\n"],
    ["wait_timeout", "got SIGINT 1\nwaited: False True\n"],
  ];
  for (const [which, expected] of handled) {
    it(`a handler runs in MainThread, then the code goes on (${which})`, async () => {
      const r = await run(which);
      expect(r.out, shown(r)).toBe("ready\n" + expected);
      expect(r.err, shown(r)).toBe("");
      expect(r.status, shown(r)).toBe(0);
      // at once, not when the 1 s wait ends
      expect(r.gotMs, shown(r)).toBeLessThan(700);
    }, 40_000);
  }

  it("signal.pause() returns once a handler has run", async () => {
    const r = await run("pause", "SIGINT", undefined, true);
    expect(r.out, shown(r)).toBe("ready\ngot SIGINT 1\npause returned\n");
    expect(r.status, shown(r)).toBe(0);
  }, 40_000);

  it("input() goes on reading after a handler ran", async () => {
    const r = await run("input");
    expect(r.out, shown(r)).toBe("ready\ngot SIGINT 1\nread: hello\n");
    expect(r.status, shown(r)).toBe(0);
  }, 40_000);

  it("MainThread alone in a wait for its handler is no deadlock (pyt's deadlock watch leaves it)", async () => {
    // (the watch would report within ~120 ms: the signal comes well after)
    const r = await run("alone", "SIGINT", undefined, false, 600);
    expect(r.out, shown(r)).toBe("ready\ngot SIGINT 1\nstopped\n");
    expect(r.err, shown(r)).toBe("");
    expect(r.status, shown(r)).toBe(0);
  }, 40_000);

  it("a second Ctrl-C runs the handler again (it does not stop the program)", async () => {
    const r = await run("twice", "SIGINT", /got SIGINT 1\n/);
    expect(r.out, shown(r)).toBe("ready\ngot SIGINT 1\ngot SIGINT 2\ntwo handled\n");
    expect(r.status, shown(r)).toBe(0);
  }, 40_000);

  it("a handler's exception comes out where MainThread was", async () => {
    const r = await run("raise");
    expect(r.out, shown(r)).toBe("ready\n");
    expect(r.err, shown(r)).toMatch(/^Traceback \(most recent call last\):\n[^]*in angry\n    raise RuntimeError\("stop"\)\nRuntimeError: stop\n$/);
    expect(r.status, shown(r)).toBe(1);
    expect(r.ms, shown(r)).toBeLessThan(8000);
  }, 40_000);

  it("at the program's end, a handler runs in the wait for non-daemon threads, which goes on", async () => {
    const r = await run("at_exit");
    expect(r.out, shown(r)).toBe("ready\ngot SIGINT 1\nworker stopped\n");
    expect(r.err, shown(r)).toBe("");
    expect(r.status, shown(r)).toBe(0);
  }, 40_000);

  it("at the program's end, a handler's exception is reported as ignored and the wait given up", async () => {
    const r = await run("at_exit_raise");
    expect(r.out, shown(r)).toBe("ready\n");
    expect(r.err, shown(r)).toMatch(/^Exception ignored in: <module 'threading'[^]*\n  File "[^"]*signal_handlers\.pyt", line \d+, in angry\n    raise RuntimeError\("stop"\)\nRuntimeError: stop\n$/);
    expect(r.status, shown(r)).toBe(0);
    expect(r.ms, shown(r)).toBeLessThan(2800);
  }, 40_000);

  it("SIG_IGN: Ctrl-C is ignored", async () => {
    const r = await run("ignore");
    expect(r.out, shown(r)).toBe("ready\nstill here\n");
    expect(r.status, shown(r)).toBe(0);
  }, 40_000);

  it("SIG_DFL: the process dies of SIGINT, no traceback", async () => {
    const r = await run("default");
    expect(r.out, shown(r)).toBe("ready\n");
    expect(r.err, shown(r)).toBe("");
    expect(r.signal, shown(r)).toBe("SIGINT");
    expect(r.ms, shown(r)).toBeLessThan(8000);
  }, 40_000);

  it("default_int_handler restored: KeyboardInterrupt again", async () => {
    const r = await run("restore");
    expect(r.out, shown(r)).toBe("True\nready\n");
    // (CPython may take it as print("ready") returns: the traceback's line is either)
    expect(r.err, shown(r)).toMatch(/^Traceback \(most recent call last\):\n[^]*\nKeyboardInterrupt\n$/);
    // (then the process dies of SIGINT, as CPython's: a shell shows status 130)
    expect(r.signal, shown(r)).toBe("SIGINT");
  }, 40_000);

  it("a SIGTERM handler", async () => {
    const r = await run("term", "SIGTERM");
    expect(r.out, shown(r)).toBe("ready\ngot SIGTERM 1\nstopped by SIGTERM\n");
    expect(r.status, shown(r)).toBe(0);
  }, 40_000);

  it("SIGTERM with no handler: the process dies of it", async () => {
    const r = await run("term_default", "SIGTERM");
    expect(r.out, shown(r)).toBe("ready\n");
    expect(r.err, shown(r)).toBe("");
    expect(r.signal, shown(r)).toBe("SIGTERM");
  }, 40_000);
});
