// Programs exercising the builtin types (list, tuple, dict, set, range, str, int/float/bool) whose
// stdout, stderr and exit status were produced by CPython 3.11 (gen-expected.py regenerates them).
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { programSuite } from "./program-suite.js";

programSuite("builtin types vs CPython 3.11", join(dirname(fileURLToPath(import.meta.url)), "programs"));
