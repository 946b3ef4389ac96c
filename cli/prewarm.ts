// The CLI's guess of how many pool workers a program will want before it asks (ProgramOptions.prewarm).

/**
 * How many thread workers to start while MainThread starts (at most 4: on 2 cores more would only slow
 * MainThread's own start): one per `Thread(` in the source (lessons start a few threads by name), the
 * `range(N)` of a `Thread(` built in a comprehension (4 without one), a ThreadPoolExecutor's
 * max_workers (4 without), and at least 1 if the program mentions threads at all. A warm worker makes
 * Thread.start() cost a few microseconds instead of a worker's start-up (~40 ms of CPU).
 */
export function prewarmFor(source: string): number {
  let count = 0;
  for (const line of source.split("\n")) {
    if (/\bThread\s*\(/.test(line)) {
      const range = /\bfor\b.*\brange\s*\(\s*(\d+)\s*\)/.exec(line);
      count += range ? Number(range[1]) : /\bfor\b/.test(line) ? 4 : 1;
    }
    const pool = /\bThreadPoolExecutor\s*\(\s*(?:max_workers\s*=\s*)?(\d+)?/.exec(line);
    if (pool) count += pool[1] !== undefined ? Number(pool[1]) : 4;
  }
  if (count > 0) return Math.min(count, 4);
  return /\b(threading|_thread|concurrent)\b/.test(source) ? 1 : 0;
}
