// Differential conformance of threading programs (issue 4: threading primitives, queue,
// concurrent.futures, logging): test/conformance-threads/<topic>/<case>.pyt against CPython 3.11's output,
// through the real command (the harness: test/helpers/differential.ts).
import { join } from "node:path";
import { differentialSuite } from "../helpers/differential.js";
import { repoRoot } from "../helpers/run.js";

differentialSuite("conformance-threads", join(repoRoot, "test", "conformance-threads"));
