// Bundles the compiled CLI and the Node worker entry into dist/bundle/ (run after `tsc -b`).
// Why: loading ~100 small ES modules (and chevrotain's lodash-es tree) in every worker dominated
// start-up; one bundle per entry with shared chunks loads several times faster, and code splitting
// keeps the parser in its own chunk, which only MainThread's worker imports.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry content hashes: clear old ones so they do not pile up.
rmSync("dist/bundle", { recursive: true, force: true });

await build({
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
});
