// The browser platform, for real: a bare cross-origin-isolated page (server.mjs, page.html) loads the
// browser bundle (dist/web) in headless Debian chromium driven by playwright-core, and runs programs
// through runtime/web: MainThread and every other Python thread in its own Web Worker, blocking in
// Atomics.wait on the shared buffer, while the page's main thread only drains output.
// Chromium comes from apt (`.ci/run` installs it); there is no browser download. Missing chromium is a
// failure, not a skip. PYT_CHROMIUM overrides the executable; PYT_BROWSER_SCREENSHOT=file.png saves a
// screenshot of the page after the runs (to look at, not to commit).
import { existsSync, readFileSync } from "node:fs";
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

  it("09_two_locks_alternate prints 1 to 5 in order (20 runs), read back from the page", async () => {
    const source = lesson("09_two_locks_alternate");
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
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
    console.log(`browser 09_two_locks_alternate: first ${times.at(-1)!.toFixed(0)} ms, median ${times[10].toFixed(0)} ms`);
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

  it("time.sleep blocks a worker, not the page; stop() ends a program stuck in a loop, and its workers", async () => {
    const t0 = Date.now();
    const slept = await run("import time\nt = time.monotonic()\ntime.sleep(0.2)\nprint(round(time.monotonic() - t, 1))\n");
    expect(slept.stdout, shown(slept)).toBe("0.2\n");
    const r = await run(
      "import threading\nt = threading.Thread(target=lambda: [None for _ in iter(int, 1)], daemon=True)\nt.start()\nprint('spinning', flush=True)\nwhile True:\n    pass\n",
      { timeoutMs: 1_000 },
    );
    expect(r.stdout, shown(r)).toBe("spinning\n");
    expect(r.status, shown(r)).toBe(130);
    await noWorkersLeft();
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(pageErrors).toEqual([]);
  }, 30_000);
});
