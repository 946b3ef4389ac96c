#!/usr/bin/env node
// The `pyt` command: a thin launcher for the bundled CLI (tools/bundle.mjs; sources in cli/main.ts).
import "../dist/bundle/pyt.mjs";
