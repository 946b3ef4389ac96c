// Code: the compiled form of a def/lambda/comprehension body (a PyFunction's `code`). invoke() binds
// (args, kwnames) to the parameter slots with CPython's error messages into a frame (reused: see
// enter), counts the Python call depth, checks for interrupts, runs the body and records the traceback
// entry on unwind.
import type { PyValue } from "../objects/object.js";
import { PyFunction, FunctionCode, type CodeInfo } from "../objects/function.js";
import { PyCell } from "../objects/cell.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import { typeError, recursionError } from "../objects/exceptions.js";
import { Frame, FrameInfo, Exec } from "../frame.js";
import { unwind } from "./errors.js";
import { rt } from "../state.js";
import { checkInterrupt, checkInterruptInLibrary } from "./interrupt.js";

export class Code implements FunctionCode, FrameInfo {
  /** Set once the body is compiled (lazily, so a def's body compiles on first call). */
  body: Exec | null = null;
  /** Parameters: posonly + args (positional), then kwonly; vararg/kwarg slots or -1. */
  argcount = 0;
  posonlyCount = 0;
  kwonlyNames: string[] = [];
  paramNames: string[] = [];
  varargSlot = -1;
  kwargSlot = -1;
  nlocals = 0;
  /** Sessions: the input this code was typed at (FrameInfo.input). */
  input = 0;
  localNames: readonly string[] = [];
  cellNames: readonly string[] = [];
  paramCount = 0;
  /** For each own cell: the local slot of the parameter it starts from, or -1. */
  cellParamSlots: number[] = [];
  ncells = 0;
  /** Simple signature: positional params only (defaults apply only when fewer are passed). */
  simple = false;
  /** argcount when simple, else -1: a positional call with this many arguments binds them as they are. */
  fastArity = -1;
  qualname: string;
  /** What __code__ shows beyond the fields above (functions.ts makeCode). */
  info: CodeInfo | null = null;
  /** False for frozen modules' code (threading): rt.frame keeps pointing at the user's frame. */
  readonly visible: boolean;
  /** Frames given back by runFrame (see enter). */
  private readonly _free: Frame[] = [];
  private _nfree = 0;

  constructor(readonly name: string, readonly file: string, private readonly _compileBody: () => Exec) {
    this.qualname = name;
    this.visible = !file.startsWith("<frozen ");
  }

  invoke(fn: PyFunction, args: PyValue[], kwnames: string[] | null): PyValue {
    const f = this.enter();
    const locals = f.locals;
    if (kwnames === null && args.length === this.fastArity) {
      for (let i = 0; i < args.length; i++) locals[i] = args[i];
    } else this.bind(fn, args, kwnames, locals);
    return this.runFrame(fn, f);
  }

  /**
   * A fresh locals array, exactly nlocals long so stores never grow it; the caller fills the parameter
   * slots, the others read as unbound (undefined). Every function frame's array is made so (or by
   * bind, also holey), which keeps the body's `f.locals[i]` accesses monomorphic.
   */
  newLocals(): (PyValue | undefined)[] {
    return new Array(this.nlocals);
  }

  /**
   * A frame for a positional call from a compiled call site, its locals all unbound: the caller
   * stores the arguments and passes it to runFrame. Frames (with their locals arrays) are reused:
   * a call that returns normally gives its frame back, cleared, so a call allocates nothing. Nothing
   * keeps a frame past its call (a traceback entry copies file, name and line; closures hold cells,
   * not frames), and a frame left by an exception is simply not reused.
   */
  enter(): Frame {
    if (this._nfree !== 0) return this._free[--this._nfree];
    return new Frame(this, this.newLocals(), EMPTY_CELLS, NO_GLOBALS, null);
  }

  /**
   * A frame for a positional call passing `n` arguments, which the caller stores in locals[0..n): from
   * enter() when the signature is simple and takes exactly n, with the missing parameters set from fn's
   * defaults when it takes more; null when the call must bind in general (other signatures, or a
   * missing parameter without a default, which bind reports).
   */
  enterFor(fn: PyFunction, n: number): Frame | null {
    if (this.fastArity === n) return this.enter();
    return this.fastArity > n ? this._enterShort(fn, n) : null;
  }

  /** enterFor when the simple signature takes more than n: defaults evaluated at def time, as CPython's. */
  private _enterShort(fn: PyFunction, n: number): Frame | null {
    const defs = fn.defaults;
    const first = this.argcount - defs.length;
    if (n < first) return null;
    const f = this.enter();
    const locals = f.locals;
    for (let i = n; i < this.argcount; i++) locals[i] = defs[i - first];
    return f;
  }

  /**
   * Runs the body in a frame from enter() (cells, depth limit, interrupt, traceback entry) and gives
   * the frame back when the body returns. One function, so that a Python call is one JS call here.
   */
  runFrame(fn: PyFunction, f: Frame): PyValue {
    f.globals = fn.globals;
    f.line = 0;
    if (this.ncells !== 0) {
      const cells: PyCell[] = [];
      const cps = this.cellParamSlots;
      const locals = f.locals;
      for (let i = 0; i < cps.length; i++) cells.push(new PyCell(cps[i] >= 0 ? locals[cps[i]] : undefined));
      const cl = fn.closure;
      if (cl !== null) for (let i = 0; i < cl.length; i++) cells.push(cl[i]);
      f.cells = cells;
    }
    const body = this.body ?? (this.body = this._compileBody());
    if (++rt.depth > rt.recursionLimit) {
      rt.depth--;
      throw recursionError();
    }
    if (rt.interrupt[0] !== 0) { // a plain read: see compile/interrupt.ts
      rt.depth--;
      if (this.visible) checkInterrupt();
      else checkInterruptInLibrary();
      rt.depth++;
    }
    const caller = rt.frame;
    f.back = caller;
    if (this.visible) rt.frame = f;
    let ret: PyValue;
    try {
      body(f);
      ret = f.ret;
    } catch (e) {
      throw unwind(e, f);
    } finally {
      rt.depth--;
      rt.frame = caller;
    }
    const locals = f.locals;
    for (let i = 0; i < locals.length; i++) locals[i] = undefined;
    f.cells = EMPTY_CELLS;
    f.ret = null;
    this._free[this._nfree++] = f;
    return ret;
  }

  /** Binds (args, kwnames) into `locals`, a cleared frame's (all unbound). */
  private bind(fn: PyFunction, args: PyValue[], kwnames: string[] | null, locals: (PyValue | undefined)[]): void {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const nargs = args.length - nkw;
    const npos = this.argcount;
    const n = Math.min(nargs, npos);
    for (let i = 0; i < n; i++) locals[i] = args[i];
    if (this.varargSlot >= 0) locals[this.varargSlot] = new PyTuple(nargs > npos ? args.slice(npos, nargs) : []);
    else if (nargs > npos) throw this.tooMany(fn, nargs, args, kwnames);
    let kwdict: PyDict | null = null;
    if (this.kwargSlot >= 0) locals[this.kwargSlot] = kwdict = new PyDict();
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const v = args[nargs + k];
      let idx = this.paramNames.indexOf(name);
      if (idx >= 0 && idx < this.posonlyCount) idx = kwdict ? -1 : -2;
      if (idx >= 0) {
        if (locals[idx] !== undefined) throw typeError(`${fn.qualname}() got multiple values for argument '${name}'`);
        locals[idx] = v;
      } else if (kwdict) kwdict.setStr(name, v);
      else if (idx === -2) {
        throw typeError(`${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${name}'`);
      } else throw typeError(`${fn.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (nargs < npos) {
      const defs = fn.defaults;
      const firstDef = npos - defs.length;
      const missing: string[] = [];
      for (let i = nargs; i < npos; i++) {
        if (locals[i] !== undefined) continue;
        if (i >= firstDef) locals[i] = defs[i - firstDef];
        else missing.push(this.paramNames[i]);
      }
      if (missing.length) throw missingArgs(fn, missing, "positional");
    }
    if (this.kwonlyNames.length) {
      const missing: string[] = [];
      for (let i = 0; i < this.kwonlyNames.length; i++) {
        const slot = npos + i;
        if (locals[slot] !== undefined) continue;
        const d = fn.kwdefaults?.get(this.kwonlyNames[i]);
        if (d !== undefined) locals[slot] = d;
        else missing.push(this.kwonlyNames[i]);
      }
      if (missing.length) throw missingArgs(fn, missing, "keyword-only");
    }
  }

  private tooMany(fn: PyFunction, nargs: number, args: PyValue[], kwnames: string[] | null) {
    const npos = this.argcount;
    const ndef = fn.defaults.length;
    const takes = ndef ? `from ${npos - ndef} to ${npos}` : `${npos}`;
    let kwGiven = 0;
    if (kwnames) for (const k of kwnames) if (this.kwonlyNames.includes(k)) kwGiven++;
    const plural = ndef === 0 && npos === 1 ? "" : "s";
    const given = kwGiven
      ? `${nargs} positional argument${nargs === 1 ? "" : "s"} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? "" : "s"}) were given`
      : `${nargs} ${nargs === 1 ? "was" : "were"} given`;
    void args;
    return typeError(`${fn.qualname}() takes ${takes} positional argument${plural} but ${given}`);
  }
}

const EMPTY_CELLS: PyCell[] = [];
/** A pooled frame's globals until its next call sets them. */
const NO_GLOBALS = new PyDict();

function missingArgs(fn: PyFunction, names: string[], kind: string) {
  const q = names.map((n) => `'${n}'`);
  let list: string;
  if (q.length === 1) list = q[0];
  else if (q.length === 2) list = `${q[0]} and ${q[1]}`;
  else list = q.slice(0, -1).join(", ") + `, and ${q[q.length - 1]}`;
  const s = names.length === 1 ? "" : "s";
  return typeError(`${fn.qualname}() missing ${names.length} required ${kind} argument${s}: ${list}`);
}
