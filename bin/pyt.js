#!/usr/bin/env -S -u NODE_EXTRA_CA_CERTS node
// The `pyt` command: a thin launcher for the bundled CLI (tools/bundle.mjs; sources in cli/main.ts),
// loaded with its V8 code cache. CommonJS (bin/package.json): Node's ES module loader never starts.
// The command line drops NODE_EXTRA_CA_CERTS: Node parses the certificates it names at every start
// (~40 ms where it is set, as in some sandboxes and corporate machines), and pyt opens no connections.
const { join } = require("node:path");
// MainThread's worker first: Node's ~25 ms boot of it overlaps the host's start (runtime/node/early.ts).
if (!process.argv.slice(2).some((a) => a === "-h" || a === "--help" || a === "--version")) {
  require("../dist/bundle/early.js").startEarlyMain(join(__dirname, "../dist/bundle/worker.js"));
}
require("../dist/bundle/load-cached.js").load(join(__dirname, "../dist/bundle/pyt-bundle.js"), "host");
