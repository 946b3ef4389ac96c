// The browser platform, for real: a bare cross-origin-isolated page (server.mjs, page.html) loads the
// browser bundle (dist/web) in headless Debian chromium driven by playwright-core, and runs programs
// through runtime/web: MainThread and every other Python thread in its own Web Worker, blocking in
// Atomics.wait on the shared buffer, while the page's main thread only drains output.
// Chromium comes from apt (`.ci/run` installs it); there is no browser download. Missing chromium is a
// failure, not a skip. PYT_CHROMIUM overrides the executable; PYT_BROWSER_SCREENSHOT=file.png saves a
// screenshot of the page after the runs (to look at, not to commit).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run.js";
// @ts-expect-error: a plain .mjs module (also run by hand: node test/browser/server.mjs)
import { startServer } from "./server.mjs";

const CHROMIUM = process.env.PYT_CHROMIUM || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface PageResult {
  stdout: string;
  stderr: string;
  status: number;
  ms: number;
}

interface RunOptions {
  stdin?: string;
  timeoutMs?: number;
  waitAsync?: "native" | "helper";
}

const lesson = (name: string) => readFileSync(join(repoRoot, "test", "lessons", `${name}.pyt`), "utf8");
const threadProgram = (name: string) => readFileSync(join(repoRoot, "test", "threads", "programs", `${name}.pyt`), "utf8");

function shown(r: PageResult): string {
  return `exit ${r.status} in ${r.ms.toFixed(0)} ms\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

describe("browser: runtime/web in headless chromium", () => {
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `chromium not found at ${CHROMIUM}: the browser tests need Debian's chromium ` +
          "(apt-get install chromium, as .ci/run does) or PYT_CHROMIUM=/path/to/chromium",
      );
    if (!existsSync(join(repoRoot, "dist", "web", "pyt.js")))
      throw new Error("dist/web/pyt.js is missing: run `npm run build` (tsc -b && node tools/bundle.mjs) first");
    server = await startServer({ lifetimeMs: 5 * 60_000 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
    page = await browser.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(m.text());
    });
    await page.goto(server.url);
    await page.waitForFunction(() => (window as { pytReady?: boolean }).pytReady === true, null, { timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    const shot = process.env.PYT_BROWSER_SCREENSHOT;
    if (shot && browser) await page.screenshot({ path: shot, fullPage: true });
    await browser?.close();
    await server?.close();
  });

  const run = (source: string, options: RunOptions = {}): Promise<PageResult> =>
    page.evaluate(
      ([s, o]) => (window as unknown as { pytRun(s: string, o: RunOptions): Promise<PageResult> }).pytRun(s, o),
      [source, { timeoutMs: 60_000, ...options }] as const,
    );

  /** Every program ends all its workers (the waitAsync fallback's blob: helpers belong to the page, not a program). */
  const noWorkersLeft = () => expect.poll(() => page.workers().filter((w) => !w.url().startsWith("blob:")).length, { timeout: 5_000 }).toBe(0);

  // Chromium fails the load of a cacheable script larger than one cache entry may be (6.25 MiB in a memory
  // cache: incognito windows, test browsers): the preparsed ASTs in one chunk reached 6.5 MiB and every
  // thread start failed with "Failed to fetch dynamically imported module".
  it("every script of the bundle is well under a browser cache entry's limit", () => {
    const dir = join(repoRoot, "dist", "web");
    const big = readdirSync(dir).filter((f) => f.endsWith(".js") && statSync(join(dir, f)).size > 3 * 2 ** 20);
    expect(big).toEqual([]);
  });

  it("the page is cross-origin isolated and has Atomics.waitAsync", async () => {
    expect(await page.textContent("#env")).toBe("crossOriginIsolated: true; Atomics.waitAsync: true");
  });

  it("a single-threaded program: a comprehension printed", async () => {
    const r = await run("squares = [x * x for x in range(10) if x % 2 == 0]\nprint(squares, sum(squares))\n");
    expect(r.stdout, shown(r)).toBe("[0, 4, 16, 36, 64] 120\n");
    expect(r.stderr, shown(r)).toBe("");
    expect(r.status, shown(r)).toBe(0);
    await noWorkersLeft();
  });

  it("09_two_locks_alternate prints 1 to 5 in order (10 runs), read back from the page", async () => {
    const source = lesson("09_two_locks_alternate");
    // Only MainThread's worker loads the parser: one interpreter-runner chunk per program, thread
    // workers load thread-runner (cached chunks still show up as requests).
    const loaded: string[] = [];
    const onRequest = (r: { url(): string }) => loaded.push(r.url().split("/").pop()!);
    page.on("request", onRequest);
    const first = await run(source);
    page.off("request", onRequest);
    expect(first.stdout, shown(first)).toBe("1\n2\n3\n4\n5\n");
    expect(loaded.filter((f) => f.startsWith("interpreter-runner-")), loaded.join(" ")).toHaveLength(1);
    expect(loaded.filter((f) => f.startsWith("thread-runner-")).length, loaded.join(" ")).toBeGreaterThanOrEqual(2);
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await run(source);
      expect(r.stdout, shown(r)).toBe("1\n2\n3\n4\n5\n");
      expect(r.stderr, shown(r)).toBe("");
      expect(r.status, shown(r)).toBe(0);
      times.push(r.ms);
    }
    // What the page shows is what the program printed.
    expect(await page.textContent("#output")).toBe("1\n2\n3\n4\n5\n");
    expect(await page.textContent("#status")).toMatch(/^exit status 0 in \d+ ms$/);
    times.sort((a, b) => a - b);
    console.log(`browser 09_two_locks_alternate: first ${times.at(-1)!.toFixed(0)} ms, median ${times[5].toFixed(0)} ms`);
    await noWorkersLeft();
  }, 120_000);

  it("4 threads x 100 000 locked increments (global, attribute, dict value, list item): exactly 400 000", async () => {
    const r = await run(threadProgram("counter_locked"));
    expect(r.stdout, shown(r)).toBe("400000 400000 400000 400000\n");
    expect(r.status, shown(r)).toBe(0);
    console.log(`browser counter_locked: ${r.stderr.trim().split("\n").join(", ")} (${r.ms.toFixed(0)} ms in all)`);
    await noWorkersLeft();
  }, 120_000);

  it("the Atomics.waitAsync fallback (a helper worker blocking in Atomics.wait) drains output as well", async () => {
    for (let i = 0; i < 3; i++) {
      const r = await run(lesson("09_two_locks_alternate"), { waitAsync: "helper" });
      expect(r.stdout, shown(r)).toBe("1\n2\n3\n4\n5\n");
      expect(r.status, shown(r)).toBe(0);
    }
    const r = await run("import time\nfor i in range(3):\n    print(i)\n    time.sleep(0.05)\n", { waitAsync: "helper" });
    expect(r.stdout, shown(r)).toBe("0\n1\n2\n");
  }, 60_000);

  it("exceptions: a traceback on stderr and status 1; an exception in a thread, and the program goes on", async () => {
    const r = await run(
      "import threading\n" +
        "def boom():\n    raise ValueError('bad')\n" +
        "t = threading.Thread(target=boom)\nt.start()\nt.join()\nprint('after')\n1 / 0\n",
    );
    expect(r.stdout, shown(r)).toBe("after\n");
    expect(r.stderr, shown(r)).toMatch(/^Exception in thread Thread-1 \(boom\):\nTraceback \(most recent call last\):\n/);
    expect(r.stderr, shown(r)).toContain("ValueError: bad\n");
    expect(r.stderr, shown(r)).toMatch(/File "main\.pyt", line 8, in <module>\n    1 \/ 0\n    ~~\^~~\nZeroDivisionError: division by zero\n$/);
    expect(r.status, shown(r)).toBe(1);
  });

  it("input() reads the page's stdin; EOFError past its end", async () => {
    const r = await run("name = input('name? ')\nprint('hello', name)\ntry:\n    input()\nexcept EOFError:\n    print('eof')\n", {
      stdin: "Ada\n",
    });
    expect(r.stdout, shown(r)).toBe("name? hello Ada\neof\n");
    expect(r.status, shown(r)).toBe(0);
  });

  it("time.sleep blocks a worker, not the page, for the time asked", async () => {
    const r = await run("import time\nt = time.monotonic()\ntime.sleep(0.2)\nprint(round(time.monotonic() - t, 1))\n");
    expect(r.stdout, shown(r)).toBe("0.2\n");
    expect(r.status, shown(r)).toBe(0);
  });

  it("Ctrl-C (Program.interrupt) raises KeyboardInterrupt in MainThread blocked in join", async () => {
    const running = run(
      "import threading, time\n" +
        "t = threading.Thread(target=time.sleep, args=(30,), daemon=True)\nt.start()\nprint('joining', flush=True)\nt.join()\n",
    );
    await page.waitForFunction(() => document.getElementById("output")!.textContent === "joining\n", null, { timeout: 20_000 });
    await page.evaluate(() => (window as unknown as { pytProgram: { interrupt(): void } }).pytProgram.interrupt());
    const r = await running;
    expect(r.stdout, shown(r)).toBe("joining\n");
    expect(r.stderr, shown(r)).toMatch(/^Traceback \(most recent call last\):\n[^]*\nKeyboardInterrupt\n$/);
    expect(r.status, shown(r)).toBe(130);
    await noWorkersLeft();
  }, 30_000);

  it("stop() ends a program whose threads never block, and all its workers", async () => {
    const running = run(
      "import threading\n" +
        "def spin():\n    while True:\n        pass\n" +
        "threading.Thread(target=spin, daemon=True).start()\nprint('spinning', flush=True)\nspin()\n",
    );
    await page.waitForFunction(() => document.getElementById("output")!.textContent === "spinning\n", null, { timeout: 20_000 });
    await page.evaluate(() => (window as unknown as { pytProgram: { stop(): void } }).pytProgram.stop());
    const r = await running;
    expect(r.stdout, shown(r)).toBe("spinning\n");
    expect(r.status, shown(r)).toBe(130);
    await noWorkersLeft();
  }, 30_000);

  it("recursion 500 deep works in MainThread and in a thread (a browser cannot enlarge a worker's stack)", async () => {
    const r = await run(
      "import threading\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(500))\n" +
        "r = []\nt = threading.Thread(target=lambda: r.append(f(500)))\nt.start()\nt.join()\nprint(r)\n",
    );
    expect(r.stdout, shown(r)).toBe("500\n[500]\n");
    expect(r.status, shown(r)).toBe(0);
  });

  it("an interactive session (the REPL's runtime): globals kept across inputs, threads, completion, exit", async () => {
    const r = await page.evaluate(async () => {
      const pyt = (window as unknown as { pyt: typeof import("../../runtime/web/browser.js") }).pyt;
      const session = pyt.startSession({ platform: pyt.webPlatform });
      let out = "";
      session.onOutput((_stream, text) => (out += text));
      await session.ready;
      await session.run("x = 41");
      await session.run("x + 1");
      await session.run("import threading\nt = threading.Thread(target=lambda: print('from', threading.current_thread().name))\nt.start(); t.join()\n");
      const completions = await session.complete("threa");
      const status = await session.exit();
      return { out, completions, status };
    });
    expect(r.out).toBe("42\nfrom Thread-1 (<lambda>)\n");
    expect(r.completions).toContain("threading");
    expect(r.status).toBe(0);
    await noWorkersLeft();
  });

  it("no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
