#!/usr/bin/env node
// The `pyt` command: a thin launcher for the compiled CLI (see cli/main.ts).
import "../dist/cli/main.js";
