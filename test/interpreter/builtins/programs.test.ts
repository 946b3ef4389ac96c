// Programs exercising the builtin functions and the sys/time/math/random modules, with stdout,
// stderr and exit status produced by CPython 3.11 (types/gen-expected.py regenerates them).
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { programSuite } from "../types/program-suite.js";

programSuite("builtin functions and modules vs CPython 3.11", join(dirname(fileURLToPath(import.meta.url)), "programs"));
