#!/usr/bin/env node
// --trace overhead (issue 5: "the ping-pong and counter benchmarks with --trace on are within 1.3× of
// off"): each program run with and without `--trace FILE`, interleaved, median wall time of each and the
// ratio on/off. The trace file's writing is included (it is part of what --trace costs): that is the
// target's ratio. Beside it, the same for the workload alone (the `bench-workload SECONDS` line each
// program writes to stderr: start-up, collection and the file left out), to tell where a cost lies.
//
//   node bench/trace-overhead.js [--runs N] [NAME...]   (default: threads_pingpong threads_counter, 7 runs)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
let runs = 7;
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else names.push(args[i]);
}
if (names.length === 0) names.push("threads_pingpong", "threads_counter");
const dir = mkdtempSync(join(tmpdir(), "pyt-trace-bench-"));
const bin = join(root, "bin", "pyt.js");

/** Whole-process wall time and the program's own workload time (ms; NaN if it did not say). */
function time(argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(bin, argv, { encoding: "utf8" }); // the command as installed (its shebang line)
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`pyt ${argv.join(" ")}: status ${r.status}\n${r.stderr}`);
  const m = /^bench-workload ([\d.]+)$/m.exec(r.stderr);
  return { ms, work: m ? Number(m[1]) * 1000 : NaN };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

let worst = 0;
for (const name of names) {
  const file = join(root, "bench", "programs", `${name}.py`);
  const off = [];
  const on = [];
  time([file]); // warm the disk cache
  for (let i = 0; i < runs; i++) {
    off.push(time([file]));
    on.push(time(["--trace", join(dir, `${name}.json`), file]));
  }
  const ms = (xs) => median(xs.map((x) => x.ms));
  const work = (xs) => median(xs.map((x) => x.work));
  const ratio = ms(on) / ms(off);
  worst = Math.max(worst, ratio);
  console.log(
    `${name.padEnd(20)} off ${ms(off).toFixed(0).padStart(6)} ms   on ${ms(on).toFixed(0).padStart(6)} ms   on/off ${ratio.toFixed(2)}x` +
      `   (workload ${work(off).toFixed(0)} / ${work(on).toFixed(0)} ms: ${(work(on) / work(off)).toFixed(2)}x)`,
  );
}
rmSync(dir, { recursive: true, force: true });
console.log(`worst ${worst.toFixed(2)}x (target 1.30x)`);
