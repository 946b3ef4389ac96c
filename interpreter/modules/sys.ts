// The sys module: argv, exit (SystemExit), stdin (readline, read, iteration over host.readLine),
// stdout/stderr text streams whose write() goes through
// host.write (and returns the length written), the recursion limit, version strings claiming
// CPython 3.11 compatibility, platform, maxsize, modules (a dict view of the loaded modules).
import { PyStructSeq, structSeqType } from "../objects/struct-seq.js";
import { PyObject, PyValue, PyIterator, defineType, PyType, PyFloat } from "../objects/object.js";
import { hostReadLine } from "../builtins/io.js";
import { registerModule, nativeFunction } from "../registry.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import { typeError, valueError, makeExc, SystemExit, tn, toPyException, notImplementedError } from "../objects/exceptions.js";
import { arity, call } from "../protocol/call.js";
import { importModule } from "../compile/imports.js";
import { asInt, parseArgs } from "../objects/args.js";
import { getIntMaxStrDigits, setIntMaxStrDigits } from "../lib/int-ops.js";
import { rt } from "../state.js";
import { sharedHooks, sysStreamHooks } from "../shared/hooks.js";
import { getset } from "../objects/getset.js";
import { getattr } from "../protocol/attr.js";
import { toArray } from "../protocol/iter.js";
import { defaultExcepthook } from "./sys-excepthook.js";
import { addRuntimeInfo } from "./sys-runtime.js";

/** sys.stdout / sys.stderr: a text stream writing to a host stream. */
export class PyTextStream extends PyObject {
  constructor(readonly stream: 1 | 2, readonly name: string) { super(); }
}
export const textStreamType: PyType = defineType("TextIOWrapper", {
  proto: PyTextStream,
  module: "_io",
  slots: { repr: (s: PyTextStream) => `<_io.TextIOWrapper name='${s.name}' mode='w' encoding='utf-8'>` },
  methods: {
    write(s: PyTextStream, args) {
      arity("write", args, 1, 1);
      const t = args[0];
      if (typeof t !== "string") throw typeError(`write() argument must be str, not ${tn(t)}`);
      if (t.length) rt.host.write(s.stream, t);
      return t.length;
    },
    writelines(s: PyTextStream, args) {
      arity("writelines", args, 1, 1);
      for (const t of toArray(args[0])) {
        if (typeof t !== "string") throw typeError(`write() argument must be str, not ${tn(t)}`);
        if (t.length) rt.host.write(s.stream, t);
      }
      return null;
    },
    flush: () => null,
    isatty: () => false,
    writable: () => true,
    readable: () => false,
  },
  attrs: {
    name: getset("name", (s: PyTextStream) => s.name),
    encoding: getset("encoding", () => "utf-8"),
    mode: getset("mode", () => "w"),
  },
});
/**
 * sys.stdin: lines of host.readLine as they came (with "\n", or "\r\n", but for an unterminated last
 * line), "" at the end of input, KeyboardInterrupt when interrupted.
 */
export class PyStdin extends PyObject implements PyIterator {
  next(): PyValue | undefined {
    const line = readLine();
    return line === "" ? undefined : line;
  }
}
function readLine(): string {
  return hostReadLine("") ?? "";
}
function readAll(): string[] {
  const lines: string[] = [];
  for (let l = readLine(); l !== ""; l = readLine()) lines.push(l);
  return lines;
}
defineType("TextIOWrapper", {
  proto: PyStdin,
  module: "_io",
  slots: {
    repr: () => "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>",
    iter: (s: PyStdin) => s,
    next: (s: PyStdin) => s.next(),
  },
  methods: {
    readline: (_s, args) => { arity("readline", args, 0, 1); return readLine(); },
    readlines: (_s, args) => { arity("readlines", args, 0, 1); return new PyList(readAll()); },
    read: (_s, args) => { arity("read", args, 0, 1); return readAll().join(""); },
    isatty: () => false,
    readable: () => true,
    writable: () => false,
    flush: () => null,
  },
  attrs: {
    name: getset("name", () => "<stdin>"),
    encoding: getset("encoding", () => "utf-8"),
    mode: getset("mode", () => "r"),
  },
});
const stdin = new PyStdin();
const stdout = new PyTextStream(1, "<stdout>");
const stderr = new PyTextStream(2, "<stderr>");

/**
 * The name sys gives one of its original streams (`__stdout__`...), or null: such a stream travels to
 * another thread by that name (shared/codec.ts registryName), where it is that worker's own, which
 * writes to the same host stream.
 */
export function sysStreamName(o: PyValue): string | null {
  return o === stdout ? "__stdout__" : o === stderr ? "__stderr__" : o === stdin ? "__stdin__" : null;
}

/** The host stream behind a sys.stdout/sys.stderr object, or null for any other file object. */
export function streamOf(f: PyValue): 1 | 2 | null {
  return f instanceof PyTextStream ? f.stream : null;
}

function sysExit(args: PyValue[]): PyValue {
  arity("exit", args, 0, 1);
  throw args.length && args[0] !== null ? makeExc(SystemExit, args[0]) : makeExc(SystemExit);
}

const sysFlags = structSeqType("sys", "flags", ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
  "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
  "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"], [], false);
const versionInfo = structSeqType("sys", "version_info", ["major", "minor", "micro", "releaselevel", "serial"], [], false);
const intInfo = structSeqType("sys", "int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
const floatInfo = structSeqType("sys", "float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);

registerModule("sys", (ctx) => {
  const m = new PyModule("sys");
  // stdout, stderr and excepthook: one binding for every thread once threads run (shared/sys-streams.ts)
  m.attrHook = { get: (name) => sysStreamHooks.get?.(name), set: (name, v) => sysStreamHooks.set?.(name, v) };
  const d = m.globals;
  d.setStr("argv", new PyList(ctx.host.argv.slice()));
  d.setStr("exit", nativeFunction("exit", sysExit));
  d.setStr("excepthook", defaultExcepthook);
  d.setStr("__excepthook__", defaultExcepthook);
  d.setStr("stdin", stdin);
  d.setStr("__stdin__", stdin);
  d.setStr("stdout", stdout);
  d.setStr("stderr", stderr);
  d.setStr("__stdout__", stdout);
  d.setStr("__stderr__", stderr);
  // CPython 3.11's cap on decimal int <-> str conversion (lib/int-ops)
  d.setStr("get_int_max_str_digits", nativeFunction("get_int_max_str_digits", (args) => { arity("get_int_max_str_digits", args, 0, 0); return getIntMaxStrDigits(); }));
  d.setStr("set_int_max_str_digits", nativeFunction("set_int_max_str_digits", (args, kw) => {
    const [n] = parseArgs("set_int_max_str_digits", args, kw, ["maxdigits"], 1, 1);
    const v = asInt(n!);
    try { setIntMaxStrDigits(typeof v === "bigint" ? Number.MAX_SAFE_INTEGER : v); } catch (e) { throw toPyException(e); }
    return null;
  }));
  d.setStr("int_info", new PyStructSeq(intInfo, [30, 4, 4300, 640], []));
  d.setStr("getrecursionlimit", nativeFunction("getrecursionlimit", (args) => { arity("getrecursionlimit", args, 0, 0); return rt.recursionLimit; }));
  d.setStr("setrecursionlimit", nativeFunction("setrecursionlimit", (args) => {
    arity("setrecursionlimit", args, 1, 1);
    const n = asInt(args[0]);
    if (typeof n !== "number" || n < 1) throw valueError("recursion limit must be greater or equal than 1");
    rt.recursionLimit = n;
    return null;
  }));
  // the exception being handled (an except or finally block of this thread, or a function it calls)
  const handled = () => (rt.handling.length ? rt.handling[rt.handling.length - 1] : null);
  d.setStr("exc_info", nativeFunction("exc_info", (args) => {
    arity("exc_info", args, 0, 0);
    const e = handled();
    return new PyTuple(e === null ? [null, null, null] : [e.cls, e, getattr(e, "__traceback__")]);
  }));
  d.setStr("exception", nativeFunction("exception", (args) => { arity("exception", args, 0, 0); return handled(); }));
  // pyt calls no trace or profile function: setting one says so; none is ever set.
  for (const name of ["settrace", "setprofile"]) {
    d.setStr(name, nativeFunction(name, (args) => { arity(name, args, 1, 1); throw notImplementedError(`sys.${name}() is not supported by pyt`); }));
  }
  for (const name of ["gettrace", "getprofile"]) d.setStr(name, nativeFunction(name, (args) => { arity(name, args, 0, 0); return null; }));
  d.setStr("version", "3.11.0 (pyt, compatible with CPython 3.11)");
  d.setStr("version_info", new PyStructSeq(versionInfo, [3, 11, 0, "final", 0], []));
  // IEEE 754 binary64, as CPython's on every platform it runs on
  d.setStr("float_info", new PyStructSeq(floatInfo, [new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308),
    -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1], []));
  // CPython's names and defaults, but for what pyt does otherwise: it writes no bytecode, and its str
  // hashes are the same on every run (no hash randomization)
  // pyt takes no -W options: warnings' documented `if not sys.warnoptions:` idiom sees none
  d.setStr("warnoptions", new PyList([]));
  d.setStr("flags", new PyStructSeq(sysFlags, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0, false, -1], []));
  // a types.SimpleNamespace as CPython's, made on first use (PyModule.lazy): importing types at every
  // start would cost each program its parse. pyt writes no cached bytecode, so no cache_tag (PEP 421's None).
  m.lazy = (name) => {
    if (name !== "implementation") return undefined;
    const ns = importModule("types").globals.getStr("SimpleNamespace") as PyValue;
    const impl = call(ns, ["pyt", null, d.getStr("version_info")!, d.getStr("hexversion")!], ["name", "cache_tag", "version", "hexversion"]);
    d.setStr("implementation", impl);
    return impl;
  };
  // what CPython reports on the Linux machines pyt targets, so `if sys.platform == "win32"` branches behave alike
  d.setStr("platform", "linux");
  d.setStr("byteorder", "little");
  d.setStr("maxsize", 2n ** 63n - 1n);
  d.setStr("executable", "pyt");
  const mods = new PyDict();
  for (const [k, v] of rt.modules) mods.setStr(k, v);
  // In a thread's worker: the modules MainThread shared (__main__, threading, ...), loaded here or not.
  for (const [k, v] of sharedHooks.sharedModules?.() ?? []) if (!rt.modules.has(k)) mods.setStr(k, v);
  mods.setStr("sys", m);
  rt.modules.dict = mods;
  d.setStr("modules", mods);
  d.setStr("path", new PyList([]));
  addRuntimeInfo(d);
  return m;
});
