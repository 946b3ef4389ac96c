// Bundles the compiled code (run after `tsc -b`):
// - dist/bundle/: the Node command line, in bundles that share no code but one small module:
//   pyt-bundle.js     the host (cli/ and runtime's host side), loaded by bin/pyt.js.
//   worker-bundle.js  every worker (MainThread's and the pool's): runtime's worker side and the
//                     interpreter, WITHOUT the parser.
//   parser-bundle.js  grammar/ with chevrotain (400 KB). The host loads it to parse the program while
//                     MainThread's worker boots; a worker requires it only on the first source it must
//                     parse itself (a syntax error, the REPL's inputs): `import threading` and friends
//                     are parsed at build time (grammar/preparsed.ts) and never need it.
//   preparsed-N.json  the ASTs of the interpreter's own Python modules, one file each ([source, AST]),
//                     read by a worker on its first import of one (threading's by every pool worker,
//                     which makes threading's AST itself: interpreter/shared/codes.ts ownModules).
//   grammar-errors.js grammar/errors.ts, required by both the worker and the parser bundle, so
//                     PySyntaxError is one class: the interpreter's `instanceof` checks see the parser's.
//   All CommonJS (dist/bundle/package.json says so): no thread starts Node's ES module loader, and the
//   interpreter can load the parser synchronously. bin/pyt.js and the stubs worker.js and parser.js load
//   the *-bundle.js files through load-cached.js (tools/load-cached.cjs), with V8 code caches (*.cache)
//   that a training run at the end of this build writes.
//   Why: one bundle per role loads several times faster than ~100 small ES modules; with code splitting,
//   esbuild put chevrotain in a chunk MainThread's worker compiled (~40 ms) on every run.
// - dist/web/: the browser bundle. pyt.js is the page side (runtime's API, the web platform, runSource;
//   no interpreter), worker.js the Web Worker entry; the interpreter and the parser are chunks the workers
//   load (the parser only in MainThread's), and the library modules' ASTs are parts of ~1 MB each that
//   every worker loads before it runs Python (no file near a browser cache entry's size limit). All files sit in one folder, so the platform's
//   `new URL("./worker.js", import.meta.url)` finds the worker from whichever file holds it.
import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { build } from "esbuild";

// The interpreter's own Python sources, parsed now (grammar/preparsed.ts): `import threading` no longer
// parses ~700 lines in MainThread's worker. An AST that JSON does not carry exactly is left out.
async function preparsedPlugins() {
  const { parse } = await import("../dist/grammar/index.js");
  const { THREADING_SOURCE } = await import("../dist/interpreter/modules/threading-source.js");
  const pylib = await import("../dist/interpreter/modules/pylib-sources.js");
  const sources = [THREADING_SOURCE, ...Object.entries(pylib).filter(([k]) => k.endsWith("_SOURCE")).map(([, v]) => v)];
  const entries = [];
  for (const source of sources) {
    try {
      const ast = parse(source, "<preparsed>");
      const json = JSON.stringify(ast);
      if (isDeepStrictEqual(JSON.parse(json), ast)) entries.push([source, json]);
    } catch {
      // parsed at run time, as before
    }
  }
  // The web bundle's grammar/preparsed.js loads them all, from parts of about PART_BYTES each that it
  // imports dynamically (so each is a chunk of its own): Chromium fails the load of a cached script larger
  // than its cache takes for one entry (6.25 MiB in a memory cache: incognito windows, test browsers), and
  // all of them in one chunk reached 6.5 MiB.
  const PART_BYTES = 1 << 20;
  const parts = [[]];
  let size = 0;
  for (const [source, json] of entries) {
    if (size > 0 && size + json.length > PART_BYTES) { parts.push([]); size = 0; }
    parts[parts.length - 1].push([source, json]);
    size += json.length;
  }
  const contents = `
    export const PREPARSED = new Map();
    let loading;
    export function loadPreparsed() {
      return (loading ??= Promise.all([${parts.map((_, i) => `import("preparsed-part:${i}")`).join(", ")}]).then((loaded) => {
        for (const part of loaded) for (const [source, json] of part.ENTRIES) PREPARSED.set(source, json);
      }));
    }
  `;
  const plugin = {
    name: "preparsed",
    setup(b) {
      b.onLoad({ filter: /[\\/]dist[\\/]grammar[\\/]preparsed\.js$/ }, () => ({ contents, loader: "js" }));
      b.onResolve({ filter: /^preparsed-part:\d+$/ }, (args) => ({ path: args.path, namespace: "preparsed-part" }));
      b.onLoad({ filter: /.*/, namespace: "preparsed-part" }, (args) => ({
        loader: "js",
        contents: `export const ENTRIES = ${JSON.stringify(parts[Number(args.path.split(":")[1])])};\n`,
      }));
    },
  };
  return [plugin, entries];
}
/** A plugin that replaces dist/grammar/NAME.js in the bundles with `export const EXPORT = <value>`. */
function tablePlugin(name, exportName, value) {
  const contents = `export const ${exportName} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
  const filter = new RegExp(`[\\\\/]dist[\\\\/]grammar[\\\\/]${name}\\.js$`);
  return { name, setup: (b) => b.onLoad({ filter }, () => ({ contents, loader: "js" })) };
}
// The parser's lookahead paths, computed now (grammar/lookahead.ts): building the parser at each start no
// longer derives them from the grammar (~30 ms of the host's start-up).
async function lookaheadPlugin() {
  const { recordLookahead } = await import("../dist/grammar/index.js");
  return tablePlugin("lookahead-table", "LOOKAHEAD_TABLE", recordLookahead());
}
// The grammar's productions, recorded now (grammar/gast.ts): building the parser at each start no longer
// runs every rule in chevrotain's recording mode (15-20 ms of the host's start-up).
async function gastPlugin() {
  const { recordGast } = await import("../dist/grammar/index.js");
  return tablePlugin("gast-table", "GAST_TABLE", recordGast());
}
const lookahead = await lookaheadPlugin();
const gast = await gastPlugin();
const [preparsedAll, preparsedEntries] = await preparsedPlugins();
// For the workers, each library module's AST alone, in preparsed-N.json ([source, AST]), found by the
// source's length: `import queue` read an 800 KB preparsed.js (5-9 ms of a benchmark's workload), of
// which it needs 90 KB. threading's too: it was a JS module (preparsed-threading.js) that every pool
// worker required, compiling 200 KB of JS through Node's loader (no code cache) and keeping its text.
const preparsedFiles = preparsedEntries.map(([source, json], i) => ({ name: `preparsed-${i}.json`, length: source.length, text: `[${JSON.stringify(source)},${json}]` }));
const preparsedIndex = {};
for (const f of preparsedFiles) (preparsedIndex[f.length] ??= []).push(f.name);
const plugins = [preparsedAll, lookahead, gast];

// The library modules' Python sources (interpreter/modules/pylib-sources.ts: 100 KB of string constants)
// stay out of the worker bundle, in pylib-NAME.py files next to it, read when first used (an import of
// that module): as constants they were in every worker's heap twice (the bundle's text and the strings
// its init made) and in its code cache. pylib.ts uses them only inside its import functions; the module
// becomes CommonJS with a getter per constant, which esbuild reads at each use.
const pylibSources = Object.entries(await import("../dist/interpreter/modules/pylib-sources.js"));
const lazyPylibSources = {
  name: "lazy-pylib-sources",
  setup(b) {
    // A namespace of its own: esbuild then reads the module's format from its syntax (CommonJS), not
    // from dist's package.json ("type": "module").
    b.onResolve({ filter: /[\\/]pylib-sources\.js$/ }, () => ({ path: "pylib-sources", namespace: "lazy-pylib-sources" }));
    b.onLoad({ filter: /.*/, namespace: "lazy-pylib-sources" }, () => ({
      loader: "js",
      contents: `
        for (const name of ${JSON.stringify(pylibSources.map(([name]) => name))}) {
          let text;
          const read = () => require("node:fs").readFileSync(require("node:path").join(__dirname, \`pylib-\${name}.py\`), "utf8");
          Object.defineProperty(exports, name, { enumerable: true, get: () => (text ??= read()) });
        }
      `,
    }));
  },
};

const GRAMMAR_INDEX = /[\\/]dist[\\/]grammar[\\/]index\.js$/;
const GRAMMAR_ERRORS = /[\\/]dist[\\/]grammar[\\/]errors\.js$/;

/** Imports of grammar/errors.js become require("./grammar-errors.js"): one PySyntaxError class. */
const sharedErrors = {
  name: "shared-errors",
  setup(b) {
    b.onResolve({ filter: /errors\.js$/ }, (args) => {
      const path = new URL(args.path, `file://${args.resolveDir}/`).pathname;
      return GRAMMAR_ERRORS.test(path) ? { path: "./grammar-errors.js", external: true } : undefined;
    });
  },
};

/**
 * The workers' grammar/index.js: the pre-parsed sources answer at once, anything else requires the
 * parser bundle on first use (synchronously: the interpreter parses inside a running Python thread).
 * PySyntaxError too (grammar-errors.js, which the parser bundle requires): until then no instance can
 * exist, and a class of no instance answers `instanceof` as it would. Requiring it at every worker's
 * boot went through Node's module loader (~0.5 ms), for pool workers that never use it.
 */
const lazyGrammar = {
  name: "lazy-grammar",
  setup(b) {
    b.onResolve({ filter: /^\.\/(parser|grammar-errors)\.js$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: GRAMMAR_INDEX }, () => ({
      resolveDir: new URL("../dist/grammar/", import.meta.url).pathname,
      loader: "js",
      contents: `
        export let PySyntaxError = class {};
        let grammar = null;
        const load = () => {
          if (grammar === null) {
            grammar = require("./parser.js");
            PySyntaxError = require("./grammar-errors.js").PySyntaxError;
          }
          return grammar;
        };
        const index = ${JSON.stringify(preparsedIndex)};
        export function parse(source, file) {
          for (const name of index[source.length] ?? []) {
            const [text, ast] = JSON.parse(require("node:fs").readFileSync(require("node:path").join(__dirname, name), "utf8"));
            if (text === source) return ast;
          }
          return load().parse(source, file);
        }
        export function isComplete(source) {
          return load().isComplete(source);
        }
      `,
    }));
  },
};

/**
 * The host's grammar/index.js: requires the parser bundle when first imported (cli/ and repl/ import it
 * dynamically, after MainThread's worker is started).
 */
const hostGrammar = {
  name: "host-grammar",
  setup(b) {
    b.onResolve({ filter: /^\.\/parser\.js$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: GRAMMAR_INDEX }, () => ({
      loader: "js",
      contents: `
        const grammar = require("./parser.js");
        let cached = false;
        export function parse(source, file) {
          try {
            return grammar.parse(source, file);
          } finally {
            // The parser has been built and has run: its code is worth caching (once, off the path).
            if (!cached) setImmediate(() => require("./load-cached.js").saveCaches());
            cached = true;
          }
        }
        export const isComplete = grammar.isComplete;
      `,
    }));
  },
};

/** node/worker.ts requires the code cache's loader (a file next to it in dist/bundle). */
const externalLoader = {
  name: "external-loader",
  setup(b) {
    b.onResolve({ filter: /^\.\/load-cached\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// worker.js and parser.js load the real bundles (*-bundle.js) through load-cached.js: V8's code cache.
const STUBS = {
  "worker.js":
    'const { join } = require("node:path");\n' +
    'const { workerData } = require("node:worker_threads");\n' +
    'require("./load-cached.js").load(join(__dirname, "worker-bundle.js"), workerData.role);\n',
  "parser.js": 'module.exports = require("./load-cached.js").load(require("node:path").join(__dirname, "parser-bundle.js"));\n',
  "package.json": '{ "type": "commonjs" }\n',
};
// A training run writes the caches: the host parses, MainThread runs, a pool worker runs a thread. What
// it runs is compiled from the cache in every later worker; the rest V8 compiles when first called (a
// thread's first print and sleep in a fresh worker took 5-10 ms when the training did neither).
const TRAINING = [
  "import threading, time",
  "lock = threading.Lock()",
  "done = {}",
  "def f(n):",
  "    with lock:",
  "        done[n] = [n * i for i in range(3)]",
  "    time.sleep(0.001)",
  '    print(f"thread {n}:", done[n], end="")',
  "t = threading.Thread(target=f, args=(2,))",
  "t.start()",
  "t.join()",
  'print(len(done), "done")',
  "",
].join("\n");

const nodeCommon = { bundle: true, platform: "node", target: "node20", outdir: "dist/bundle", logLevel: "warning", metafile: true };
const node = Promise.all([
  build({
    ...nodeCommon,
    entryPoints: { "pyt-bundle": "dist/cli/main.js" },
    format: "cjs",
    plugins: [hostGrammar, externalLoader],
    // runtime/node/platform.ts finds worker.js next to the bundle through import.meta.url.
    define: { "import.meta.url": "__bundleUrl" },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  }),
  build({ ...nodeCommon, entryPoints: { "worker-bundle": "dist/runtime/node/worker.js" }, format: "cjs", plugins: [lazyGrammar, sharedErrors, externalLoader, lazyPylibSources] }),
  build({ ...nodeCommon, entryPoints: { "parser-bundle": "dist/grammar/index.js" }, format: "cjs", plugins: [sharedErrors, lookahead, gast] }),
  // bin/pyt.js starts MainThread's worker with this before it loads the host's bundle (runtime/node/early.ts).
  build({ ...nodeCommon, entryPoints: { early: "dist/runtime/node/early.js" }, format: "cjs" }),
  build({ ...nodeCommon, entryPoints: { "grammar-errors": "dist/grammar/errors.js" }, format: "cjs" }),
]).then((results) => {
  // The bundles load-cached.js loads are stored wrapped as a module function (see its prewrap).
  const { prewrap } = createRequire(import.meta.url)("./load-cached.cjs");
  for (const name of ["pyt-bundle.js", "worker-bundle.js", "parser-bundle.js"]) {
    writeFileSync(`dist/bundle/${name}`, prewrap(readFileSync(`dist/bundle/${name}`, "utf8")));
  }
  for (const [name, text] of Object.entries(STUBS)) writeFileSync(`dist/bundle/${name}`, text);
  for (const f of preparsedFiles) writeFileSync(`dist/bundle/${f.name}`, f.text);
  for (const [name, text] of pylibSources) writeFileSync(`dist/bundle/pylib-${name}.py`, text);
  copyFileSync("tools/load-cached.cjs", "dist/bundle/load-cached.js");
  // Files of earlier builds (the old chunks/, stale caches) go, after the new ones are written.
  const outputs = results.flatMap((r) => Object.keys(r.metafile.outputs)).map((p) => p.slice("dist/bundle/".length));
  const fresh = new Set([...Object.keys(STUBS), "load-cached.js", ...outputs, ...preparsedFiles.map((f) => f.name), ...pylibSources.map(([name]) => `pylib-${name}.py`)]);
  for (const name of readdirSync("dist/bundle")) if (!fresh.has(name)) rmSync(`dist/bundle/${name}`, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ["bin/pyt.js", "-c", TRAINING], { env: { ...process.env, PYT_WRITE_CODE_CACHE: "1" }, encoding: "utf8" });
  // Without caches pyt only starts slower (the first run writes them): a warning, not a failed build.
  if (run.status !== 0) console.warn(`bundle: the code caches' training run failed (status ${run.status}):\n${run.stderr}`);
});

const web = build({
  entryPoints: { pyt: "dist/runtime/web/browser.js", worker: "dist/runtime/web/worker.js" },
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["chrome111", "firefox115", "safari16.4"],
  splitting: true,
  outdir: "dist/web",
  entryNames: "[name]",
  chunkNames: "[name]-[hash]",
  sourcemap: "linked",
  metafile: true,
  logLevel: "warning",
  plugins,
}).then(({ metafile }) => {
  // Chunks of earlier builds go, but only after the new files are written: a page or test running while
  // someone rebuilds never finds the bundle missing.
  const fresh = new Set(Object.keys(metafile.outputs).map((path) => path.slice("dist/web/".length)));
  for (const name of readdirSync("dist/web")) if (!fresh.has(name)) rmSync(`dist/web/${name}`, { force: true });
});

await Promise.all([node, web]);
