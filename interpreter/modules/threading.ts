// The threading module, written in Python (as CPython's threading.py) on top of the native _thread
// module. Only MainThread parses it (this file imports the parser; index.ts loads it, thread workers
// never do): the first Thread.start() publishes the module into the shared heap, and thread workers
// get its classes and functions from there (code refs: they compile the module's AST, no parser).
// Its frames are hidden from tracebacks (the file name starts with "<frozen ", see traceback.ts), as
// CPython's threading.py frames are in the lessons' expected output.
import { parse, type Module } from "../../grammar/index.js";
import { compileModule } from "../compile/module.js";
import { Frame, type Exec } from "../frame.js";
import { indexAhead } from "../shared/codes.js";
import { PyModule } from "../objects/module.js";
import { registerModule, builtinsDict } from "../registry.js";
import { rt } from "../state.js";
import "./_thread.js";
import { THREADING_FILE, THREADING_SOURCE } from "./threading-source.js";

export { THREADING_FILE, THREADING_SOURCE };

/** threading parsed and compiled before its import (precompileSteps), taken by the import. */
let ahead: { ast: Module; body: Exec } | null = null;

/**
 * Steps that parse and compile threading before the program imports it, and index its functions for
 * the first start's code refs: MainThread runs them while it waits for the prewarmed pool (a program
 * that mentions threads), so the import only runs the module's body.
 */
export function precompileSteps(): (() => void)[] {
  return [
    () => {
      if (ahead !== null || rt.modules.has("threading")) return;
      const ast = parse(THREADING_SOURCE, THREADING_FILE);
      ahead = { ast, body: compileModule(ast, THREADING_FILE) };
    },
    () => {
      if (ahead !== null) indexAhead(ahead.ast);
    },
  ];
}

registerModule("threading", () => {
  rt.sources.set(THREADING_FILE, THREADING_SOURCE);
  const body = ahead?.body ?? compileModule(parse(THREADING_SOURCE, THREADING_FILE), THREADING_FILE);
  ahead = null;
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
