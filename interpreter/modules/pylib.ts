// The library modules written in Python: queue and _queue, concurrent.futures and its thread module,
// logging (issue 4), collections, traceback, dataclasses, typing, __future__, functools, copy, os (and
// os.path: posixpath), itertools, operator, heapq, bisect, string, contextlib, datetime, io, abc, enum, json, atexit,
// types, statistics, pprint, numbers, re (over the native _pyt_re: re-native.ts), textwrap, _strptime, warnings,
// multiprocessing with its pool and dummy submodules (threads only), signal (over the native _signal: signal.ts).
// As threading, only MainThread parses them (index.ts loads this file; thread workers
// never do): a thread reaches them through the shared sys.modules (a module imported after sharing started is added to it here),
// and their functions travel as code refs. Their frames are hidden from tracebacks ("<frozen ...>").
// Sources: interpreter/modules/py/*.py, embedded by py/gen.mjs into pylib-sources.ts.
import { parse } from "../../grammar/index.js";
import type { Module } from "../../grammar/ast.js";
import { compileModule } from "../compile/module.js";
import { importModule } from "../compile/imports.js";
import { Frame, type Exec } from "../frame.js";
import { PyModule, libraryLazyHooks } from "../objects/module.js";
import type { PyValue } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { registerModule, builtinsDict } from "../registry.js";
import { call } from "../protocol/call.js";
import { rt } from "../state.js";
import { S, decode } from "../shared/codec.js";
import { indexAhead, setLibraryParser } from "../shared/codes.js";
import {
  QUEUE_SOURCE, QUEUE_C_SOURCE, FUTURES_SOURCE, FUTURES_THREAD_SOURCE, LOGGING_SOURCE, LOGGING_HANDLERS_SOURCE, COLLECTIONS_SOURCE, TRACEBACK_SOURCE,
  DATACLASSES_SOURCE, TYPING_SOURCE, FUTURE_SOURCE, FUNCTOOLS_SOURCE, COPY_SOURCE, OS_SOURCE, POSIXPATH_SOURCE,
  ITERTOOLS_SOURCE, OPERATOR_SOURCE, HEAPQ_SOURCE, BISECT_SOURCE, STRING_SOURCE, CONTEXTLIB_SOURCE, DATETIME_SOURCE,
  IO_SOURCE, ABC_SOURCE, ENUM_SOURCE, JSON_SOURCE, COLLECTIONS_ABC_SOURCE, COLLECTIONS_USER_SOURCE, ATEXIT_SOURCE, TYPES_SOURCE, STATISTICS_SOURCE, PPRINT_SOURCE, NUMBERS_SOURCE,
  RE_SOURCE, TEXTWRAP_SOURCE, STRPTIME_SOURCE, WARNINGS_SOURCE, SIGNAL_SOURCE, BUILTIN_DOCS_JSON,
  MULTIPROCESSING_SOURCE, MP_POOL_SOURCE, MP_DUMMY_SOURCE,
} from "./pylib-sources.js";
import "./threading.js";
import "./_pytsupport.js";
import { hooks } from "../objects/object.js";

// CPython's docstrings of the native builtins, read on the first __doc__ (or help()) that needs one.
let builtinDocs: Record<string, string> | undefined;
hooks.builtinDoc = (key) => (builtinDocs ??= JSON.parse(BUILTIN_DOCS_JSON) as Record<string, string>)[key] ?? null;

const EMPTY_MODULE: Module = { kind: "Module", body: [] };

// A module blob of these carries no AST: a worker that decodes one parses its source (codes.ts).
setLibraryParser(parse);

/** Once threads run, a module imported later goes into the shared sys.modules, where threads find it. */
export function shareModule(name: string, m: PyModule): void {
  if (!S.active || S.runtime === 0) return;
  const h = S.heap;
  let mods: PyDict;
  h.enter();
  try {
    mods = decode(h.recordGet(S.runtime, 0)) as PyDict;
  } finally {
    h.leave();
  }
  mods.setStr(name, m);
}

/** Library modules compiled before their import (precompileLibrarySteps), by file, taken by the import. */
const ahead = new Map<string, Exec>();

/**
 * Steps that compile library modules before the program imports them, with those they import (found
 * in their ASTs as each is compiled): MainThread runs them while the host parses the program and while
 * it waits for the pool (as threading's), so `import queue` only runs the module's body.
 */
export function precompileLibrarySteps(names: readonly string[]): (() => void)[] {
  const steps: (() => void)[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    const lib = LIBRARIES[name];
    if (lib === undefined || seen.has(name)) return;
    seen.add(name);
    let ast: Module | null = null;
    steps.push(
      () => {
        const [file, source] = lib;
        if (ahead.has(file) || rt.modules.has(name)) return;
        ast = parse(source(), file);
        ahead.set(file, compileModule(ast, file));
        for (const imported of topLevelImports(ast)) add(imported);
      },
      // Its functions numbered for the first start's code refs, as threading's (codes.ts indexAhead).
      () => void (ast !== null && indexAhead(ast)),
    );
  };
  for (const name of names) add(name);
  return steps;
}

function runSource(name: string, file: string, source: string, m: PyModule = new PyModule(name, undefined, file)): PyModule {
  rt.sources.set(file, source);
  // An empty body (the `concurrent` package) is not among the build-time ASTs: parsing it would load the
  // whole parser into this worker (~40 ms of `import concurrent.futures`).
  const body = ahead.get(file) ?? compileModule(source === "" ? EMPTY_MODULE : parse(source, file), file);
  ahead.delete(file);
  const g = m.globals;
  g.setStr("__builtins__", builtinsDict);
  g.setStr("__file__", file);
  g.setStr("__doc__", null);
  rt.modules.set(name, m);
  const depth = rt.depth;
  try {
    body(new Frame({ file, name: "<module>" }, [], [], g, g));
  } catch (e) {
    rt.modules.delete(name);
    throw e;
  } finally {
    rt.depth = depth;
  }
  shareModule(name, m);
  return m;
}

/** The modules written in Python that are one file each: name -> its file and source (read on first use). */
const LIBRARIES: Record<string, [file: string, source: () => string]> = {
  queue: ["<frozen queue>", () => QUEUE_SOURCE],
  _queue: ["<frozen _queue>", () => QUEUE_C_SOURCE],
  logging: ["<frozen logging>", () => LOGGING_SOURCE],
  collections: ["<frozen collections>", () => COLLECTIONS_SOURCE],
  traceback: ["<frozen traceback>", () => TRACEBACK_SOURCE],
  dataclasses: ["<frozen dataclasses>", () => DATACLASSES_SOURCE],
  typing: ["<frozen typing>", () => TYPING_SOURCE],
  __future__: ["<frozen __future__>", () => FUTURE_SOURCE],
  functools: ["<frozen functools>", () => FUNCTOOLS_SOURCE],
  copy: ["<frozen copy>", () => COPY_SOURCE],
  os: ["<frozen os>", () => OS_SOURCE],
  posixpath: ["<frozen posixpath>", () => POSIXPATH_SOURCE],
  itertools: ["<frozen itertools>", () => ITERTOOLS_SOURCE],
  operator: ["<frozen operator>", () => OPERATOR_SOURCE],
  heapq: ["<frozen heapq>", () => HEAPQ_SOURCE],
  bisect: ["<frozen bisect>", () => BISECT_SOURCE],
  string: ["<frozen string>", () => STRING_SOURCE],
  contextlib: ["<frozen contextlib>", () => CONTEXTLIB_SOURCE],
  datetime: ["<frozen datetime>", () => DATETIME_SOURCE],
  io: ["<frozen io>", () => IO_SOURCE],
  abc: ["<frozen abc>", () => ABC_SOURCE],
  enum: ["<frozen enum>", () => ENUM_SOURCE],
  json: ["<frozen json>", () => JSON_SOURCE],
  atexit: ["<frozen atexit>", () => ATEXIT_SOURCE],
  types: ["<frozen types>", () => TYPES_SOURCE],
  statistics: ["<frozen statistics>", () => STATISTICS_SOURCE],
  pprint: ["<frozen pprint>", () => PPRINT_SOURCE],
  numbers: ["<frozen numbers>", () => NUMBERS_SOURCE],
  re: ["<frozen re>", () => RE_SOURCE],
  textwrap: ["<frozen textwrap>", () => TEXTWRAP_SOURCE],
  _strptime: ["<frozen _strptime>", () => STRPTIME_SOURCE],
  warnings: ["<frozen warnings>", () => WARNINGS_SOURCE],
  signal: ["<frozen signal>", () => SIGNAL_SOURCE],
  "collections.abc": ["<frozen collections.abc>", () => COLLECTIONS_ABC_SOURCE],
  _collections_user: ["<frozen collections>", () => COLLECTIONS_USER_SOURCE],
  "logging.handlers": ["<frozen logging.handlers>", () => LOGGING_HANDLERS_SOURCE],
  "concurrent.futures.thread": ["<frozen concurrent.futures.thread>", () => FUTURES_THREAD_SOURCE],
  "concurrent.futures": ["<frozen concurrent.futures>", () => FUTURES_SOURCE],
  multiprocessing: ["<frozen multiprocessing>", () => MULTIPROCESSING_SOURCE],
  "multiprocessing.pool": ["<frozen multiprocessing.pool>", () => MP_POOL_SOURCE],
  "multiprocessing.dummy": ["<frozen multiprocessing.dummy>", () => MP_DUMMY_SOURCE],
};
/** Submodules that registerSubmodule registers (their package first), not the loop below. */
const SUBMODULES = new Set(["collections.abc", "logging.handlers", "multiprocessing.pool", "multiprocessing.dummy"]);
for (const [name, [file, source]] of Object.entries(LIBRARIES)) {
  if (name !== "concurrent.futures" && name !== "collections" && !SUBMODULES.has(name)) registerModule(name, () => runSource(name, file, source()));
}

/** The modules a module's top-level import statements name (absolute ones): what compiling it ahead follows. */
export function topLevelImports(mod: Module): string[] {
  const names: string[] = [];
  for (const st of mod.body) {
    if (st.kind === "Import") for (const a of st.names) names.push(a.name);
    else if (st.kind === "ImportFrom" && st.module !== null && st.level === 0) names.push(st.module);
  }
  return names;
}

/** A library module's file and source (a pool worker compiles those a program imports: shared/prewarm.ts). */
export function librarySource(name: string): { file: string; source: string } | undefined {
  const lib = LIBRARIES[name];
  return lib && { file: lib[0], source: lib[1]() };
}

registerModule("os.path", () => {
  importModule("os");
  const m = importModule("posixpath");
  shareModule("os.path", m);
  return m;
});
// collections.abc is an attribute of collections once imported, as CPython's submodule; and since
// CPython's start-up (site) has always imported it, `import collections` alone finds collections.abc
// too: here on first use, as the module is 25 KB of Python.
// UserDict, UserList and UserString too (their module imports collections.abc)
const USER_CLASSES = new Set(["UserDict", "UserList", "UserString"]);
registerModule("collections", () => {
  const [file, source] = LIBRARIES.collections;
  const m = runSource("collections", file, source());
  m.lazy = collectionsLazy;
  return m;
});
function collectionsLazy(name: string): PyValue | undefined {
  return name === "abc" ? importModule("collections.abc")
    : USER_CLASSES.has(name) ? importModule("_collections_user").globals.getStr(name) : undefined;
}
libraryLazyHooks.set("collections", collectionsLazy);
/** A library submodule (collections.abc, logging.handlers): its package first, then an attribute of it once imported, as CPython's. */
function registerSubmodule(name: string): void {
  const dot = name.lastIndexOf(".");
  registerModule(name, () => {
    const pkg = importModule(name.slice(0, dot));
    const [file, source] = LIBRARIES[name];
    const m = runSource(name, file, source());
    pkg.globals.setStr(name.slice(dot + 1), m);
    return m;
  });
}
registerSubmodule("collections.abc");
registerSubmodule("logging.handlers");
registerSubmodule("multiprocessing.pool");
registerSubmodule("multiprocessing.dummy");
registerModule("concurrent", () => runSource("concurrent", "<frozen concurrent>", ""));
// concurrent.futures.thread holds only the pool threads' loop (futures_thread.py); futures.py imports it
// and adds ThreadPoolExecutor and BrokenThreadPool to it, as CPython's module has them.
registerModule("concurrent.futures", () => {
  const pkg = importModule("concurrent");
  const [file, source] = LIBRARIES["concurrent.futures"];
  const m = runSource("concurrent.futures", file, source());
  pkg.globals.setStr("futures", m);
  m.globals.setStr("thread", importModule("concurrent.futures.thread"));
  return m;
});
// CPython's concurrent.futures._base holds Future, Executor, wait, the errors... (an IDE's auto-import
// writes `from concurrent.futures._base import Future`); pyt's are concurrent.futures's own, so this
// module hands out the same objects, all but the thread pool's.
registerModule("concurrent.futures._base", () => {
  const pkg = importModule("concurrent.futures");
  const m = new PyModule("concurrent.futures._base", undefined, "<frozen concurrent.futures._base>");
  const pool = new Set(["ThreadPoolExecutor", "BrokenThreadPool", "thread", "_base"]);
  for (const [k, v] of pkg.globals.entries()) {
    if (typeof k === "string" && !pool.has(k) && !(k.startsWith("__") && k !== "__doc__")) m.globals.setStr(k, v);
  }
  m.globals.setStr("__name__", "concurrent.futures._base");
  // (futures.py imports logging only when a callback fails: a program's import of _base may load it)
  const getLogger = importModule("logging").globals.getStr("getLogger") as PyValue;
  m.globals.setStr("LOGGER", call(getLogger, ["concurrent.futures"]));
  pkg.globals.setStr("_base", m);
  return m;
});
