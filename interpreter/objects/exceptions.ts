// Exceptions: the Python-side PyBaseException (args, traceback entries, cause/context), the JS-side
// PyException that carries one through `throw`, the builtin exception hierarchy as Python classes, and
// raise helpers with CPython's wording: `throw typeError("...")`.

import { PyObject, PyType, PyValue, defineType, typeOf } from "./object.js";
import type { Loc } from "../../grammar/ast.js";
import { repr, str } from "../protocol/repr.js";
import { getset } from "./getset.js";

/** One traceback line: a frame the exception unwound through. */
export interface TbEntry {
  file: string;
  name: string;
  line: number;
  /** The expression being executed (CPython's instruction positions), or null for no carets. */
  loc: Loc | null;
  /**
   * The entry's source and caret lines, rendered beforehand: an exception shared with another thread
   * carries them instead of its AST node (traceback.ts entrySource).
   */
  text?: string;
}

export class PyBaseException extends PyObject {
  /** Entries appended while unwinding, innermost first (traceback.ts prints them reversed). */
  traceback: TbEntry[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /** Node that raised in the frame currently unwinding; consumed when the frame is left. */
  loc: Loc | null = null;
  /** What "Did you mean" needs (suggest.ts): set when the interpreter raises NameError/AttributeError. */
  suggest: { kind: "name"; name: string; varnames: string[]; globals: { keys(): PyValue[] } } | { kind: "attr"; name: string; obj: PyValue } | null = null;
  /** ImportError's name and path (its keyword arguments, or what the import machinery set). */
  imp?: { name: PyValue; path: PyValue };
  /** OSError's errno, strerror, filename and filename2 (from 2 to 5 arguments), made by its __init__. */
  os?: { errno: PyValue; strerror: PyValue; filename: PyValue; filename2: PyValue };
  constructor(cls: PyType, public args: PyValue[]) {
    super();
    this.cls = cls;
  }
}

/**
 * The JS error that carries a Python exception through JS frames. It is an Error by prototype
 * (`instanceof Error` holds) but never runs Error's constructor: capturing a JS stack is costly and
 * useless here, as Python tracebacks are built while unwinding. Throwing one costs about as much as
 * throwing a plain object, which matters for programs that use exceptions for control flow.
 */
export interface PyException extends Error {}
export class PyException {
  constructor(readonly exc: PyBaseException) {}
  get message(): string {
    return `${this.exc.cls.name}: ${excStr(this.exc)}`;
  }
  get name(): string {
    return "PyException";
  }
}
Object.setPrototypeOf(PyException.prototype, Error.prototype);

/** str(exc) as CPython's BaseException.__str__ (KeyError quotes its key). */
export function excStr(e: PyBaseException): string {
  const a = e.args;
  if (a.length === 0) return "";
  if (a.length === 1) return e.cls.isSubtype(KeyError) ? repr(a[0]) : str(a[0]);
  return repr(tupleOf(a));
}
// Set by objects/tuple.ts to avoid an import cycle (excStr needs a tuple to repr args).
export const excHooks = {
  tuple: null as unknown as (items: PyValue[]) => PyValue,
  /** The items of an iterable (for `e.args = ...`). */
  items: null as unknown as (v: PyValue) => PyValue[],
  /** Appends a note to the __notes__ list of an exception's __dict__, making it if missing. */
  addNote: null as unknown as (dict: any, note: string) => void,
};
function tupleOf(items: PyValue[]): PyValue {
  return excHooks.tuple(items);
}

function excNew(cls: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  const e = new PyBaseException(cls, kwnames ? args.slice(0, args.length - kwnames.length) : args.slice());
  if (cls.isHeap) e.dict = newDictHook.make();
  return e;
}
export const newDictHook = { make: null as unknown as () => any };

function excInit(self: PyBaseException, args: PyValue[], kwnames: string[] | null): void {
  if (kwnames && kwnames.length && !self.cls.isHeap) {
    throw typeError(`${self.cls.name}() takes no keyword arguments`);
  }
  self.args = kwnames ? args.slice(0, args.length - kwnames.length) : args.slice();
}

function excRepr(e: PyBaseException): string {
  const a = e.args;
  if (a.length === 1) return `${e.cls.name}(${repr(a[0])})`;
  const r = repr(tupleOf(a));
  return e.cls.name + (a.length === 0 ? "()" : r);
}

const asExc = (v: PyValue, what: string): PyBaseException | null => {
  if (v === null) return null;
  if (v instanceof PyBaseException) return v;
  throw typeError(`exception ${what} must be None or derive from BaseException`);
};
/** e.__traceback__: a stand-in for CPython's traceback object (None before the exception is raised):
 *  it has no frame, but tb_lineno and tb_next, which lessons print ("error on line N"). `idx` counts
 *  from the innermost entry, so a stub stays right as the exception unwinds further (entries are added
 *  at the outer end). */
class PyTracebackStub extends PyObject {
  constructor(readonly exc: PyBaseException, readonly idx: number) { super(); }
}
/** The entries a traceback stub stands for, outermost first (traceback.format_tb), or null. */
export function tracebackEntries(tb: PyValue): TbEntry[] | null {
  if (!(tb instanceof PyTracebackStub)) return null;
  return tb.exc.traceback.slice(0, tb.idx + 1).reverse();
}
const tbStubs = new WeakMap<PyBaseException, PyTracebackStub[]>();
function tbStub(e: PyBaseException, idx: number): PyTracebackStub {
  let stubs = tbStubs.get(e);
  if (!stubs) tbStubs.set(e, (stubs = []));
  return (stubs[idx] ??= new PyTracebackStub(e, idx));
}
export const tracebackType = defineType("traceback", {
  proto: PyTracebackStub,
  attrs: {
    tb_lineno: getset("tb_lineno", (t: PyTracebackStub) => t.exc.traceback[t.idx]?.line ?? null),
    tb_next: getset("tb_next", (t: PyTracebackStub) => (t.idx > 0 ? tbStub(t.exc, t.idx - 1) : null)),
  },
});

export const BaseException = defineType("BaseException", {
  slots: { new: excNew, init: excInit, repr: excRepr, str: excStr },
  attrs: {
    args: getset("args", (e: PyBaseException) => tupleOf(e.args), (e: PyBaseException, v) => { e.args = excHooks.items(v); }),
    __cause__: getset("__cause__", (e: PyBaseException) => e.cause, (e: PyBaseException, v) => { e.cause = asExc(v, "cause"); e.suppressContext = true; }),
    __context__: getset("__context__", (e: PyBaseException) => e.context, (e: PyBaseException, v) => { e.context = asExc(v, "context"); }),
    __suppress_context__: getset("__suppress_context__", (e: PyBaseException) => e.suppressContext, (e: PyBaseException, v) => { e.suppressContext = v === true; }),
    // the stand-in carries no entries: only None (dropping them) can be set meaningfully
    __traceback__: getset("__traceback__", (e: PyBaseException) => (e.traceback.length ? tbStub(e, e.traceback.length - 1) : null), (e: PyBaseException, v) => {
      if (v === null) e.traceback = [];
      // its own earlier traceback (contextlib's __exit__ puts it back after throwing it into a generator)
      else if (v instanceof PyTracebackStub && v.exc === e && v.idx < e.traceback.length) e.traceback.length = v.idx + 1;
    }),
  },
  methods: {
    with_traceback: (e: PyBaseException, args: PyValue[]) => {
      if (args[0] === null) e.traceback = [];
      return e;
    },
    // 3.11's notes: a list in the instance's __dict__ that tracebacks print after the message
    add_note: (e: PyBaseException, args: PyValue[]) => {
      if (args.length !== 1) throw typeError(`BaseException.add_note() takes exactly one argument (${args.length} given)`);
      if (typeof args[0] !== "string") throw typeError(`note must be a str, not '${tn(args[0])}'`);
      e.dict ??= newDictHook.make();
      excHooks.addNote(e.dict, args[0]);
      return null;
    },
  },
});

const E = (name: string, base: PyType) => defineType(name, { base });
export const GeneratorExit = E("GeneratorExit", BaseException);
export const KeyboardInterrupt = E("KeyboardInterrupt", BaseException);
export const SystemExit = defineType("SystemExit", {
  base: BaseException,
  attrs: { code: getset("code", (e: PyBaseException) => (e.args.length === 0 ? null : e.args.length === 1 ? e.args[0] : tupleOf(e.args))) },
});
export const Exception = E("Exception", BaseException);
export const ArithmeticError = E("ArithmeticError", Exception);
export const FloatingPointError = E("FloatingPointError", ArithmeticError);
export const OverflowError = E("OverflowError", ArithmeticError);
export const ZeroDivisionError = E("ZeroDivisionError", ArithmeticError);
export const AssertionError = E("AssertionError", Exception);
// .name (and AttributeError's .obj): what the interpreter's own NameError/AttributeError was about, else None
export const AttributeError = defineType("AttributeError", {
  base: Exception,
  attrs: {
    name: getset("name", (e: PyBaseException) => (e.suggest?.kind === "attr" ? e.suggest.name : null)),
    obj: getset("obj", (e: PyBaseException) => (e.suggest?.kind === "attr" ? e.suggest.obj : null)),
  },
});
export const BufferError = E("BufferError", Exception);
export const EOFError = E("EOFError", Exception);
const impInfo = (e: PyBaseException) => (e.imp ??= { name: null, path: null });
export const ImportError = defineType("ImportError", {
  base: Exception,
  slots: {
    // CPython's ImportError_init: keywords name= and path= only
    init: (self: PyBaseException, args: PyValue[], kwnames: string[] | null) => {
      const nk = kwnames ? kwnames.length : 0;
      self.args = args.slice(0, args.length - nk);
      for (let i = 0; i < nk; i++) {
        const k = kwnames![i];
        if (k !== "name" && k !== "path") throw typeError(`'${k}' is an invalid keyword argument for ${self.cls.name}()`);
        impInfo(self)[k] = args[args.length - nk + i];
      }
    },
    str: (e: PyBaseException) => (e.args.length === 1 && typeof e.args[0] === "string" ? e.args[0] : excStr(e)),
  },
  attrs: {
    name: getset("name", (e: PyBaseException) => e.imp?.name ?? null, (e: PyBaseException, v) => { impInfo(e).name = v; }),
    path: getset("path", (e: PyBaseException) => e.imp?.path ?? null, (e: PyBaseException, v) => { impInfo(e).path = v; }),
    msg: getset("msg", (e: PyBaseException) => (e.args.length === 1 ? e.args[0] : null)),
  },
});
export const ModuleNotFoundError = E("ModuleNotFoundError", ImportError);
export const LookupError = E("LookupError", Exception);
export const IndexError = E("IndexError", LookupError);
export const KeyError = E("KeyError", LookupError);
export const MemoryError = E("MemoryError", Exception);
export const NameError = defineType("NameError", {
  base: Exception,
  attrs: { name: getset("name", (e: PyBaseException) => (e.suggest?.kind === "name" ? e.suggest.name : null)) },
});
export const UnboundLocalError = E("UnboundLocalError", NameError);
// CPython's errnomap: OSError(errno, msg) makes the subclass for that errno (Linux numbers)
const ERRNO_TYPES: Record<number, string> = {
  1: "PermissionError", 2: "FileNotFoundError", 3: "ProcessLookupError", 4: "InterruptedError",
  10: "ChildProcessError", 11: "BlockingIOError", 13: "PermissionError", 17: "FileExistsError",
  20: "NotADirectoryError", 21: "IsADirectoryError", 32: "BrokenPipeError", 103: "ConnectionAbortedError",
  104: "ConnectionResetError", 108: "BrokenPipeError", 110: "TimeoutError", 111: "ConnectionRefusedError",
  114: "BlockingIOError", 115: "BlockingIOError",
};
const osField = (k: "errno" | "strerror" | "filename" | "filename2") =>
  getset(k, (e: PyBaseException) => e.os?.[k] ?? null, (e: PyBaseException, v) => {
    (e.os ??= { errno: null, strerror: null, filename: null, filename2: null })[k] = v;
  });
export const OSError: PyType = defineType("OSError", {
  base: Exception,
  slots: {
    new: (cls: PyType, args: PyValue[], kwnames: string[] | null) => {
      const n = args.length - (kwnames ? kwnames.length : 0);
      const sub = cls === OSError && n >= 2 && n <= 5 && typeof args[0] === "number" ? ERRNO_TYPES[args[0]] : undefined;
      return excNew(sub ? excTypeByName(sub) : cls, args, kwnames);
    },
    init: (self: PyBaseException, args: PyValue[], kwnames: string[] | null) => {
      excInit(self, args, kwnames);
      const a = self.args;
      if (a.length < 2 || a.length > 5) return;
      const filename = a.length > 2 ? a[2] : null;
      self.os = { errno: a[0], strerror: a[1], filename, filename2: filename !== null && a.length > 4 ? a[4] : null };
      if (filename !== null) self.args = a.slice(0, 2);
    },
    str: (e: PyBaseException) => {
      const o = e.os;
      if (o === undefined) return excStr(e);
      if (o.filename !== null) {
        const tail = o.filename2 !== null ? ` -> ${repr(o.filename2)}` : "";
        return `[Errno ${str(o.errno)}] ${str(o.strerror)}: ${repr(o.filename)}${tail}`;
      }
      return `[Errno ${str(o.errno)}] ${str(o.strerror)}`;
    },
  },
  attrs: { errno: osField("errno"), strerror: osField("strerror"), filename: osField("filename"), filename2: osField("filename2") },
});
export const ReferenceError = E("ReferenceError", Exception);
export const RuntimeError = E("RuntimeError", Exception);
export const NotImplementedError = E("NotImplementedError", RuntimeError);
export const RecursionError = E("RecursionError", RuntimeError);
export const StopAsyncIteration = E("StopAsyncIteration", Exception);
export const StopIteration = defineType("StopIteration", {
  base: Exception,
  attrs: { value: getset("value", (e: PyBaseException) => (e.args.length ? e.args[0] : null)) },
});
export const SyntaxError = E("SyntaxError", Exception);
export const IndentationError = E("IndentationError", SyntaxError);
export const TabError = E("TabError", IndentationError);
export const SystemError = E("SystemError", Exception);
export const TypeError = E("TypeError", Exception);
export const ValueError = E("ValueError", Exception);
export const UnicodeError = E("UnicodeError", ValueError);
export const Warning = E("Warning", Exception);
export const TimeoutError = E("TimeoutError", OSError);

const more: PyType[] = [];
for (const [n, b] of [
  ["BlockingIOError", OSError], ["ChildProcessError", OSError], ["ConnectionError", OSError],
  ["FileExistsError", OSError], ["FileNotFoundError", OSError], ["InterruptedError", OSError],
  ["IsADirectoryError", OSError], ["NotADirectoryError", OSError], ["PermissionError", OSError],
  ["ProcessLookupError", OSError], ["UnicodeDecodeError", UnicodeError], ["UnicodeEncodeError", UnicodeError],
  ["UnicodeTranslateError", UnicodeError], ["BytesWarning", Warning], ["DeprecationWarning", Warning],
  ["EncodingWarning", Warning], ["FutureWarning", Warning], ["ImportWarning", Warning],
  ["PendingDeprecationWarning", Warning], ["ResourceWarning", Warning], ["RuntimeWarning", Warning],
  ["SyntaxWarning", Warning], ["UnicodeWarning", Warning], ["UserWarning", Warning],
] as [string, PyType][]) more.push(E(n, b));
const connErr = more[2];
for (const n of ["BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError"]) {
  more.push(E(n, connErr));
}

/** Every builtin exception class, for the builtins registry. */
export const allExceptionTypes: PyType[] = [
  BaseException, GeneratorExit, KeyboardInterrupt, SystemExit, Exception, ArithmeticError, FloatingPointError,
  OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
  ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
  ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopAsyncIteration, StopIteration,
  SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, Warning,
  TimeoutError, ...more,
];

/** A PyException of builtin class `cls` with the given args. */
export function makeExc(cls: PyType, ...args: PyValue[]): PyException {
  return new PyException(new PyBaseException(cls, args));
}
export const typeError = (msg: string) => makeExc(TypeError, msg);
export const valueError = (msg: string) => makeExc(ValueError, msg);
export const indexError = (msg: string) => makeExc(IndexError, msg);
export const keyError = (key: PyValue) => makeExc(KeyError, key);
export const attributeError = (msg: string) => makeExc(AttributeError, msg);
export const nameError = (name: string) => makeExc(NameError, `name '${name}' is not defined`);
export const unboundLocalError = (name: string) =>
  makeExc(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
export const zeroDivisionError = (msg: string) => makeExc(ZeroDivisionError, msg);
export const overflowError = (msg: string) => makeExc(OverflowError, msg);
export const runtimeError = (msg: string) => makeExc(RuntimeError, msg);
export const recursionError = () => makeExc(RecursionError, "maximum recursion depth exceeded");
export const notImplementedError = (msg: string) => makeExc(NotImplementedError, msg);
export const stopIteration = (value?: PyValue) =>
  value === undefined ? makeExc(StopIteration) : makeExc(StopIteration, value);
export const assertionError = (...args: PyValue[]) => makeExc(AssertionError, ...args);
export const importError = (msg: string, name: string | null = null) => {
  const err = makeExc(ImportError, msg);
  if (name !== null) err.exc.imp = { name, path: null };
  return err;
};
export const moduleNotFoundError = (name: string, msg = `No module named '${name}'`) => {
  const err = makeExc(ModuleNotFoundError, msg);
  err.exc.imp = { name, path: null };
  return err;
};

/** `'int' object is not callable` style messages name the type of a value. */
export function tn(v: PyValue): string {
  return typeOf(v).tpName;
}

/** Is `e` a Python exception of class `cls` (or a subclass)? */
export function isExc(e: unknown, cls: PyType): e is PyException {
  return e instanceof PyException && e.exc.cls.isSubtype(cls);
}

import { LibError } from "../lib/lib-error.js";

/** The builtin exception class with this name (for LibError conversion). */
export function excTypeByName(name: string): PyType {
  return allExceptionTypes.find((t) => t.name === name) ?? RuntimeError;
}

/**
 * Any JS error caught while running Python code, as a PyException: LibError becomes its Python type,
 * a JS stack overflow becomes RecursionError. Other errors are interpreter bugs and are rethrown.
 */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof LibError) {
    const args = (e.pyArgs as PyValue[] | undefined) ?? [e.message];
    return makeExc(excTypeByName(e.pyType), ...args);
  }
  // JS stack overflow. (Near the stack limit even a regex can overflow, so the message is only
  // compared, with no call: a string or array past V8's longest is CPython's MemoryError.)
  if (e instanceof RangeError) {
    const m = e.message;
    if (m === "Invalid string length" || m === "Invalid array length") return makeExc(MemoryError);
    return recursionError();
  }
  // The shared heap is full (published objects are never freed: docs/threads.md). Every heap operation
  // takes its locks in try/finally, so the structures stay usable and the thread can catch it.
  if (e instanceof Error && e.name === "SharedHeapExhausted") return makeExc(MemoryError, e.message);
  throw e;
}
