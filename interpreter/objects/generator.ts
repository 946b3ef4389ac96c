// PyGenerator: what calling a generator function returns, and what a generator expression evaluates to.
// A function's body runs as a JS generator (compile/generator-body.ts) in the generator's own frame:
// next/send resume it with it.next(v), throw with it.throw(exc), close throws GeneratorExit in. A generator
// expression is a little state machine over its for/if clauses instead (compile/functions.ts: `step`
// returns undefined when exhausted). As CPython's, a generator an exception leaves is finished.
import { PyObject, PyValue, PyIterator, PyType, defineType } from "./object.js";
import { objectId } from "../protocol/repr.js";
import { getset } from "./getset.js";
import {
  typeError, valueError, runtimeError, makeExc, isExc, stopIteration, PyException, PyBaseException, BaseException,
  StopIteration, RuntimeError, GeneratorExit, tn,
} from "./exceptions.js";
import { call } from "../protocol/call.js";
import type { Frame } from "../frame.js";
import { rt } from "../state.js";
import { unwind, recursionError } from "../compile/errors.js";

/** A generator function's body, started: yields Python values, returns a completion code (RETURN: f.ret). */
export type GenBody = Generator<PyValue, number, PyValue>;
const RETURN = 3; // frame.ts's (imported as a value it would tie this file to the compiler's)

export class PyGenerator extends PyObject implements PyIterator {
  private _done = false;
  private _started = false;
  running = false;
  /** What `return v` ended the body with, until a StopIteration carries it (takeReturn). */
  private _ret: PyValue = null;
  /** The exceptions being handled (rt.handling) inside the body while it is suspended in an except block. */
  private _handling: PyBaseException[] | null = null;
  constructor(readonly name: string, readonly qualname: string, private readonly _step: (() => PyValue | undefined) | null,
    readonly raiseInside: (pe: PyException, started: boolean) => PyException = (pe) => pe,
    private _frame: Frame | null = null, private _body: GenBody | null = null) { super(); }

  next(): PyValue | undefined {
    if (this._body !== null) return this.resume(null, null);
    if (this._done) return undefined;
    if (this.running) throw valueError("generator already executing");
    this._started = true;
    this.running = true;
    let v: PyValue | undefined;
    try {
      v = this._step!();
    } catch (e) {
      this._done = true;
      throw pep479(e);
    } finally {
      this.running = false;
    }
    if (v === undefined) this._done = true;
    return v;
  }
  get started(): boolean { return this._started; }
  get done(): boolean { return this._done; }
  get frame(): Frame | null { return this._frame; }

  /** The return value of a body that just ended (None once taken, or for a generator expression). */
  takeReturn(): PyValue {
    const r = this._ret;
    this._ret = null;
    return r;
  }

  /**
   * Runs a function body's generator to its next yield: with `sent` as the value of the yield it stopped
   * at, or with `exc` raised there. Undefined when the body ended (its return value: takeReturn).
   */
  resume(sent: PyValue, exc: PyException | null): PyValue | undefined {
    const body = this._body;
    if (body === null) { // a generator expression
      if (exc !== null) { const started = this._started; this._done = true; throw this.raiseInside(exc, started); }
      return this.next();
    }
    if (this._done) {
      if (exc !== null) throw exc;
      return undefined;
    }
    if (this.running) throw valueError("generator already executing");
    if (++rt.depth > rt.recursionLimit) { rt.depth--; throw recursionError(); }
    this.running = true;
    this._started = true;
    const gf = this._frame!;
    const caller = rt.frame;
    gf.back = caller;
    rt.frame = gf;
    // the body's own handled exceptions go back on the thread's stack while it runs
    const h = rt.handling, base = h.length, saved = this._handling;
    if (saved !== null) { for (const x of saved) h.push(x); this._handling = null; }
    let r: IteratorResult<PyValue, number>;
    try {
      r = exc !== null ? body.throw(exc) : body.next(sent);
    } catch (e) {
      this._finish();
      h.length = base;
      throw pep479(unwind(e, gf));
    } finally {
      this.running = false;
      rt.depth--;
      rt.frame = caller;
    }
    if (h.length > base) this._handling = h.splice(base);
    if (r.done) {
      this._ret = r.value === RETURN ? gf.ret : null;
      this._finish();
      return undefined;
    }
    return r.value;
  }

  private _finish(): void {
    this._done = true;
    this._body = null;
    this._frame = null;
    this._handling = null;
  }

  /** close(): GeneratorExit raised at the yield the body stopped at (so its finally blocks run). */
  close(): void {
    if (this._done) return;
    if (this._body === null || !this._started) { this._done = true; this._body = null; this._frame = null; return; }
    let v: PyValue | undefined;
    try {
      v = this.resume(null, makeExc(GeneratorExit));
    } catch (e) {
      if (isExc(e, GeneratorExit)) return;
      throw e;
    }
    if (v !== undefined) throw runtimeError("generator ignored GeneratorExit");
    this._ret = null;
  }
}

/** PEP 479: a StopIteration leaving a generator becomes a RuntimeError caused by it. */
function pep479(e: unknown): unknown {
  if (!isExc(e, StopIteration)) return e;
  const err = makeExc(RuntimeError, "generator raised StopIteration");
  err.exc.cause = e.exc;
  err.exc.context = e.exc;
  err.exc.suppressContext = true;
  return err;
}

/** The exception g.throw(exc) / g.throw(type[, value[, tb]]) raises inside the generator. */
function thrownException(args: PyValue[]): PyException {
  if (args.length < 1 || args.length > 3) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
  const [t, v] = args;
  let exc: PyValue;
  if (t instanceof PyType && t.isSubtype(BaseException)) {
    exc = v instanceof PyBaseException && v.cls.isSubtype(t) ? v : call(t, v === undefined || v === null ? [] : [v]);
  } else if (t instanceof PyBaseException) {
    if (v !== undefined && v !== null) throw typeError("instance exception may not have a separate value");
    exc = t;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${tn(t)}`);
  }
  return new PyException(exc as PyBaseException);
}

/** A StopIteration carrying the generator's return value (none when it returned None). */
export function genStop(g: PyGenerator): PyException {
  const r = g.takeReturn();
  return stopIteration(r === null ? undefined : r) as PyException;
}

export const generatorType = defineType("generator", {
  proto: PyGenerator,
  baseType: false,
  slots: {
    iter: (g: PyGenerator) => g,
    next: (g: PyGenerator) => g.next(),
    repr: (g: PyGenerator) => `<generator object ${g.qualname} at 0x${objectId(g).toString(16).padStart(12, "0")}>`,
  },
  methods: {
    close: (g: PyGenerator) => (g.close(), null),
    send: (g: PyGenerator, args: PyValue[]) => {
      if (args.length !== 1) throw typeError(`generator.send() takes exactly one argument (${args.length} given)`);
      if (!g.started && !g.done && args[0] !== null) throw typeError("can't send non-None value to a just-started generator");
      const v = g.resume(args[0], null);
      if (v === undefined) throw genStop(g);
      return v;
    },
    throw: (g: PyGenerator, args: PyValue[]) => {
      const v = g.resume(null, thrownException(args));
      if (v === undefined) throw genStop(g);
      return v;
    },
  },
  attrs: {
    __name__: getset("__name__", (g: PyGenerator) => g.name),
    __qualname__: getset("__qualname__", (g: PyGenerator) => g.qualname),
    gi_running: getset("gi_running", (g: PyGenerator) => g.running),
  },
});
