// Bundles the compiled code (run after `tsc -b`):
// - dist/bundle/: the CLI and the Node worker entry. Why: loading ~100 small ES modules (and chevrotain's
//   lodash-es tree) in every worker dominated start-up; one bundle per entry with shared chunks loads
//   several times faster, and code splitting keeps the parser in its own chunk, which only MainThread's
//   worker imports.
// - dist/web/: the browser bundle. pyt.js is the page side (runtime's API, the web platform, runSource;
//   no interpreter), worker.js the Web Worker entry; the interpreter and the parser are chunks the workers
//   load (the parser only in MainThread's). All files sit in one folder, so the platform's
//   `new URL("./worker.js", import.meta.url)` finds the worker from whichever file holds it.
import { readdirSync, rmSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { build } from "esbuild";

// The interpreter's own Python sources, parsed now (grammar/preparsed.ts): `import threading` no longer
// parses ~700 lines in MainThread's worker. An AST that JSON does not carry exactly is left out.
async function preparsedPlugin() {
  const { parse } = await import("../dist/grammar/index.js");
  const { THREADING_SOURCE } = await import("../dist/interpreter/modules/threading.js");
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
  const contents = `export const PREPARSED = new Map(${JSON.stringify(entries)});\n`;
  return {
    name: "preparsed",
    setup(b) {
      b.onLoad({ filter: /[\\/]dist[\\/]grammar[\\/]preparsed\.js$/ }, () => ({ contents, loader: "js" }));
    },
  };
}
const plugins = [await preparsedPlugin()];

const node = build({
  entryPoints: { pyt: "dist/cli/main.js", worker: "dist/runtime/node/worker.js" },
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  splitting: true,
  outdir: "dist/bundle",
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
  plugins,
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
