// Fuzz: mutate conformance programs (delete/duplicate/swap lines, delete characters, insert tokens,
// change indentation) and run each mutant through PYT_CMD. Every outcome must be normal output or a
// Python-style error: never a JavaScript error, exit status 0/1/2 (or an exit code the program asks for),
// and no hang. Seeded and bounded in time:
//   PYT_FUZZ_SEED (default 20240611), PYT_FUZZ_MS (time budget, default 20000),
//   PYT_FUZZ_CASE=n (replay mutant n of that seed only), PYT_FUZZ_TIMEOUT_MS (per run, default 10000).
// Mutant n depends only on (seed, n), so a failure reported as "seed S, mutant n" replays exactly.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Pool, poolSize, pytCommand, repoRoot, runPyt, type RunResult } from "./helpers/run.js";

const SEED = Number(process.env.PYT_FUZZ_SEED ?? 20240611) >>> 0;
const BUDGET_MS = Number(process.env.PYT_FUZZ_MS ?? 20_000);
const RUN_TIMEOUT_MS = Number(process.env.PYT_FUZZ_TIMEOUT_MS ?? 10_000);
const ONLY = process.env.PYT_FUZZ_CASE === undefined ? null : Number(process.env.PYT_FUZZ_CASE);

/** mulberry32: small, fast, good enough for choosing mutations. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Programs that could legitimately hang or write their own stderr when mutated are left out: loops that
// a deleted line can make endless (while), sleeps, input, writes to stderr, sys.exit with a message.
const corpus = join(repoRoot, "test", "conformance");
function programs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? programs(join(dir, e.name)) : e.name.endsWith(".pyt") ? [join(dir, e.name)] : []))
    .sort();
}
const UNSAFE = /\bwhile\b|sleep|input\(|stderr|exit\(\s*[^\d\s)]|SystemExit\(\s*[^\d\s)]|KeyboardInterrupt|threading|Thread/;
const sources = programs(corpus)
  .map((file) => ({ file, text: readFileSync(file, "utf8") }))
  .filter((p) => !UNSAFE.test(p.text));

const TOKENS = [
  "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "/", "%", "**", "\"", "'", '"""', "\\",
  "#", "f\"{", "}\"", " ", "    ", "\t", "\n", "\n    ", "if ", "else", "elif ", "for ", "in ", "def ", "class ",
  "return ", "lambda ", "not ", "and ", "or ", "is ", "None", "True", "pass", "yield ", "global ", "nonlocal x",
  "break", "continue", "del ", "try:", "except", "finally:", "with ", "as ", "import ", "from ", "raise ", "assert ",
  "async ", "await ", "match ", "@", ";", "->", ":=", "*args", "**kw", "x", "_", "é", "\r", "\0",
];

type Mutation = (lines: string[], r: () => number) => string[];
const pick = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)];
const at = (n: number, r: () => number) => Math.floor(r() * n);
const mutations: Record<string, Mutation> = {
  deleteLine: (l, r) => (l.splice(at(l.length, r), 1), l),
  duplicateLine: (l, r) => {
    const i = at(l.length, r);
    l.splice(i, 0, l[i]);
    return l;
  },
  swapLines: (l, r) => {
    const i = at(l.length - 1, r);
    [l[i], l[i + 1]] = [l[i + 1], l[i]];
    return l;
  },
  deleteChar: (l, r) => {
    const i = at(l.length, r);
    const j = at(l[i].length + 1, r);
    l[i] = l[i].slice(0, j) + l[i].slice(j + 1);
    return l;
  },
  insertToken: (l, r) => {
    const i = at(l.length, r);
    const j = at(l[i].length + 1, r);
    l[i] = l[i].slice(0, j) + pick(TOKENS, r) + l[i].slice(j);
    return l;
  },
  indent: (l, r) => {
    const i = at(l.length, r);
    l[i] = pick(["    ", "  ", "\t", " "], r) + l[i];
    return l;
  },
  dedent: (l, r) => {
    const i = at(l.length, r);
    l[i] = l[i].replace(/^( {1,4}|\t)/, "");
    return l;
  },
  replaceWord: (l, r) => {
    const i = at(l.length, r);
    const words = [...l[i].matchAll(/[A-Za-z_]\w*/g)];
    if (words.length === 0) return l;
    const w = pick(words, r);
    const by = pick(["if", "for", "def", "class", "None", "x", "print", "len", "self", "return", "lambda", "in", "not"], r);
    l[i] = l[i].slice(0, w.index) + by + l[i].slice(w.index! + w[0].length);
    return l;
  },
};

interface Mutant {
  n: number;
  source: string;
  text: string;
  applied: string[];
}
function makeMutant(n: number): Mutant {
  const r = rng((SEED ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);
  const src = pick(sources, r);
  let lines = src.text.replace(/\n$/, "").split("\n");
  const applied: string[] = [];
  const count = 1 + at(3, r);
  for (let k = 0; k < count; k++) {
    const name = pick(Object.keys(mutations), r);
    lines = mutations[name](lines, r);
    if (lines.length === 0) lines = [""];
    applied.push(name);
  }
  return { n, source: relative(repoRoot, src.file), text: lines.join("\n") + "\n", applied };
}

// The brief's rule, plus the builtin exceptions whose names end otherwise (StopIteration, warnings
// turned into errors): CPython's own stderr ends with these, as the python3 validation run showed.
// (re's error class is lowercase: `re.error: unterminated character set at position 0`)
const LAST_LINE = /^([A-Za-z_][A-Za-z0-9_.]*(Error|Exception|Interrupt|Exit|Warning)|StopIteration|StopAsyncIteration|re\.error)\b/;
const JS_LEAKS: [RegExp, string][] = [
  [/^\s+at \S.*(:\d+:\d+\)?|<anonymous>\)?|\(native\))$/m, "a JavaScript stack line"],
  [/node:internal/, "node:internal"],
  [/TypeError: Cannot read properties/, "a JavaScript TypeError"],
  [/is not a function\b|is not iterable \(cannot read|Maximum call stack size exceeded/, "a JavaScript error message"],
  [/pyt: internal error/, "pyt: internal error"],
];

/** Warnings (`file:3: SyntaxWarning: ...` and the source line under it) are not errors: drop them. */
function withoutWarnings(stderr: string): string[] {
  const out: string[] = [];
  const lines = stderr.replace(/\n$/, "").split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (/^\S.*:\d+: \w*Warning: /.test(lines[i])) {
      if (lines[i + 1]?.startsWith("  ")) i++;
      continue;
    }
    out.push(lines[i]);
  }
  return out.filter((l, i) => l !== "" || i < out.length - 1);
}

function exitCodes(text: string): Set<number> {
  const codes = new Set([0, 1, 2]);
  for (const m of text.matchAll(/(?:exit|SystemExit)\(\s*(\d+)\s*\)/g)) codes.add(Number(m[1]) & 255);
  return codes;
}

function verdict(m: Mutant, original: string, r: RunResult): string | null {
  if (r.timedOut) return `hung: no exit within ${RUN_TIMEOUT_MS} ms`;
  if (r.status === null) return `killed by signal ${r.signal}`;
  for (const [re, what] of JS_LEAKS) if (re.test(r.stderr) || re.test(r.stdout)) return `stderr/stdout shows ${what}`;
  const allowed = new Set([...exitCodes(original), ...exitCodes(m.text)]);
  if (!allowed.has(r.status)) return `exit status ${r.status} not in {${[...allowed].join(", ")}}`;
  const lines = withoutWarnings(r.stderr);
  const last = lines.length ? lines[lines.length - 1] : "";
  if (last === "") return null;
  if (LAST_LINE.test(last)) return null;
  // an uncaught exception of a class the program defines (class Stop(Exception): ...)
  const classes = [...m.text.matchAll(/^\s*class\s+([A-Za-z_]\w*)/gm)].map((c) => c[1]);
  if (classes.some((c) => last === c || last.startsWith(`${c}: `))) return null;
  // a logging record the program writes to stderr (logging's default format: LEVEL:name:message)
  if (m.text.includes("logging") && /^(DEBUG|INFO|WARNING|ERROR|CRITICAL):/.test(last)) return null;
  // a note the program adds (e.add_note("...")), printed after the exception's line
  if (m.text.includes("add_note(") && m.text.includes(last)) return null;
  return `last stderr line is not a Python error: ${JSON.stringify(last)}`;
}

const workdir = mkdtempSync(join(tmpdir(), "pyt-fuzz-"));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

describe(`fuzz (${pytCommand().join(" ")}, seed ${SEED})`, () => {
  it(`mutants give Python output or Python errors, never JS errors or hangs (budget ${BUDGET_MS} ms)`, async () => {
    console.log(`fuzz: PYT_FUZZ_SEED=${SEED}, ${sources.length} source programs, budget ${BUDGET_MS} ms`);
    const pool = new Pool(Math.min(2, poolSize()));
    const deadline = performance.now() + BUDGET_MS;
    const failures: string[] = [];
    let ran = 0;
    let next = ONLY ?? 0;
    const runOne = async (n: number) => {
      const m = makeMutant(n);
      const dir = join(workdir, String(n));
      rmSync(dir, { recursive: true, force: true });
      const file = join(dir, "mutant.pyt");
      (await import("node:fs")).mkdirSync(dir, { recursive: true });
      writeFileSync(file, m.text);
      const r = await runPyt(file, { timeoutMs: RUN_TIMEOUT_MS });
      ran++;
      const original = readFileSync(join(repoRoot, m.source), "utf8");
      const bad = verdict(m, original, r);
      if (bad) {
        failures.push(
          `seed ${SEED}, mutant ${n} (PYT_FUZZ_SEED=${SEED} PYT_FUZZ_CASE=${n}) of ${m.source} [${m.applied.join(", ")}]: ${bad}\n` +
            `--- mutant\n${m.text}--- exit ${r.status}\n--- stdout (first 1000 chars)\n${r.stdout.slice(0, 1000)}\n--- stderr (last 2000 chars)\n${r.stderr.slice(-2000)}`,
        );
      }
      rmSync(dir, { recursive: true, force: true });
    };
    if (ONLY !== null) {
      await runOne(ONLY);
    } else {
      // keep the pool full until the budget is spent; runs already started are allowed to finish
      const inflight = new Set<Promise<void>>();
      while (performance.now() < deadline && failures.length < 5) {
        const p: Promise<void> = pool.run(() => runOne(next++)).finally(() => inflight.delete(p));
        inflight.add(p);
        if (inflight.size >= pool.size) await Promise.race(inflight);
      }
      await Promise.all(inflight);
    }
    console.log(`fuzz: ${ran} mutants run, ${failures.length} failures`);
    expect(failures, failures.join("\n\n")).toEqual([]);
  }, BUDGET_MS + RUN_TIMEOUT_MS * 3 + 30_000);
});
