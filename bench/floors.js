#!/usr/bin/env node
// Platform floors: what Node itself costs for the shapes of three benchmark targets, with no pyt code at
// all, beside CPython. pyt runs every Python thread (MainThread included) in a worker (DESIGN.md), so it
// cannot beat these; they say which targets the design can reach on this machine and which it cannot.
//   1. start-up: `node -e 0`, and a Node process that starts one worker and waits for it to exit (the
//      least a `pyt -c pass` does), vs `python3 -c pass`; each with the environment as it is, and again
//      with NODE_EXTRA_CA_CERTS unset when it is set (Node reads the file at start-up).
//   2. 100 workers started at once, each blocking 1 s in Atomics.wait (threads_sleep's shape): wall time
//      and peak RSS.
//   3. f-strings + join over 200k items in plain JavaScript (string_build's shape) vs the same in CPython.
//
//   node bench/floors.js [--runs N]      (median of N runs each, default 7)
import { execFileSync, spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const runs = args[0] === "--runs" ? Number(args[1]) : 7;

function pythonBinary() {
  if (process.env.PYTHON) return process.env.PYTHON;
  try {
    return execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
  } catch {
    return "python3";
  }
}
const python = pythonBinary();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall ms (around /usr/bin/time, which adds ~1 ms) and peak RSS in KB of one run; its stdout. */
function run(cmd, argv, env = process.env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...argv], { env, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")}: ${r.error ?? `status ${r.status}`}\n${r.stderr}`);
  return { ms, rssKB: Number(r.stderr.trim().split("\n").pop()), stdout: r.stdout };
}

function measure(cmd, argv, env) {
  const ms = [];
  const rss = [];
  let stdout = "";
  for (let i = 0; i < runs; i++) {
    const r = run(cmd, argv, env);
    ms.push(r.ms);
    rss.push(r.rssKB);
    stdout = r.stdout;
  }
  return { ms: median(ms), rssMB: median(rss) / 1024, stdout };
}

const ONE_WORKER = `const { Worker } = require("node:worker_threads");
new Worker("0", { eval: true }).on("exit", () => {});`;

const SLEEPERS = `const { Worker } = require("node:worker_threads");
for (let i = 0; i < 100; i++)
  new Worker("Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000)", { eval: true });`;

const JS_STRINGS = `const t0 = performance.now();
const parts = new Array(200000);
for (let i = 0; i < 200000; i++) parts[i] = \`item-\${i}:\${i * 2}\`;
const text = parts.join(", ");
console.log(performance.now() - t0, text.length);`;

const PY_STRINGS = `import time
t0 = time.perf_counter()
parts = [f"item-{i}:{i * 2}" for i in range(200_000)]
text = ", ".join(parts)
print((time.perf_counter() - t0) * 1000, len(text))`;

const rows = [];
const row = (what, ms, versus, target, note = "") => rows.push({ what, ms, versus, target, note });

const python0 = measure(python, ["-c", "pass"]).ms;
const envs = [["as is", process.env]];
if (process.env.NODE_EXTRA_CA_CERTS) {
  const { NODE_EXTRA_CA_CERTS: _, ...rest } = process.env;
  envs.push(["NODE_EXTRA_CA_CERTS unset", rest]);
}
for (const [label, env] of envs) {
  row(`node -e 0 (env ${label})`, measure(process.execPath, ["-e", "0"], env).ms, python0, 2.0, "python3 -c pass");
  row(`node + one worker (env ${label})`, measure(process.execPath, ["-e", ONE_WORKER], env).ms, python0, 2.0, "python3 -c pass");
}
const sleepers = measure(process.execPath, ["-e", SLEEPERS]);
row("100 workers, each Atomics.wait 1 s", sleepers.ms, NaN, NaN, `wall (target 1200 ms); peak RSS ${sleepers.rssMB.toFixed(0)} MB (target < 1024)`);
const jsWork = median(Array.from({ length: runs }, () => Number(run(process.execPath, ["-e", JS_STRINGS]).stdout.split(" ")[0])));
const pyWork = median(Array.from({ length: runs }, () => Number(run(python, ["-c", PY_STRINGS]).stdout.split(" ")[0])));
row("f-strings + join, 200k (JS, workload)", jsWork, pyWork, 1.0, "same in CPython (workload)");

console.log(`platform floors, median of ${runs} runs (node ${process.version}, ${python})`);
console.log("floor".padEnd(50), "ms".padStart(8), "CPython".padStart(9), "ratio".padStart(7), "target".padStart(7), " note");
for (const r of rows) {
  const ratio = Number.isNaN(r.versus) ? "" : `${(r.ms / r.versus).toFixed(2)}x`;
  const target = Number.isNaN(r.target) ? "" : `${r.target}x`;
  const versus = Number.isNaN(r.versus) ? "" : r.versus.toFixed(0);
  console.log(r.what.padEnd(50), r.ms.toFixed(0).padStart(8), versus.padStart(9), ratio.padStart(7), target.padStart(7), "", r.note);
}
