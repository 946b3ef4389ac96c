// Builtins that talk to the Host: print (one host.write per call, `end` included), input (via
// host.readLine, EOFError at end of input, KeyboardInterrupt when interrupted) and open, which pyt
// does not support (programs have no file system).
import { PyValue, typeOf } from "../objects/object.js";
import { registerBuiltin } from "../registry.js";
import { str } from "../protocol/repr.js";
import { call, callBound, noKwargs, arity } from "../protocol/call.js";
import { getattr } from "../protocol/attr.js";
import { truthy } from "../protocol/ops.js";
import { rt } from "../state.js";
import { resumeWait } from "../signals.js";
import { typeError, makeExc, EOFError, notImplementedError, tn, AttributeError, runtimeError, PyException } from "../objects/exceptions.js";
import { streamOf, sysStreamName } from "../modules/sys.js";
import { sysStreamHooks } from "../shared/hooks.js";

function optStr(name: string, v: PyValue | undefined, dflt: string): string {
  if (v === undefined || v === null) return dflt;
  if (typeof v !== "string") throw typeError(`${name} must be None or a string, not ${tn(v)}`);
  return v;
}

registerBuiltin("print", (args, kw) => {
  const nk = kw ? kw.length : 0;
  const np = args.length - nk;
  let sep = " ", end = "\n", file: PyValue | undefined, flush: PyValue = false;
  for (let j = 0; j < nk; j++) {
    const k = kw![j], v = args[np + j];
    if (k === "sep") sep = optStr("sep", v, " ");
    else if (k === "end") end = optStr("end", v, "\n");
    else if (k === "file") file = v;
    else if (k === "flush") flush = v;
    else throw typeError(`'${k}' is an invalid keyword argument for print()`);
  }
  // no file: sys.stdout, which a program may have replaced (sys is only looked at once imported)
  // (once threads run, the one binding all threads share: shared/sys-streams.ts)
  if (file === undefined || file === null) {
    // The original stream is the host's stdout, written to without making sys's object: a thread's first
    // print would make its worker's sys module, which allocates in the shared heap (a full one: MemoryError)
    if (sysStreamHooks.isOriginal?.("stdout") === true) file = undefined;
    else {
      file = sysStreamHooks.get?.("stdout");
      if (file === undefined) file = rt.modules.get("sys")?.globals.getStr("stdout");
      // sys.stdout = None: print() writes nothing, as CPython's
      if (file === null) return null;
    }
  }
  if (file === undefined) file = null; // sys never imported, or its original stream: the host's stdout
  const stream = file === null ? 1 : streamOf(file);
  if (stream !== null) {
    let text = "";
    for (let i = 0; i < np; i++) text += (i ? sep : "") + str(args[i]);
    rt.host.write(stream, text + end);
    return null;
  }
  const w = typeOf(file).lookup("write");
  if (w == null) throw makeExc(AttributeError, `'${tn(file)}' object has no attribute 'write'`);
  // another file object gets each piece in its own write, as CPython's print does
  for (let i = 0; i < np; i++) {
    if (i) callBound(w, file, [sep]);
    callBound(w, file, [str(args[i])]);
  }
  callBound(w, file, [end]);
  // (a stream of the host's is written at once; another file object is flushed as CPython's print does)
  if (flush !== false && truthy(flush)) call(getattr(file, "flush"), []);
  return null;
});

/**
 * A line of input from the host; null at the end of input. A signal whose handler returns does not end
 * the read (PEP 475): it goes on, the prompt not written again.
 */
export function hostReadLine(prompt: string): string | null {
  for (;;) {
    const line = rt.host.readLine(prompt);
    if (line !== null || !resumeWait()) return line;
    prompt = "";
  }
}

registerBuiltin("input", (args, kw) => {
  noKwargs("input", kw); arity("input", args, 0, 1);
  const prompt = args[0];
  const sys = rt.modules.get("sys");
  if (sys !== undefined) {
    const fin = sys.globals.getStr("stdin");
    const fout = sysStreamHooks.get?.("stdout") ?? sys.globals.getStr("stdout");
    if (fin === null || fout === null || (fin !== undefined && sysStreamName(fin) === null) ||
      (fout !== undefined && streamOf(fout) !== 1)) return inputFrom(fin ?? null, fout ?? null, prompt);
  }
  const line = hostReadLine(prompt === undefined ? "" : str(prompt));
  if (line === null) throw makeExc(EOFError, "EOF when reading a line");
  // only the "\n" goes: a "\r" of a "\r\n" line stays, as in CPython reading a pipe
  return line.endsWith("\n") ? line.slice(0, -1) : line;
});

/**
 * input() once sys.stdin or sys.stdout is replaced (a StringIO, redirect_stdout), as CPython's path for
 * streams that are not the console's: the prompt written to sys.stdout and flushed, then a line from
 * sys.stdin.readline().
 */
function inputFrom(fin: PyValue, fout: PyValue, prompt: PyValue | undefined): PyValue {
  if (fin === null) throw runtimeError("input(): lost sys.stdin");
  if (fout === null) throw runtimeError("input(): lost sys.stdout");
  if (prompt !== undefined) {
    const stream = streamOf(fout);
    if (stream !== null) rt.host.write(stream, str(prompt));
    else call(getattr(fout, "write"), [str(prompt)]);
  }
  try { call(getattr(fout, "flush"), []); } catch (e) { if (!(e instanceof PyException)) throw e; }
  let line: PyValue;
  if (sysStreamName(fin) === "__stdin__") {
    const l = hostReadLine("");
    if (l === null) throw makeExc(EOFError, "EOF when reading a line");
    line = l;
  } else {
    line = call(getattr(fin, "readline"), []);
    if (typeof line !== "string") throw typeError("object.readline() returned non-string");
    if (line === "") throw makeExc(EOFError, "EOF when reading a line");
  }
  return line.endsWith("\n") ? line.slice(0, -1) : line;
}

registerBuiltin("open", () => {
  throw notImplementedError("open() is not supported in pyt: programs cannot read or write files");
});
