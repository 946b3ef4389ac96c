#!/usr/bin/env node
// The `pyt` command: a thin launcher for the bundled CLI (tools/bundle.mjs; sources in cli/main.ts),
// loaded with its V8 code cache. CommonJS (bin/package.json): Node's ES module loader never starts.
const { join } = require("node:path");
require("../dist/bundle/load-cached.js").load(join(__dirname, "../dist/bundle/pyt-bundle.js"), "host");
