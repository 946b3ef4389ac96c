// PyGenerator: the iterator a generator expression evaluates to. The AST has no `yield`, so the only
// generators are generator expressions; compile/functions.ts drives them lazily as a little state
// machine over their nested for/if clauses (`step` returns undefined when exhausted). As CPython's, a
// generator an exception leaves is finished, and send()/throw() act on it as on any generator.
import { PyObject, PyValue, PyIterator, PyType, defineType, hooks } from "./object.js";
import { objectId } from "../protocol/repr.js";
import { getset } from "./getset.js";
import { typeError, valueError, makeExc, isExc, PyException, PyBaseException, BaseException, StopIteration, RuntimeError } from "./exceptions.js";
import { call } from "../protocol/call.js";

export class PyGenerator extends PyObject implements PyIterator {
  private _done = false;
  private _started = false;
  running = false;
  constructor(readonly qualname: string, private readonly _step: () => PyValue | undefined,
    readonly raiseInside: (pe: PyException, started: boolean) => PyException = (pe) => pe) { super(); }
  next(): PyValue | undefined {
    if (this._done) return undefined;
    if (this.running) throw valueError("generator already executing");
    this._started = true;
    this.running = true;
    let v: PyValue | undefined;
    try {
      v = this._step();
    } catch (e) {
      this._done = true;
      // PEP 479: a StopIteration leaving a generator becomes a RuntimeError caused by it
      if (isExc(e, StopIteration)) {
        const err = makeExc(RuntimeError, "generator raised StopIteration");
        err.exc.cause = e.exc;
        err.exc.context = e.exc;
        err.exc.suppressContext = true;
        throw err;
      }
      throw e;
    } finally {
      this.running = false;
    }
    if (v === undefined) this._done = true;
    return v;
  }
  get started(): boolean { return this._started; }
  close(): void { this._done = true; }
}

/** g.throw(exc) / g.throw(type[, value]): the exception comes out of the generator, which is then done
 *  (a generator expression has no try to catch it). */
function genThrow(g: PyGenerator, args: PyValue[]): PyValue {
  if (args.length < 1 || args.length > 3) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
  const [t, v] = args;
  let exc: PyValue;
  if (t instanceof PyType && t.isSubtype(BaseException)) {
    exc = v instanceof PyBaseException && v.cls.isSubtype(t) ? v : call(t, v === undefined || v === null ? [] : [v]);
  } else if (t instanceof PyBaseException) {
    if (v !== undefined && v !== null) throw typeError("instance exception may not have a separate value");
    exc = t;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${(t as PyObject)?.cls?.name ?? typeof t}`);
  }
  const started = g.started;
  g.close();
  throw g.raiseInside(new PyException(exc as PyBaseException), started);
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
      if (!g.started && args[0] !== null) throw typeError("can't send non-None value to a just-started generator");
      const v = g.next();
      if (v === undefined) throw hooks.stopIteration();
      return v;
    },
    throw: (g: PyGenerator, args: PyValue[]) => genThrow(g, args),
  },
  attrs: {
    __name__: getset("__name__", () => "<genexpr>"),
    __qualname__: getset("__qualname__", (g: PyGenerator) => g.qualname),
    gi_running: getset("gi_running", (g: PyGenerator) => g.running),
  },
});

