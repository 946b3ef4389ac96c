#!/usr/bin/env node
// A/B of two builds of pyt on one program: runs them interleaved (A, B, A, B, ...) so that a machine
// slowing down or speeding up during the measurement weighs on both alike, and prints each side's median
// and minimum of the whole-process wall time and of the workload (the `bench-workload SECONDS` line the
// bench programs write to stderr). A change worth less than its noise shows as a difference smaller than
// the spread; on this 2-core machine the threaded programs need 21-41 runs for a 5 ms difference.
//
//   node bench/ab.js DIR_A DIR_B PROGRAM [--runs N] [-- PYT_ARGS...]     (default 11 runs)
//
// A build to compare is a copy of the checkout's runnable part, made before and after a change:
//   mkdir /tmp/a && cp -a bin dist package.json /tmp/a/ && ln -s "$PWD/node_modules" /tmp/a/
// (`cp -a` keeps the code caches valid: they are named by the bundle's size and modification time).
import { spawnSync } from "node:child_process";
import { basename, join, resolve } from "node:path";

const argv = process.argv.slice(2);
const dash = argv.indexOf("--");
const pytArgs = dash >= 0 ? argv.slice(dash + 1) : [];
const own = dash >= 0 ? argv.slice(0, dash) : argv;
const runsAt = own.indexOf("--runs");
const runs = runsAt >= 0 ? Number(own.splice(runsAt, 2)[1]) : 11;
const [a, b, program] = own;
if (!a || !b || !program || !(runs > 0)) {
  console.error("usage: node bench/ab.js DIR_A DIR_B PROGRAM [--runs N] [-- PYT_ARGS...]");
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function once(dir) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(join(resolve(dir), "bin/pyt.js"), [...pytArgs, program], { encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${dir}: exit status ${r.status}\n${r.stderr}`);
  const m = /bench-workload ([0-9.]+)/.exec(r.stderr);
  return { wall, work: m ? Number(m[1]) * 1000 : NaN };
}

const results = new Map([[a, []], [b, []]]);
for (let i = 0; i < runs; i++) for (const dir of [a, b]) results.get(dir).push(once(dir));
for (const [dir, rs] of results) {
  const walls = rs.map((r) => r.wall);
  const works = rs.map((r) => r.work);
  const work = works.some(Number.isNaN) ? "no bench-workload line" : `workload median ${median(works).toFixed(1)} ms (min ${Math.min(...works).toFixed(1)})`;
  console.log(`${basename(dir).padEnd(12)} wall median ${median(walls).toFixed(0)} ms (min ${Math.min(...walls).toFixed(0)})   ${work}`);
}
