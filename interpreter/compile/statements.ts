// Statements → closures returning a completion code (NORMAL/BREAK/CONTINUE/RETURN), so control flow
// needs no exceptions. Loops check the interrupt word at back-edges. try/except/finally, with, raise
// (cause/context chaining) and import live here too.
import * as ast from "../../grammar/ast.js";
import type { Compiler } from "./compiler.js";
import { Frame, Exec, Ev, NORMAL, BREAK, CONTINUE, RETURN } from "../frame.js";
import { PyValue, PyType, PyObject } from "../objects/object.js";
import { PyRange, isSmallRange } from "../objects/range.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict, dictType } from "../objects/dict.js";
import { PyModule } from "../objects/module.js";
import { getattr, getattrOpt } from "../protocol/attr.js";
import {
  PyException, PyBaseException, BaseException, toPyException, typeError, runtimeError, makeExc,
  AssertionError, tn, importError,
} from "../objects/exceptions.js";
import { truthy, inplaceOp, binaryOp } from "../protocol/ops.js";
import { iterate } from "../protocol/iter.js";
import { call, callBound } from "../protocol/call.js";
import { cachedGetattr, cachedSetattr } from "./attr-cache.js";
import { getitem, setitem } from "../protocol/items.js";
import { at, materialize, RERAISED } from "./errors.js";
import { compileFunctionDef, compileClassDef } from "./functions.js";
import { importValue, importFrom } from "./imports.js";
import { futureAnnotations, annotationText } from "./annotations.js";
import { rt } from "../state.js";
import { checkInterrupt } from "./interrupt.js";
import { nativeContexts, type NativeContext } from "./native-with.js";
import { fastSlot, unboundReader } from "./expressions.js";
import { compileMatch } from "./patterns.js";
import { PyGenerator } from "../objects/generator.js";

export function compileBlock(c: Compiler, ss: ast.Stmt[]): Exec {
  const live = ss.filter((s) => s.kind !== "Pass" && s.kind !== "Global" && s.kind !== "Nonlocal");
  const fns = live.map((s) => c.stmt(s));
  const lines = live.map((s) => s.line);
  const n = fns.length;
  if (n === 0) return () => NORMAL;
  if (n === 1) { const s0 = fns[0], l0 = lines[0]; return (f) => { f.line = l0; return s0(f); }; }
  if (n === 2) {
    const s0 = fns[0], s1 = fns[1], l0 = lines[0], l1 = lines[1];
    return (f) => { f.line = l0; const r = s0(f); if (r !== NORMAL) return r; f.line = l1; return s1(f); };
  }
  return (f) => {
    for (let i = 0; i < n; i++) {
      f.line = lines[i];
      const r = fns[i](f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

export function compileStmt(c: Compiler, s: ast.Stmt): Exec {
  switch (s.kind) {
    case "Expr": { const e = c.expr(s.value); return (f) => { e(f); return NORMAL; }; }
    case "Assign": return assign(c, s);
    case "AugAssign": return augAssign(c, s);
    case "AnnAssign": return annAssign(c, s);
    case "If": {
      const t = c.expr(s.test), b = c.block(s.body), o = s.orelse.length ? c.block(s.orelse) : null;
      if (o === null) return (f) => { const x = t(f); return x === true || (x !== false && truthy(x)) ? b(f) : NORMAL; };
      return (f) => { const x = t(f); return x === true || (x !== false && truthy(x)) ? b(f) : o(f); };
    }
    case "While": return whileLoop(c, s);
    case "For": return forLoop(c, s);
    case "Break": return () => BREAK;
    case "Continue": return () => CONTINUE;
    case "Pass": case "Global": case "Nonlocal": return () => NORMAL;
    case "Return": {
      if (!s.value) return (f) => { f.ret = null; return RETURN; };
      const slot = fastSlot(c, s.value);
      if (slot >= 0) { // return n: the local read here
        const unbound = unboundReader(s.value as ast.Name);
        return (f) => {
          const x = f.locals[slot];
          f.ret = x === undefined ? unbound() : x;
          return RETURN;
        };
      }
      const v = c.expr(s.value);
      return (f) => { f.ret = v(f); return RETURN; };
    }
    case "FunctionDef": return compileFunctionDef(c, s);
    case "ClassDef": return compileClassDef(c, s);
    case "Delete": {
      const ds = s.targets.map((t) => c.del(t));
      return (f) => { for (const d of ds) d(f); return NORMAL; };
    }
    case "Raise": return raise(c, s);
    case "Try": return tryStmt(c, s);
    case "Assert": {
      const t = c.expr(s.test), m = s.msg ? c.expr(s.msg) : null;
      const where = assertionLoc(s.test) ?? s;
      return (f) => {
        if (truthy(t(f))) return NORMAL;
        throw at(m ? makeExc(AssertionError, m(f)) : makeExc(AssertionError), where);
      };
    }
    case "With": return withStmt(c, s, 0);
    case "Import": {
      // `import a.b` binds the top package a; `import a.b as c` binds the module a.b.
      const parts = s.names.map((a) => ({
        name: a.name, top: a.asname || !a.name.includes(".") ? null : a.name.split(".")[0],
        store: c.store(nameNode(a.asname ?? a.name.split(".")[0], s)),
      }));
      return (f) => {
        for (const p of parts) {
          let m;
          try { m = importValue(p.name); if (p.top !== null) m = importValue(p.top); } catch (err) { throw at(err, s); }
          p.store(f, m);
        }
        return NORMAL;
      };
    }
    case "ImportFrom": {
      const mod = s.module ?? "";
      const parts = s.names.filter((a) => a.name !== "*").map((a) => ({ name: a.name, store: c.store(nameNode(a.asname ?? a.name, s)) }));
      const star = s.names.some((a) => a.name === "*");
      return (f) => {
        // a program is __main__, in no package: CPython fails a relative import so, at run time
        if (s.level > 0) throw at(importError("attempted relative import with no known parent package"), s);
        let m;
        try { m = importValue(mod); } catch (err) { throw at(err, s); }
        if (star) {
          try { importStar(m, f.ns ?? f.globals); } catch (err) { throw at(err, s); }
        }
        for (const p of parts) {
          let v;
          try { v = importFrom(m, mod, p.name); } catch (err) { throw at(err, s); }
          p.store(f, v);
        }
        return NORMAL;
      };
    }
    case "Match": return compileMatch(c, s);
    default: return ast.assertNever(s);
  }
}

/**
 * Where CPython 3.11 places a failed assert, as measured: at a comparison test (in a chain of and/or,
 * the last operand that is one; in a conditional expression, its else branch's first), else at the
 * statement, whose caret line is left out. (Its compiler gives the raise the location of the last
 * jump it emitted with one.)
 */
function assertionLoc(test: ast.Expr): ast.Loc | null {
  switch (test.kind) {
    case "Compare": return test;
    case "BoolOp":
      for (let i = test.values.length - 1; i >= 0; i--) { const l = assertionLoc(test.values[i]); if (l) return l; }
      return null;
    case "IfExp": return assertionLoc(test.orelse) ?? assertionLoc(test.body);
    default: return null;
  }
}

/** `from m import *`: the names m's `__all__` lists, else every name of its dict not starting with `_`. */
function importStar(m: PyValue, into: PyDict): void {
  const names = m instanceof PyModule ? m.dict! : getattrOpt(m, "__dict__");
  const all = m instanceof PyModule ? m.dict!.getStr("__all__") : getattrOpt(m, "__all__");
  if (all !== undefined) {
    const name = getattrOpt(m, "__name__");
    const modName = typeof name === "string" ? name : tn(m);
    const it = iterate(all);
    for (let k = it.next(); k !== undefined; k = it.next()) {
      if (typeof k !== "string") throw typeError(`Item in ${modName}.__all__ must be str, not ${tn(k)}`);
      into.setStr(k, getattr(m, k));
    }
    return;
  }
  if (!(names instanceof PyDict)) throw typeError("from-import-* object has no __dict__ and no __all__");
  for (const [k, v] of names.entries()) if (typeof k === "string" && !k.startsWith("_")) into.setStr(k, v);
}

export function nameNode(id: string, loc: ast.Loc): ast.Name {
  return { kind: "Name", id, ctx: "Store", line: loc.line, col: loc.col, endLine: loc.endLine, endCol: loc.endCol };
}

function assign(c: Compiler, s: ast.Assign): Exec {
  const v = c.expr(s.value);
  const stores = s.targets.map((t) => c.store(t));
  if (stores.length === 1) { const st = stores[0]; return (f) => { st(f, v(f)); return NORMAL; }; }
  return (f) => { const x = v(f); for (const st of stores) st(f, x); return NORMAL; };
}

function augAssign(c: Compiler, s: ast.AugAssign): Exec {
  const op = s.op;
  const v = c.expr(s.value);
  const t = s.target;
  const apply = (a: PyValue, b: PyValue) => {
    if (typeof a === "number" && typeof b === "number") {
      if (op === "+") { const r = a + b; if (Number.isSafeInteger(r)) return r; }
      else if (op === "-") { const r = a - b; if (Number.isSafeInteger(r)) return r; }
    }
    try { return a instanceof PyObject ? inplaceOp(op, a, b) : binaryOp(op, a, b, true); } catch (err) { throw at(err, s); }
  };
  if (t.kind === "Name") {
    const load = c.expr({ ...t, ctx: "Load" }), st = c.store(t);
    const a = c.access(t.id);
    if (a.kind === "fast") {
      const i = a.index;
      return (f) => {
        const x = load(f), y = v(f);
        if (op === "+" && typeof x === "number" && typeof y === "number") {
          const r = x + y;
          if (Number.isSafeInteger(r)) { f.locals[i] = r; return NORMAL; }
        }
        f.locals[i] = apply(x, y);
        return NORMAL;
      };
    }
    return (f) => { const x = load(f); st(f, apply(x, v(f))); return NORMAL; };
  }
  if (t.kind === "Attribute") {
    const get = cachedGetattr(t.attr), set = cachedSetattr(t.attr);
    const slot = fastSlot(c, t.value);
    if (slot >= 0) { // self.x += n: the local read here, not through its load closure
      const unbound = unboundReader(t.value as ast.Name);
      return (f) => {
        const obj = f.locals[slot];
        if (obj === undefined) unbound();
        let x;
        try { x = get(obj!); } catch (err) { throw at(err, t); }
        const r = apply(x, v(f));
        try { set(obj!, r); } catch (err) { throw at(err, t); }
        return NORMAL;
      };
    }
    const o = c.expr(t.value);
    return (f) => {
      const obj = o(f);
      let x;
      try { x = get(obj); } catch (err) { throw at(err, t); }
      const r = apply(x, v(f));
      try { set(obj, r); } catch (err) { throw at(err, t); }
      return NORMAL;
    };
  }
  if (t.kind === "Subscript") {
    const o = c.expr(t.value), k = c.expr(t.slice);
    return (f) => {
      const obj = o(f), key = k(f);
      // d[k] += v on an exact dict: get and set without the slot calls (a subclass may override them).
      const exact = obj instanceof PyDict && obj.cls === dictType;
      let x: PyValue | undefined;
      try {
        if (exact) x = obj.get(key);
        if (x === undefined) x = getitem(obj, key);
      } catch (err) { throw at(err, t); }
      const r = apply(x, v(f));
      try {
        if (exact) obj.set(key, r);
        else setitem(obj, key, r);
      } catch (err) { throw at(err, t); }
      return NORMAL;
    };
  }
  throw new Error("internal: bad augmented assignment target");
}

function whileLoop(c: Compiler, s: ast.While): Exec {
  const t = c.expr(s.test), b = c.block(s.body), o = s.orelse.length ? c.block(s.orelse) : null;
  const flag = rt;
  return (f) => {
    let tick = 0;
    for (;;) {
      const x = t(f);
      if (!(x === true || (x !== false && truthy(x)))) break;
      const r = b(f);
      if (r !== NORMAL) {
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      if (flag.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
    }
    return o ? o(f) : NORMAL;
  };
}


/**
 * Without a value, `a.b: int` and `x[i]: int` still evaluate a, and x and i (CPython's check_ann_expr
 * and check_ann_subscr: a slice's bounds, a tuple's items), for their errors.
 */
function annTargetParts(c: Compiler, target: ast.Expr): Ev[] {
  const subscr = (e: ast.Expr): Ev[] => e.kind === "Slice" ? [e.lower, e.upper, e.step].filter((x) => x !== null).map((x) => c.expr(x!))
    : e.kind === "Tuple" ? e.elts.flatMap(subscr) : [c.expr(e)];
  if (target.kind === "Attribute") return [c.expr(target.value)];
  if (target.kind === "Subscript") return [c.expr(target.value), ...subscr(target.slice)];
  return [];
}

/**
 * `x: T = v`. In a module or class body CPython also evaluates T (after storing v) and, for a plain
 * name, records it in the namespace's __annotations__ (what dataclasses read); in a function it does
 * neither.
 */
function annAssign(c: Compiler, s: ast.AnnAssign): Exec {
  const parts = s.value ? [] : annTargetParts(c, s.target);
  const store = s.value ? { v: c.expr(s.value), st: c.store(s.target) }
    : parts.length ? { v: (f: Frame) => { for (const p of parts) p(f); return null; }, st: () => {} } : null;
  const inBody = c.scope.kind === "module" || c.scope.kind === "class";
  if (!inBody) return store ? (f) => { store.st(f, store.v(f)); return NORMAL; } : () => NORMAL;
  // under `from __future__ import annotations` the annotation is its source text, never evaluated
  const text = futureAnnotations(c) ? annotationText(c.file, s.annotation) : null;
  const ann = text === null ? c.expr(s.annotation) : () => text;
  const name = s.simple && s.target.kind === "Name" ? s.target.id : null;
  return (f) => {
    if (store) store.st(f, store.v(f));
    let t: PyValue;
    try { t = ann(f); } catch (err) { throw at(err, s.annotation); }
    if (name !== null && f.ns !== null) {
      let anns = f.ns.getStr("__annotations__");
      if (anns === undefined) f.ns.setStr("__annotations__", anns = new PyDict());
      setitem(anns, name, t);
    }
    return NORMAL;
  };
}

function forLoop(c: Compiler, s: ast.For): Exec {
  const iter = c.expr(s.iter), st = c.store(s.target), b = c.block(s.body), o = s.orelse.length ? c.block(s.orelse) : null;
  const flag = rt;
  const fastSlot = s.target.kind === "Name" && c.access(s.target.id).kind === "fast" ? (c.access(s.target.id) as { index: number }).index : -1;
  const fresh = s.iter.kind === "Call";
  return (f) => {
    let tick = 0;
    const v = iter(f);
    if (v instanceof PyRange && fastSlot >= 0 && isSmallRange(v)) {
      const { start, stop, step } = v;
      const locals = f.locals;
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
        locals[fastSlot] = i;
        const r = b(f);
        if (r !== NORMAL) {
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return r;
        }
        if (flag.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
      }
      return o ? o(f) : NORMAL;
    }
    if (v instanceof PyRange && isSmallRange(v)) {
      const { start, stop, step } = v;
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
        st(f, i);
        const r = b(f);
        if (r !== NORMAL) {
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return r;
        }
        if (flag.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
      }
      return o ? o(f) : NORMAL;
    }
    let it;
    try { it = iterate(v); } catch (err) { throw at(err, s); }
    if (fresh && it instanceof PyGenerator && !it.started) return forOwnedGenerator(f, it, st, b, o, s);
    for (;;) {
      let x;
      // an error from the iterator (a dict resized by the body, a __next__ raising) is the for line's
      try { x = it.next(); } catch (err) { throw at(err, s); }
      if (x === undefined) break;
      st(f, x);
      const r = b(f);
      if (r !== NORMAL) {
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      if (flag.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
    }
    return o ? o(f) : NORMAL;
  };
}

/**
 * `for x in gen(...)` over the generator that call just made: only the loop holds it, so when the loop
 * leaves early (break, return, an exception) CPython frees it at once, which closes it, running its
 * finally blocks and with statements' exits (a lock held across a yield is released). pyt closes it there.
 */
export function forOwnedGenerator(f: Frame, g: PyGenerator, st: (f: Frame, v: PyValue) => void, b: Exec, o: Exec | null, s: ast.For): number {
  let done = false;
  const flag = rt;
  let tick = 0;
  try {
    for (;;) {
      let x;
      try { x = g.next(); } catch (err) { done = true; throw at(err, s); }
      if (x === undefined) break;
      st(f, x);
      const r = b(f);
      if (r !== NORMAL) {
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      if (flag.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
    }
    done = true;
  } finally {
    if (!done) closeDropped(g);
  }
  return o ? o(f) : NORMAL;
}

/** Closes a generator nothing refers to any more; an error from it is lost, as CPython's (which only reports it). */
function closeDropped(g: PyGenerator): void {
  try { g.close(); } catch { /* unraisable in CPython */ }
}

/** exc.__context__ = ctx, avoiding cycles as CPython does. */
export function chainContext(exc: PyBaseException, ctx: PyBaseException): void {
  if (exc === ctx) return;
  for (let o: PyBaseException | null = ctx; o; o = o.context) {
    if (o.context === exc) { o.context = null; break; }
  }
  exc.context = ctx;
}

/**
 * An exception caught here that no `raise` statement chained (the interpreter's own, as from `None.x`)
 * gets the exception being handled around it as __context__: CPython sets it at the raise, and every
 * handler entered since then has been left (chaining what passed through it) before it got here.
 */
export function chainCaught(exc: PyBaseException): void {
  const h = rt.handling;
  if (exc.context === null && h.length !== 0) chainContext(exc, h[h.length - 1]);
}

/**
 * `pe` reaches a handler here (an except clause, a finally, a with's exit): CPython records this frame's
 * traceback entry then (a re-raise after it adds none), and it is being handled (bare `raise`,
 * sys.exc_info) until the caller pops rt.handling. Shared by the plain and the generators' statements.
 */
export function enterHandling(pe: PyException, f: Frame): void {
  materialize(pe, f);
  chainCaught(pe.exc);
  rt.handling.push(pe.exc);
}

/** An error raised while `pe` was being handled: pe is its context, unless its raise or an inner handler set one. */
export function raisedWhileHandling(err: unknown, pe: PyException): PyException {
  const pe2 = toPyException(err);
  if (pe2.exc.context === null) chainContext(pe2.exc, pe.exc);
  return pe2;
}

/** `except T:` raised, evaluating T or matching pe against it: that error, located at T, in pe's context. */
export function exceptClauseError(err: unknown, handler: ast.ExceptHandler, pe: PyException, f: Frame): PyException {
  const pe2 = at(err, handler.type!);
  materialize(pe, f);
  if (pe2.exc.context === null) chainContext(pe2.exc, pe.exc);
  return pe2;
}

/** The exception instance a `raise X` statement raises. */
function toExceptionInstance(v: PyValue, what: string): PyBaseException {
  if (v instanceof PyType && v.isSubtype(BaseException)) {
    const inst = call(v, []);
    if (inst instanceof PyBaseException) return inst;
    throw typeError(`calling ${v.name} should have returned an instance of BaseException, not ${tn(inst)}`);
  }
  if (v instanceof PyBaseException) return v;
  throw typeError(what);
}

function raise(c: Compiler, s: ast.Raise): Exec {
  if (!s.exc) {
    return () => {
      const h = rt.handling;
      if (h.length === 0) throw at(runtimeError("No active exception to reraise"), s);
      const exc = h[h.length - 1];
      exc.loc = RERAISED;
      throw new PyException(exc);
    };
  }
  const e = c.expr(s.exc);
  const cause = s.cause ? c.expr(s.cause) : null;
  return (f) => {
    let exc: PyBaseException;
    try {
      exc = toExceptionInstance(e(f), "exceptions must derive from BaseException");
      if (cause) {
        const cv = cause(f);
        if (cv === null) exc.cause = null;
        else exc.cause = toExceptionInstance(cv, "exception causes must derive from BaseException");
        exc.suppressContext = true;
      }
    } catch (err) { throw at(err, s); }
    const h = rt.handling;
    if (h.length) chainContext(exc, h[h.length - 1]);
    exc.loc = s;
    void f;
    throw new PyException(exc);
  };
}

export function matches(exc: PyBaseException, t: PyValue): boolean {
  if (t instanceof PyType && t.isSubtype(BaseException)) return exc.cls.isSubtype(t);
  if (t instanceof PyTuple) return t.items.some((x) => matches(exc, x));
  throw typeError("catching classes that do not inherit from BaseException is not allowed");
}

function tryStmt(c: Compiler, s: ast.Try): Exec {
  const body = c.block(s.body);
  const handlers = s.handlers.map((h) => ({
    type: h.type ? c.expr(h.type) : null,
    node: h,
    store: h.name ? c.store(nameNode(h.name, h)) : null,
    unbind: h.name ? c.del(nameNode(h.name, h)) : null,
    body: c.block(h.body),
  }));
  const orelse = s.orelse.length ? c.block(s.orelse) : null;
  const finalbody = s.finalbody.length ? c.block(s.finalbody) : null;
  const inner: Exec = handlers.length === 0 ? body : (f) => {
    let r: number;
    try {
      r = body(f);
    } catch (err) {
      const pe = toPyException(err);
      for (const h of handlers) {
        if (h.type !== null) {
          let ok: boolean;
          try {
            const t = h.type(f);
            // (an error in the match itself is located at the whole clause: no caret)
            try { ok = matches(pe.exc, t); } catch (err2) { throw at(err2, h.node); }
          } catch (err2) {
            throw exceptClauseError(err2, h.node, pe, f);
          }
          if (!ok) continue;
        }
        enterHandling(pe, f);
        try {
          if (h.store) h.store(f, pe.exc);
          return h.body(f);
        } catch (err2) {
          throw raisedWhileHandling(err2, pe);
        } finally {
          rt.handling.pop();
          if (h.unbind) { try { h.unbind(f); } catch { /* already unbound */ } }
        }
      }
      throw pe;
    }
    if (r === NORMAL && orelse) return orelse(f);
    return r;
  };
  if (!finalbody) return inner;
  return (f) => {
    let r: number;
    try {
      r = inner(f);
    } catch (err) {
      const pe = toPyException(err);
      enterHandling(pe, f);
      let r2: number;
      try { r2 = finalbody(f); } catch (err2) {
        throw raisedWhileHandling(err2, pe);
      } finally { rt.handling.pop(); }
      if (r2 !== NORMAL) return r2;
      pe.exc.loc = RERAISED;
      throw pe;
    }
    const r2 = finalbody(f);
    return r2 !== NORMAL ? r2 : r;
  };
}

/**
 * A with block raised `err`: the manager's exit gets it (native, or __exit__ with the exception, chained
 * and handled as CPython's). Returns NORMAL when __exit__ suppressed it, else throws it on. Shared with
 * the resumable with of generators (generator-body.ts).
 */
/**
 * A Python-level context manager's `__enter__` and `__exit__`, looked up on its type as CPython does, or
 * its TypeError (a native context, a lock, needs neither: nativeContexts). For both compilers' `with`.
 */
export function managerMethods(mgr: PyValue, t: PyType | null, s: ast.With): [PyValue, PyValue] {
  const enter = t?.lookup("__enter__"), exit = t?.lookup("__exit__");
  if (enter == null || exit == null) {
    const missed = enter == null ? "" : " (missed __exit__ method)";
    throw at(typeError(`'${tn(mgr)}' object does not support the context manager protocol${missed}`), s);
  }
  return [enter, exit];
}

export function withRaised(err: unknown, f: Frame, s: ast.With, n: NativeContext | undefined, exit: PyValue | undefined, mgr: PyValue): number {
  const pe = toPyException(err);
  enterHandling(pe, f);
  let suppress: boolean;
  try {
    if (n !== undefined) { n.exit(mgr); suppress = false; } else suppress = truthy(callBound(exit!, mgr, [pe.exc.cls, pe.exc, getattr(pe.exc, "__traceback__")]));
  } catch (err2) {
    throw at(raisedWhileHandling(err2, pe), s);
  } finally { rt.handling.pop(); }
  if (suppress) return NORMAL;
  pe.exc.loc = RERAISED;
  throw pe;
}

// CPython 3.11 locates __enter__ and __exit__ (and their errors) at the whole statement: no caret line.
function withStmt(c: Compiler, s: ast.With, i: number): Exec {
  const item = s.items[i];
  const ctx = c.expr(item.contextExpr);
  const store = item.optionalVars ? c.store(item.optionalVars) : null;
  const body = i + 1 < s.items.length ? withStmt(c, s, i + 1) : c.block(s.body);
  // The site's last manager type, and its native enter/exit when it has them (compile/native-with.ts).
  let cT: PyType | null = null, cN: NativeContext | undefined;
  return (f) => {
    const mgr = ctx(f);
    // (None is JS null: no .cls to read; ints and strs have none and find no native context)
    const t = mgr === null ? null : (mgr as PyObject).cls ?? null;
    if (t !== cT) { cT = t; cN = t === null ? undefined : nativeContexts.get(t); }
    const n = cN;
    let enter: PyValue | undefined, exit: PyValue | undefined;
    if (n === undefined) [enter, exit] = managerMethods(mgr, t, s);
    let v: PyValue;
    try { v = n !== undefined ? n.enter(mgr) : callBound(enter!, mgr, []); } catch (err) { throw at(err, s); }
    if (store) store(f, v);
    let r: number;
    try {
      r = body(f);
    } catch (err) {
      return withRaised(err, f, s, n, exit, mgr);
    }
    try { if (n !== undefined) n.exit(mgr); else callBound(exit!, mgr, [null, null, null]); } catch (err) { throw at(err, s); }
    return r;
  };
}
export type { Frame, Ev };
export { CONTINUE };
