// The threading module, written in Python (as CPython's threading.py) on top of the native _thread
// module. Only MainThread parses it (this file imports the parser; index.ts loads it, thread workers
// never do): the first Thread.start() publishes the module into the shared heap, and thread workers
// get its classes and functions from there (code refs: they compile the module's AST, no parser).
// Its frames are hidden from tracebacks (the file name starts with "<frozen ", see traceback.ts), as
// CPython's threading.py frames are in the lessons' expected output.
import { parse } from "../../grammar/index.js";
import { compileModule } from "../compile/module.js";
import { Frame } from "../frame.js";
import { PyModule } from "../objects/module.js";
import { registerModule, builtinsDict } from "../registry.js";
import { rt } from "../state.js";
import "./_thread.js";
import { THREADING_FILE, THREADING_SOURCE } from "./threading-source.js";

export { THREADING_FILE, THREADING_SOURCE };

registerModule("threading", () => {
  rt.sources.set(THREADING_FILE, THREADING_SOURCE);
  const body = compileModule(parse(THREADING_SOURCE, THREADING_FILE), THREADING_FILE);
  const m = new PyModule("threading", undefined, THREADING_FILE);
  const g = m.globals;
  g.setStr("__builtins__", builtinsDict);
  g.setStr("__file__", THREADING_FILE);
  g.setStr("__doc__", null);
  rt.modules.set("threading", m);
  const depth = rt.depth;
  try {
    body(new Frame({ file: THREADING_FILE, name: "<module>" }, [], [], g, g));
  } finally {
    rt.depth = depth;
  }
  return m;
});
