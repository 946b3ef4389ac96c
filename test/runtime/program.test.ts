// The host side and the worker side together, on real worker_threads, with a JS stand-in for the
// interpreter (fixtures/runner.mjs): sleeps, interrupts of every kind of wait, the pool, program end.
import { describe, expect, it } from "vitest";
import { startProgram, WaitKind, type Program } from "../../dist/runtime/index.js";
import { nodePlatform } from "../../dist/runtime/node/index.js";

const runner = new URL("./fixtures/runner.mjs", import.meta.url).href;

function start(source: string, extra: Partial<Parameters<typeof startProgram>[0]> = {}) {
  const program = startProgram({ source, file: "t.pyt", platform: nodePlatform, runner, ...extra });
  const out: string[] = [];
  const err: string[] = [];
  const waiters: { text: string; resolve: () => void }[] = [];
  program.onOutput((stream, text) => {
    (stream === 1 ? out : err).push(text);
    for (const w of waiters.splice(0)) {
      if (out.join("").includes(w.text)) w.resolve();
      else waiters.push(w);
    }
  });
  /** Resolves once stdout contains `text` (the test's synchronisation: no sleeps). */
  const seen = (text: string) =>
    new Promise<void>((resolve) => (out.join("").includes(text) ? resolve() : waiters.push({ text, resolve })));
  return { program, out, err, seen, stdout: () => out.join(""), stderr: () => err.join("") };
}

/** Resolves once thread `name` is recorded as waiting in a wait of `kind`. */
async function waitingIn(program: Program, name: string, kind: number): Promise<void> {
  while (program.threads().find((t) => t.name === name)?.wait.kind !== kind) {
    await new Promise((r) => setImmediate(r));
  }
}

async function exitOf(program: Program): Promise<number> {
  return program.exited;
}

describe("program", () => {
  it("runs MainThread and exits with its status", async () => {
    const p = start("hello");
    expect(await exitOf(p.program)).toBe(0);
    expect(p.stdout()).toBe("hello\n");
    expect(p.program.workerCount.total).toBe(0);
  });

  it("sleeps accurately: never short, best of 5 within ~1 ms", async () => {
    const p = start("sleep-accuracy");
    expect(await p.program.exited).toBe(0);
    const r = JSON.parse(p.stdout()) as Record<string, [number, number]>;
    console.log(`sleep 1/10/50 ms, best of 5: +${[1, 10, 50].map((ms) => (r[ms][0] - ms).toFixed(2)).join(" / +")} ms`);
    for (const ms of [1, 10, 50]) {
      expect(r[ms][0]).toBeGreaterThanOrEqual(ms - 0.05);
      expect(r[ms][0]).toBeLessThan(ms + 2); // a loaded machine only adds delay, so the best is the measure
    }
  });

  for (const [scenario, what, result, kind] of [
    ["block-sleep", "sleep", undefined, WaitKind.Sleep],
    ["block-lock", "acquire", false, WaitKind.Lock],
    ["block-lock-timeout", "acquire", false, WaitKind.Lock],
    ["block-join", "join", false, WaitKind.Join],
    ["block-input", "input", null, WaitKind.Input],
  ] as const) {
    it(`interrupts MainThread blocked in ${scenario}`, async () => {
      const p = start(scenario);
      await p.seen(`blocked in ${what}`);
      await waitingIn(p.program, "MainThread", kind); // so the wake-up path is what gets tested
      const t0 = performance.now();
      p.program.interrupt();
      expect(await p.program.exited).toBe(130);
      expect(performance.now() - t0).toBeLessThan(5000); // it would otherwise block for 60 s or forever
      expect(p.stdout()).toContain(`${what} returned ${JSON.stringify(result)} interrupt=1`);
    });
  }

  it("records what each thread waits for (kind, target, timeout, line)", async () => {
    for (const [scenario, what, kind, timed] of [
      ["block-lock", "acquire", WaitKind.Lock, false],
      ["block-lock-timeout", "acquire", WaitKind.Lock, true],
      ["block-sleep", "sleep", WaitKind.Sleep, true],
      ["block-input", "input", WaitKind.Input, false],
      ["block-join", "join", WaitKind.Join, false],
    ] as const) {
      const p = start(scenario);
      await p.seen(`blocked in ${what}`);
      // The output comes just before the wait begins: wait until the records show the waits.
      await waitingIn(p.program, "MainThread", kind);
      if (kind === WaitKind.Join) await waitingIn(p.program, "sleeper", WaitKind.Sleep);
      const find = (name: string) => p.program.threads().find((t) => t.name === name);
      const main = find("MainThread")!;
      expect(main.wait.timed).toBe(timed);
      expect(main.wait.line).toBe(42);
      if (kind === WaitKind.Join) {
        const sleeper = find("sleeper")!;
        expect(main.wait.target).toBe(sleeper.ident);
        expect(sleeper.daemon).toBe(true);
        expect(sleeper.wait.timed).toBe(true);
      }
      p.program.stop();
      expect(await p.program.exited).toBe(130);
    }
  });

  it("a second interrupt stops everything", async () => {
    const p = start("ignore-interrupts");
    await p.seen("blocked in sleep");
    await waitingIn(p.program, "MainThread", WaitKind.Sleep);
    p.program.interrupt();
    await p.seen("ignored an interrupt");
    p.program.interrupt();
    expect(await p.program.exited).toBe(130);
    expect(p.program.workerCount.total).toBe(0);
  });

  it("reuses pooled workers for threads started one after another", async () => {
    const p = start("pool");
    expect(await p.program.exited).toBe(0);
    const lines = p.stdout().trim().split("\n");
    expect(lines).toHaveLength(10);
    // One worker runs the threads, plus at most the one spare the pool keeps warm.
    const workers = new Set(lines.map((l) => l.split(" in ")[1]));
    expect(workers.size).toBeLessThanOrEqual(2);
    const idents = new Set(lines.map((l) => l.split(" ")[1]));
    expect(idents.size).toBe(10);
  });

  it("grows the pool while threads stay alive: each start with no idle worker gets a new one", async () => {
    const p = start("pool-dry");
    expect(await p.program.exited).toBe(0);
    expect(p.stdout()).toBe("slow thread done\n".repeat(6) + "all joined\n");
    expect(p.program.workerCount.total).toBe(0);
  });

  it("runs MainThread only once the prewarmed workers are idle, so its first threads start at once", async () => {
    const p = start("hello", { prewarm: 2 });
    let idleAtFirstOutput = -1;
    p.program.onOutput(() => {
      if (idleAtFirstOutput < 0) idleAtFirstOutput = p.program.workerCount.idle;
    });
    expect(await p.program.exited).toBe(0);
    expect(p.stdout()).toBe("hello\n");
    expect(idleAtFirstOutput).toBe(2);
  });

  it("serves threads that several threads start at once", async () => {
    const p = start("pool-nested", { prewarm: 1 });
    expect(await p.program.exited).toBe(0);
    const lines = p.stdout().trim().split("\n");
    expect(lines.pop()).toBe("all joined");
    expect(lines).toHaveLength(6);
    expect(new Set(lines.map((l) => l.split(" ")[1])).size).toBe(6);
  });

  it("starts a thread on a warm worker in well under a new worker's start-up time", async () => {
    const p = start("start-latency");
    expect(await p.program.exited).toBe(0);
    const r = JSON.parse(p.stdout()) as { startMs: number; cycleMs: number };
    console.log(`Thread start (warm pool): ${r.startMs.toFixed(3)} ms; start+run+join: ${r.cycleMs.toFixed(3)} ms`);
    expect(r.startMs).toBeLessThan(10); // a new worker takes 20-50 ms
  });

  it("start returns once the thread is alive; join, isAlive, activeCount, enumerate", async () => {
    const p = start("start-order");
    expect(await p.program.exited).toBe(0);
    expect(p.stdout()).toBe(
      [
        "alive after start: true",
        'active: 2 ["MainThread","slow"]',
        "slow thread done",
        "joined: true alive: false active: 1",
        "join timeout on main-held lock thread:",
        "joined=false waited>=50ms: true",
        "thread got lock",
        "joined=true",
        "",
      ].join("\n"),
    );
  });

  it("waits for non-daemon threads at the end of the program", async () => {
    const p = start("wait-nondaemon");
    expect(await p.program.exited).toBe(0);
    expect(p.stdout()).toBe("main done\nslow thread done\n");
  });

  it("does not wait for daemon threads", async () => {
    const p = start("daemon-exit");
    const t0 = performance.now();
    expect(await p.program.exited).toBe(5);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(p.program.workerCount.total).toBe(0);
  });

  it("reports an internal error in MainThread and stops every worker", async () => {
    const p = start("internal", { prewarm: 2 });
    expect(await p.program.exited).toBe(70);
    expect(p.stderr()).toMatch(/^pyt: internal error: Error: boom\n/);
    expect(p.stderr()).toContain("Please report it");
    expect(p.program.workerCount.total).toBe(0);
  });

  it("reports an internal error in a thread and stops the program", async () => {
    const p = start("thread-internal");
    expect(await p.program.exited).toBe(70);
    expect(p.stderr()).toMatch(/^pyt: internal error: Error: thread boom\n/);
    expect(p.program.workerCount.total).toBe(0);
  });

  it("feeds input lines only once a thread asks", async () => {
    const p = start("input >\ninputs");
    let asked = 0;
    p.program.onInputWanted(() => {
      asked++;
      p.program.sendInput("first\nsecond\r\nthi");
      p.program.sendInput("rd\n");
      p.program.endInput();
    });
    expect(await p.program.exited).toBe(0);
    expect(asked).toBe(1);
    // lines come with their terminators ("\r\n" kept, as CPython's sys.stdin keeps it)
    expect(p.stdout()).toBe('>got "first\\n"\nline "second\\r\\n"\nline "third\\n"\neof\n');
  });

  it("hands each thread a view of one formatted shared heap", async () => {
    const p = start("heap");
    expect(await p.program.exited).toBe(0);
    expect(p.stdout()).toBe('thread read "shared hello"\n');
  });

  it("streams input larger than the stdin ring", async () => {
    const p = start("inputs", { layout: { stdinBytes: 1024 } });
    const lines = Array.from({ length: 5000 }, (_, i) => `line number ${i} ${"ü".repeat(i % 7)}`);
    p.program.onInputWanted(() => {
      p.program.sendInput(lines.join("\n"));
      p.program.endInput();
    });
    expect(await p.program.exited).toBe(0);
    const last = lines.length - 1; // unterminated: no "\n"
    expect(p.stdout()).toBe(lines.map((l, i) => `line ${JSON.stringify(i === last ? l : l + "\n")}\n`).join("") + "eof\n");
  });

  it("passes argv and the file name", async () => {
    const p = start("argv\nfile", { argv: ["t.pyt", "a", "b c"] });
    expect(await p.program.exited).toBe(0);
    expect(p.stdout()).toBe('["t.pyt","a","b c"]\nt.pyt\n');
  });
});
