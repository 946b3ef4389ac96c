// The CLI's guess of how many pool workers to start with MainThread (cli/prewarm.ts).
import { describe, expect, it } from "vitest";
import { librariesFor, prewarmFor } from "../../dist/cli/prewarm.js";

describe("prewarmFor", () => {
  it("starts no worker for a program without threads", () => {
    expect(prewarmFor("print(sum(range(10)))\n")).toBe(0);
  });

  it("starts one per Thread( written out, at most 10", () => {
    expect(prewarmFor("import threading\nt1 = threading.Thread(target=f)\nt2 = threading.Thread(target=g)\n")).toBe(2);
    expect(prewarmFor("from threading import Thread\n" + "Thread(target=f).start()\n".repeat(6))).toBe(6);
    expect(prewarmFor("from threading import Thread\n" + "Thread(target=f).start()\n".repeat(12))).toBe(10);
    expect(prewarmFor("ts = [threading.Thread(target=a), threading.Thread(target=b)]\n")).toBe(2);
  });

  it("counts Timers and the program's own Thread subclasses as threads", () => {
    const sub = "import threading\nclass Worker(threading.Thread):\n    def __init__(self, n):\n        super().__init__()\n";
    expect(prewarmFor(sub + "workers = [Worker(i) for i in range(5)]\n")).toBe(5);
    expect(prewarmFor("from threading import Thread\nclass W(Thread):\n    pass\na = W()\nb = W()\n")).toBe(2);
    expect(prewarmFor("import threading\nt = threading.Timer(1.0, f)\nt.start()\n")).toBe(1);
    expect(prewarmFor("import threading\nclock.Thread(1)\nMyThread(1)\n")).toBe(1);
  });

  it("reads ranges and max_workers given by a module-level constant", () => {
    expect(prewarmFor("NUM_THREADS = 6\nthreads = [Thread(target=f) for _ in range(NUM_THREADS)]\n")).toBe(6);
    expect(prewarmFor("N = 3  # workers\nfor i in range(N):\n    threading.Thread(target=f).start()\n")).toBe(3);
    expect(prewarmFor("WORKERS = 2\nwith ThreadPoolExecutor(max_workers=WORKERS) as ex:\n    pass\n")).toBe(2);
    expect(prewarmFor("threads = [Thread(target=f) for _ in range(n)]\n")).toBe(4);
  });

  it("reads the range of a comprehension that builds threads", () => {
    expect(prewarmFor("threads = [Thread(target=work, args=(i,)) for i in range(2)]\n")).toBe(2);
    expect(prewarmFor("threads = [Thread(target=nap) for _ in range(100)]\n")).toBe(10);
    expect(prewarmFor("threads = [Thread(target=nap) for _ in items]\n")).toBe(4);
  });

  it("reads a ThreadPoolExecutor's max_workers", () => {
    expect(prewarmFor("with ThreadPoolExecutor(max_workers=3) as ex:\n    pass\n")).toBe(3);
    expect(prewarmFor("with ThreadPoolExecutor() as ex:\n    pass\n")).toBe(4);
  });

  it("reads a multiprocessing ThreadPool's (or dummy Pool's) processes, and counts dummy Processes", () => {
    const cpus = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2;
    expect(prewarmFor("from multiprocessing.dummy import Pool as ThreadPool\npool = ThreadPool(4)\n")).toBe(4);
    expect(prewarmFor("from multiprocessing.pool import ThreadPool\nwith ThreadPool(processes=3) as p:\n    pass\n")).toBe(3);
    expect(prewarmFor("import multiprocessing.dummy as mp\nN = 5\np = mp.Pool(N)\n")).toBe(5);
    expect(prewarmFor("from multiprocessing.dummy import Pool\nwith Pool() as p:\n    pass\n")).toBe(Math.min(cpus, 10));
    expect(prewarmFor("from multiprocessing.dummy import Process\nps = [Process(target=f) for _ in range(3)]\n")).toBe(3);
    expect(prewarmFor("import multiprocessing\nprint(multiprocessing.cpu_count())\n")).toBe(1);
    // without multiprocessing, a Pool( or Process( is some other class
    expect(prewarmFor("pool = Pool(8)\np = Process(1)\n")).toBe(0);
  });

  it("reads the range of a loop that starts threads and joins them after it", () => {
    const loop = (body: string) => `import threading\nthreads = []\nfor _ in range(10):\n${body}for t in threads:\n    t.join()\n`;
    expect(prewarmFor(loop("    t = threading.Thread(target=f)\n    t.start()\n    threads.append(t)\n"))).toBe(10);
    expect(prewarmFor(loop("    # a comment\n\n    t = threading.Thread(target=f)\n    t.start()\n"))).toBe(10);
    expect(prewarmFor(loop("    t = threading.Thread(target=f)\n    t.start()\n    t.join()\n"))).toBe(1);
    expect(prewarmFor(loop("    print(', '.join(names))\n    threading.Thread(target=f).start()\n"))).toBe(10);
    expect(prewarmFor("for x in items:\n    threading.Thread(target=f).start()\n")).toBe(1);
    expect(prewarmFor("for i in range(3):\n    if i:\n        threading.Thread(target=f).start()\n")).toBe(1);
  });

  it("starts one when threads are only mentioned (a loop starting them one by one)", () => {
    expect(prewarmFor("from threading import Thread\nfor i in range(1000):\n    t = Thread(target=f)\n    t.start()\n    t.join()\n")).toBe(1);
    expect(prewarmFor("import threading\nprint(threading.active_count())\n")).toBe(1);
    expect(prewarmFor("import concurrent.futures\n")).toBe(1);
  });
});

describe("librariesFor", () => {
  it("names the modules a threaded program imports, for pool workers to compile while idle", () => {
    const src = "import threading, queue as q\nfrom concurrent.futures import ThreadPoolExecutor\nimport os.path\n  import logging\nt = threading.Thread(target=f)\n";
    expect(librariesFor(src)).toEqual(["threading", "queue", "concurrent.futures", "os.path", "logging"]);
  });
  it("none for a program without threads", () => {
    expect(librariesFor("import queue\nq = queue.Queue()\n")).toEqual([]);
  });
});
