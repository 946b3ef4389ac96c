// The CLI's guesses about a program's threads before it runs: how many pool workers it will want
// (ProgramOptions.prewarm), and which library modules their threads will need (ProgramOptions.libraries).

/** At most this many: each is ~45 ms of CPU (Node's ~20 ms boot of a worker, then the interpreter and its prewarm steps) that MainThread's start waits for (WorkerInit.waitPool). */
const MAX_PREWARM = 10;

/**
 * How many thread workers to start while MainThread starts (MAX_PREWARM at most): one per `Thread(` (or
 * `Timer(`, or a call of a class the program derives from them) in the source (lessons start a few
 * threads by name, sometimes two in one list); N for a `Thread(` built in a comprehension over
 * `range(N)` (4 over anything else), or made in the body of a `for ... in range(N):` loop that does not
 * also join it (a loop that starts and joins threads one by one needs one worker); a ThreadPoolExecutor's
 * max_workers (4 without); a ThreadPool's (or multiprocessing.dummy Pool's) processes (os.cpu_count()
 * without); and 1 if the program mentions threads at all. A warm worker makes
 * Thread.start() cost a few microseconds instead of a worker's start-up: a lesson that starts 10 threads
 * sleeping 1 s and times them prints CPython's 1.0 s, not the 1.3 s of workers booted on demand.
 */
export function prewarmFor(source: string): number {
  const lines = source.split("\n");
  // What makes a thread: Thread, Timer, and the program's own subclasses of them (`class Worker(Thread):`).
  // multiprocessing.dummy's Process and pool are threads too; a bare `Pool(` or `Process(` counts only in a
  // program that names multiprocessing (multiprocessing's own Process raises in pyt, and makes no thread).
  const mp = /\bmultiprocessing\b/.test(source);
  const kinds = new Set(mp ? ["Thread", "Timer", "Process"] : ["Thread", "Timer"]);
  for (const m of source.matchAll(/^[ \t]*class\s+(\w+)\s*\(\s*(?:threading\s*\.\s*|multiprocessing\s*\.\s*dummy\s*\.\s*)?(?:Thread|Timer|Process)\s*\)/gm)) {
    if (mp || !/Process\s*\)\s*$/.test(m[0])) kinds.add(m[1]);
  }
  const maker = new RegExp(`(?<![\\w.]|threading\\.)(?:threading\\.)?(?:${[...kinds].join("|")})\\s*\\(`, "g");
  // Module-level constants, for `range(NUM_THREADS)` and `max_workers=WORKERS`.
  const constants = new Map<string, number>();
  for (const m of source.matchAll(/^(\w+)\s*=\s*(\d+)\s*(?:#.*)?$/gm)) constants.set(m[1], Number(m[2]));
  const number = (word: string | undefined): number | undefined => (word === undefined ? undefined : /^\d+$/.test(word) ? Number(word) : constants.get(word));
  let count = 0;
  lines.forEach((line, i) => {
    if (/^\s*class\b/.test(line)) return; // `class Worker(Thread):` makes none
    const made = line.match(maker)?.length ?? 0; // `[Thread(target=a), Thread(target=b)]`: two
    if (made > 0) {
      const range = number(/\bfor\b.*\brange\s*\(\s*(\w+)\s*\)/.exec(line)?.[1]);
      count += made * (range ?? (/\bfor\b/.test(line) ? 4 : loopCount(lines, i, number)));
    }
    const pool = /\bThreadPoolExecutor\s*\(\s*(?:max_workers\s*=\s*)?(\w+)?/.exec(line);
    if (pool) count += number(pool[1]) ?? 4;
    // multiprocessing.pool.ThreadPool (multiprocessing.dummy's Pool) starts all its workers at once: processes, or os.cpu_count()
    const threadPool = mp ? /(?<!\w)(?:ThreadPool|Pool)\s*\(\s*(?:processes\s*=\s*)?(\w+)?/.exec(line) : null;
    if (threadPool && !/^\s*(?:from|import)\b/.test(line)) count += number(threadPool[1]) ?? cpuCount();
  });
  if (count > 0) return Math.min(count, MAX_PREWARM);
  return /\b(threading|_thread|concurrent|multiprocessing)\b/.test(source) ? 1 : 0;
}

/** os.cpu_count() as pyt answers it (_pytsupport.cpu_count). */
const cpuCount = (): number => (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2;

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/**
 * Threads made at line i: N when the innermost loop around it is `for ... in range(N):` (N a number or a
 * module-level constant) and its body
 * does not join (start them all, then join them all), else 1.
 */
function loopCount(lines: string[], i: number, number: (word: string) => number | undefined): number {
  const indent = indentOf(lines[i]);
  for (let j = i - 1; j >= 0; j--) {
    const head = lines[j];
    if (head.trim() === "" || head.trimStart().startsWith("#") || indentOf(head) >= indent) continue;
    const loop = /^\s*for\b.*\bin\s+range\s*\(\s*(\w+)\s*\)\s*:/.exec(head);
    const n = loop ? number(loop[1]) : undefined;
    if (n === undefined) return 1;
    const own = indentOf(head);
    for (let k = j + 1; k < lines.length && (lines[k].trim() === "" || indentOf(lines[k]) > own); k++) {
      if (/\.join\s*\(/.test(lines[k]) && !/["']\s*\.join\s*\(/.test(lines[k])) return 1;
    }
    return n;
  }
  return 1;
}

/**
 * The modules the source imports by name (`import a, b.c as d`, `from a.b import c`), for pool workers
 * to compile while idle (the runtime keeps those written in Python); none for a program without threads.
 */
export function librariesFor(source: string): string[] {
  if (prewarmFor(source) === 0) return [];
  const names = new Set<string>();
  for (const line of source.split("\n")) {
    const from = /^\s*from\s+([\w.]+)\s+import\b/.exec(line);
    if (from) names.add(from[1]);
    const imp = /^\s*import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*)/.exec(line);
    if (imp) for (const part of imp[1].split(",")) names.add(part.trim().split(/\s+/)[0]);
  }
  return [...names];
}

