// What a REPL needs from the interpreter: one __main__ module whose globals live across inputs, each input
// run as CPython's 'single' mode (expression statements outside functions and classes echo the repr of a
// non-None result and set builtins._), tracebacks as CPython's REPL prints them (`File "<stdin>", line N`,
// no source line), help(), and Tab-completion candidates for names and attributes.
import { manglePrivateNames } from "./compile/mangle.js";
import { pyIdent } from "./modules/_thread.js";
import type { Host } from "./host.js";
import type * as ast from "../grammar/ast.js";
import { parse, PySyntaxError } from "../grammar/index.js";
import { analyze, ScopeError } from "./compile/scope.js";
import { Compiler } from "./compile/compiler.js";
import { Frame, NORMAL, type Exec } from "./frame.js";
import { PyModule } from "./objects/module.js";
import { PyException, PyBaseException, SystemExit, toPyException } from "./objects/exceptions.js";
import { PyBuiltinFunction } from "./objects/function.js";
import type { PyValue } from "./objects/object.js";
import { builtinsDict, registerBuiltin } from "./registry.js";
import { unwind } from "./compile/errors.js";
import { formatSyntaxError } from "./traceback.js";
import { functionHelp } from "./help-text.js";
import { PyTuple } from "./objects/tuple.js";
import { repr, str } from "./protocol/repr.js";
import { getattr } from "./protocol/attr.js";
import { call } from "./protocol/call.js";
import { rt } from "./state.js";
import { initMainGlobals } from "./main-module.js";
import { reportUncaught } from "./modules/sys-excepthook.js";
import { sharedHooks } from "./shared/hooks.js";
import { runThreadingAtexits } from "./at-exit.js";
import { runPendingSignals } from "./signals.js";

/** How one input ended: normally (an exception already printed counts), or by SystemExit with a status. */
export type InputResult = { kind: "ok"; error: boolean } | { kind: "exit"; status: number };

const KEYWORDS = [
  "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else",
  "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
  "pass", "raise", "return", "try", "while", "with", "yield",
];

export const HELP_TEXT = `pyt runs the Python 3.11 of threading lessons, every thread on its own worker.

Supported: int, float, str, bool, None, list, tuple, dict, set, range; functions, lambdas, closures,
generators (yield), classes with inheritance, exceptions (try/except/finally, raise), with, match,
comprehensions, f-strings; modules threading (Thread, Lock, RLock, Event, Condition, Semaphore, Barrier,
Timer), queue, concurrent.futures, logging, time, random, math, sys, collections, dataclasses.
Not supported: files, bytes, async/await, most of the rest of the standard library.

At the prompt: a line ending in ':' opens a block, a blank line ends it. Paste a whole program and it
runs statement by statement. Tab completes names and attributes; up/down recall history (~/.pyt_history).
Ctrl-C interrupts running code (KeyboardInterrupt in MainThread) or clears the line; exit(), quit() or
Ctrl-D leave, after the threads you started have finished.
help(x) shows what x is.
`;

const HELP_REPR = "Type help() for interactive help, or help(object) for help about object.";

/** The compiler for an interactive input: expression statements at module level display their value. */
class InteractiveCompiler extends Compiler {
  constructor(file: string, scopes: Map<unknown, import("./compile/scope.js").Scope>, mod: ast.Module, private readonly _display: (v: PyValue) => void) {
    super(file, scopes, scopes.get(mod)!, "", mod.input ?? 0);
  }
  override stmt(s: ast.Stmt): Exec {
    // Compound statements compile their bodies through this.stmt, so `for i in x: i` echoes as in
    // CPython; def and class bodies use nested() (a plain Compiler) and do not.
    if (s.kind !== "Expr") return super.stmt(s);
    const e = this.expr(s.value);
    const display = this._display;
    return (f) => {
      display(e(f));
      return NORMAL;
    };
  }
}

export class InteractiveSession {
  readonly globals;
  private readonly _help: PyBuiltinFunction;

  constructor(private readonly _host: Host) {
    rt.host = _host;
    rt.interrupt = _host.interruptFlag;
    rt.depth = 0;
    rt.handling = [];
    // A file name, so that sharing publishes __main__ to threads (shared/sharing.ts publishes modules that
    // have one); __file__ stays unset, as in CPython's REPL.
    const main = new PyModule("__main__", undefined, "<stdin>");
    this.globals = main.globals;
    initMainGlobals(this.globals, null);
    rt.modules.set("__main__", main);
    registerBuiltin("help", (args) => this._helpCall(args));
    this._help = builtinsDict.getStr("help") as PyBuiltinFunction;
  }

  /** `pyt -i file`: runs the script in __main__ (its globals stay for the prompt). */
  runScript(source: string, file: string, input = 0): InputResult {
    this.globals.setStr("__file__", file);
    return this._run(source, file, false, input);
  }

  /** The session ends (exit(), Ctrl-D): threading's exit handlers, as at a program's end. */
  finish(): void {
    runThreadingAtexits();
  }

  /**
   * One input typed or pasted at the prompt (a statement, or several from a paste). `input`: its number
   * in the session (runtime H.INPUT), which its code keeps (ast.Module.input, state.ts currentInput).
   */
  exec(source: string, input = 0): InputResult {
    return this._run(source, "<stdin>", true, input);
  }

  private _run(source: string, file: string, interactive: boolean, input: number): InputResult {
    const host = this._host;
    rt.handling = [];
    if (!interactive) rt.sources.set(file, source);
    let body: Exec;
    try {
      const mod = parse(source, file);
      if (input !== 0) mod.input = input;
      manglePrivateNames(mod);
      const scopes = analyze(mod);
      sharedHooks.moduleCompiled?.(mod, file);
      body = interactive
        ? new InteractiveCompiler(file, scopes, mod, (v) => this._display(v)).block(mod.body)
        : new Compiler(file, scopes, scopes.get(mod)!, "", input).block(mod.body);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        // (atEof is the file tokenizer's offset 0: not the REPL's)
        // (the compiler's errors show no source line: CPython's REPL has no file to read it from)
        host.write(2, formatSyntaxError({ ...(e as unknown as Parameters<typeof formatSyntaxError>[0]), atEof: false, text: e.compiled ? null : e.text }));
        return { kind: "ok", error: true };
      }
      if (e instanceof ScopeError) {
        host.write(2, formatSyntaxError({ type: "SyntaxError", msg: e.message, file, line: e.loc.line, col: e.loc.col, endLine: e.loc.endLine, endCol: e.loc.endCol, text: null }));
        return { kind: "ok", error: true };
      }
      internalError(host, e);
      return { kind: "ok", error: true };
    }
    // A signal's handler run at the prompt comes as an empty input with the signal pending: run from
    // the line reading, as CPython's, so no <module> frame in its traceback.
    if (Atomics.load(rt.interrupt, 0) !== 0) {
      rt.depth = 1;
      try {
        runPendingSignals();
      } catch (e) {
        return this._uncaught(toPyException(e).exc);
      } finally {
        rt.depth = 0;
      }
    }
    const g = this.globals;
    const frame = new Frame({ file, name: "<module>", input }, [], [], g, g);
    rt.depth = 1;
    rt.frame = frame; // where this input is, for deadlock reports (runtime currentLine)
    try {
      body(frame);
      return { kind: "ok", error: false };
    } catch (e) {
      let pe: PyException;
      try {
        pe = unwind(e, frame);
      } catch (internal) {
        internalError(host, internal);
        return { kind: "ok", error: true };
      }
      return this._uncaught(pe.exc);
    } finally {
      rt.depth = 0;
      rt.frame = null;
    }
  }

  /** Threads the runtime stopped (a deadlock at the prompt): threading no longer lists them. */
  forgetThreads(idents: number[]): void {
    const active = rt.modules.get("threading")?.globals.getStr("_active");
    if (active === undefined) return;
    try {
      const pop = getattr(active, "pop");
      for (const ident of idents) call(pop, [pyIdent(ident), null]);
    } catch {
      // threading's bookkeeping is best effort here; is_alive() and join() go by the runtime
    }
  }

  private _uncaught(exc: PyBaseException): InputResult {
    const host = this._host;
    if (exc.cls.isSubtype(SystemExit)) {
      const code = exc.args.length === 0 ? null : exc.args.length === 1 ? exc.args[0] : new PyTuple(exc.args);
      if (code === null) return { kind: "exit", status: 0 };
      if (typeof code === "number") return { kind: "exit", status: code };
      if (typeof code === "boolean") return { kind: "exit", status: +code };
      host.write(2, str(code) + "\n");
      return { kind: "exit", status: 1 };
    }
    reportUncaught(exc);
    return { kind: "ok", error: true };
  }

  /** sys.displayhook: echo repr of a non-None value, and keep it in builtins._ */
  private _display(v: PyValue): void {
    if (v === null) return;
    builtinsDict.setStr("_", null);
    let text: string;
    if (v === this._help) text = HELP_REPR;
    else text = repr(v);
    this._host.write(1, text + "\n");
    builtinsDict.setStr("_", v);
  }

  private _helpCall(args: PyValue[]): PyValue {
    if (args.length === 0) {
      this._host.write(1, HELP_TEXT);
      return null;
    }
    const o = args[0];
    const pydoc = functionHelp(o);
    if (pydoc !== null) {
      this._host.write(1, pydoc);
      return null;
    }
    let out = `Help on ${repr(o)}:\n\n`;
    let doc: PyValue = null;
    try {
      doc = getattr(o, "__doc__");
    } catch {
      doc = null;
    }
    out += typeof doc === "string" && doc ? doc.replace(/^/gm, "    ") + "\n" : "    (no documentation)\n";
    this._host.write(1, out);
    return null;
  }

  /**
   * Completion candidates for the text left of the cursor: names in scope (globals, builtins, keywords)
   * or, after `a.b.`, the attributes of that object (as rlcompleter: dir() of the evaluated dotted name).
   * Each candidate replaces the trailing word; callables get "(" appended, as CPython's completer does.
   */
  complete(text: string): string[] {
    const word = /[A-Za-z_][A-Za-z0-9_.]*$/.exec(text)?.[0] ?? "";
    if (word === "" || /\.\.|^\d/.test(word)) return [];
    try {
      const dot = word.lastIndexOf(".");
      if (dot >= 0) {
        const head = word.slice(0, dot);
        const prefix = word.slice(dot + 1);
        const base = head.split(".");
        let o = this._lookup(base[0]);
        if (o === undefined) return [];
        for (const part of base.slice(1)) o = getattr(o, part);
        const names = this._dir(o).filter((n) => n.startsWith(prefix) && (prefix.startsWith("_") || !n.startsWith("_")));
        return names.map((n) => `${head}.${n}${this._suffix(getattrSafe(o!, n))}`);
      }
      const whole = word;
      const seen = new Set<string>();
      const out: string[] = [];
      for (const k of KEYWORDS) if (k.startsWith(whole) && !seen.has(k)) { seen.add(k); out.push(k); }
      for (const d of [this.globals, builtinsDict]) {
        for (const k of d.keys()) {
          if (typeof k !== "string" || !k.startsWith(whole) || seen.has(k)) continue;
          if (k.startsWith("_") && !whole.startsWith("_")) continue;
          seen.add(k);
          out.push(k + this._suffix(d.getStr(k)));
        }
      }
      return out.sort();
    } catch {
      return [];
    }
  }

  private _lookup(name: string): PyValue | undefined {
    return this.globals.getStr(name) ?? builtinsDict.getStr(name);
  }

  private _dir(o: PyValue): string[] {
    const list = call(builtinsDict.getStr("dir")!, [o]);
    const it = call(builtinsDict.getStr("list")!, [list]);
    const out: string[] = [];
    const n = call(builtinsDict.getStr("len")!, [it]) as number;
    const getItem = getattr(it, "__getitem__");
    for (let i = 0; i < n; i++) {
      const v = call(getItem, [i]);
      if (typeof v === "string") out.push(v);
    }
    return out;
  }

  private _suffix(v: PyValue | undefined): string {
    if (v === undefined) return "";
    try {
      return call(builtinsDict.getStr("callable")!, [v]) === true ? "(" : "";
    } catch {
      return "";
    }
  }
}

function getattrSafe(o: PyValue, name: string): PyValue | undefined {
  try {
    return getattr(o, name);
  } catch {
    return undefined;
  }
}

function internalError(host: Host, e: unknown): void {
  const detail = e instanceof Error ? e.stack ?? e.message : String(e);
  host.write(2, `pyt: internal error (please report it with the program that caused it):\n${detail}\n`);
}
