// Differential conformance of the language (issue 2): test/conformance/<topic>/<case>.pyt against the
// output CPython 3.11 gave, through the real command (the harness: test/helpers/differential.ts).
import { join } from "node:path";
import { differentialSuite } from "./helpers/differential.js";
import { repoRoot } from "./helpers/run.js";

differentialSuite("conformance", join(repoRoot, "test", "conformance"));
