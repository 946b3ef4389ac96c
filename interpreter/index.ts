// The interpreter's public surface: run a module as __main__ on a Host.
import type { Host } from "./host.js";
import "./install.js";
import "./builtins/index.js";
import "./modules/threading.js";
import "./modules/pylib.js";
import { runThreadEntry } from "./shared/index.js";
import { announceModule } from "./shared/codes.js";
import { parse, PySyntaxError, type Module } from "../grammar/index.js";
import { syntaxWarnings } from "./compile/syntax-warnings.js";
import { compileModule, ScopeError } from "./compile/module.js";
import { Frame } from "./frame.js";
import { PyModule } from "./objects/module.js";
import { PyException, PyBaseException, SystemExit, KeyboardInterrupt } from "./objects/exceptions.js";
import { builtinsDict } from "./registry.js";
import { unwind } from "./compile/errors.js";
import { formatSyntaxError } from "./traceback.js";
import { str } from "./protocol/repr.js";
import { PyTuple } from "./objects/tuple.js";
import { rt } from "./state.js";
import { initMainGlobals } from "./main-module.js";
import { reportUncaught } from "./modules/sys-excepthook.js";
import { runThreadingAtexits } from "./at-exit.js";
export type { Host, ThreadHost } from "./host.js";

export class Interpreter {
  constructor(private readonly _host: Host) {}

  /**
   * Runs `source` as the module __main__ of file `file` (the path as given on the command line, used in
   * tracebacks). Uncaught exceptions are printed to stderr as CPython does. Returns the exit status:
   * 0, 1 after an uncaught exception, or SystemExit's code.
   */
  runMain(source: string, file: string, parsed?: Module): number {
    const host = this._host;
    rt.host = host;
    rt.interrupt = host.interruptFlag;
    rt.depth = 0;
    rt.handling = [];
    rt.sources.set(file, source);
    let body;
    let mod: Module;
    try {
      mod = parsed ?? parse(source, file);
      body = compileModule(mod, file);
      const warnings = syntaxWarnings(mod, file);
      if (warnings) host.write(2, warnings);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        // (-c code is placed by characters: CPython's string tokenizer has no source encoding)
        // (the compiler's errors show no line where there is no file to read it from, as CPython's)
        const text = e.compiled && file.startsWith("<") ? null : e.text;
        host.write(2, formatSyntaxError({ ...(e as unknown as Parameters<typeof formatSyntaxError>[0]), text }, !e.charOffsets && file !== "<string>"));
        return 1;
      }
      if (e instanceof ScopeError) {
        const text = file.startsWith("<") ? null : sourceLineText(source, e.loc.line);
        host.write(2, formatSyntaxError({ type: "SyntaxError", msg: e.message, file, line: e.loc.line, col: e.loc.col, endLine: e.loc.endLine, endCol: e.loc.endCol, text }, true));
        return 1;
      }
      return internalError(host, e);
    }
    announceModule(file, mod);
    const main = new PyModule("__main__", undefined, file);
    const g = main.globals;
    initMainGlobals(g, file === "<string>" || file === "<stdin>" ? null : file);
    rt.modules.set("__main__", main);
    const frame = new Frame({ file, name: "<module>" }, [], [], g, g);
    rt.depth = 1;
    rt.frame = frame;
    try {
      let status = 0;
      try {
        body(frame);
      } catch (e) {
        let pe: PyException;
        try { pe = unwind(e, frame); } catch (internal) { return internalError(host, internal); }
        status = this._uncaught(pe.exc);
      }
      runThreadingAtexits();
      return status;
    } finally {
      rt.depth = 0;
      rt.frame = null;
    }
  }

  /** A thread worker runs the entry record the runtime handed it (runtime/thread-runner.ts uses the
   *  parser-free thread-entry.ts instead; this is the same call). */
  runThread(entry: number): void {
    runThreadEntry(this._host, entry);
  }

  private _uncaught(exc: PyBaseException): number {
    const host = this._host;
    if (exc.cls.isSubtype(SystemExit)) {
      // (SystemExit("a", "b")'s code is the tuple of its arguments, printed as any other non-int)
      const code = exc.args.length === 0 ? null : exc.args.length === 1 ? exc.args[0] : new PyTuple(exc.args);
      if (code === null) return 0;
      if (typeof code === "number") return code;
      if (typeof code === "boolean") return +code;
      host.write(2, str(code) + "\n");
      return 1;
    }
    reportUncaught(exc);
    if (!exc.cls.isSubtype(KeyboardInterrupt)) return 1;
    host.endsBySignal?.(2);
    return 130;
  }
}

function internalError(host: Host, e: unknown): number {
  const detail = e instanceof Error ? e.stack ?? e.message : String(e);
  host.write(2, `pyt: internal error (please report it with the program that caused it):\n${detail}\n`);
  return 1;
}

/** Line `n` of `source` as the tokenizer keeps it (with its newline), for a SyntaxError's text. */
function sourceLineText(source: string, n: number): string | null {
  const lines = source.split("\n");
  const l = lines[n - 1];
  return l === undefined ? null : n < lines.length ? l + "\n" : l;
}
