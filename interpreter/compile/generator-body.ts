// A generator function's body: statements that contain a yield compile to JS generator functions (GenExec)
// that yield Python values and return a completion code, so a suspended body keeps its place, its loops'
// iterators and its try blocks in the JS generator. Statements without a yield are the normal Exec
// closures, run in place. Calling the function binds its arguments as any call does, then makes the
// generator over a frame of its own (the call's frame goes back to its Code's pool).
import * as ast from "../../grammar/ast.js";
import type { Compiler } from "./compiler.js";
import { Frame, Exec, NORMAL, BREAK, RETURN } from "../frame.js";
import { PyValue, PyType, PyObject } from "../objects/object.js";
import { PyGenerator, type GenBody } from "../objects/generator.js";
import { toPyException, typeError, tn } from "../objects/exceptions.js";
import { truthy, inplaceOp, binaryOp } from "../protocol/ops.js";
import { getitem, setitem } from "../protocol/items.js";
import { iterate } from "../protocol/iter.js";
import { callBound } from "../protocol/call.js";
import { getattr, setattr } from "../protocol/attr.js";
import { at, RERAISED } from "./errors.js";
import { rt } from "../state.js";
import { checkInterrupt } from "./interrupt.js";
import { nativeContexts, type NativeContext } from "./native-with.js";
import { enterHandling, exceptClauseError, managerMethods, matches, nameNode, raisedWhileHandling, withRaised } from "./statements.js";
import { hasYield, genExpr, genPart, split, type GenEv } from "./generator-expr.js";
import { compileCasePattern } from "./patterns.js";

type GenExec = (f: Frame) => GenBody;

/** The Exec a generator function's Code runs when called: it returns the new generator. */
export function generatorFunctionBody(c: Compiler, body: ast.Stmt[] | ast.Expr, name: string, qualname: string, line: number): Exec {
  let run: GenExec;
  if (Array.isArray(body)) run = genBlock(c, body);
  else { // a lambda's: its value is the generator's return value
    const g = genPart(c, body);
    run = function* (f) { f.ret = yield* g(f); return RETURN; };
  }
  const s = c.scope;
  return (f) => {
    // (the hidden locals of split expressions follow the function's own)
    const locals = f.locals.slice();
    locals.length = s.locals.length;
    const gf = new Frame(f.info, locals, f.cells, f.globals, null);
    gf.line = line;
    f.ret = new PyGenerator(name, qualname, null, undefined, gf, run(gf));
    return RETURN;
  };
}

/** `yield v` and `x = yield v` (v without a yield): run inline by blocks and loops, not as a nested generator. */
interface SimpleYield { value: ((f: Frame) => PyValue) | null; store: ((f: Frame, v: PyValue) => void) | null }

function simpleYield(c: Compiler, s: ast.Stmt): SimpleYield | null {
  if (s.kind === "Expr" && s.value.kind === "Yield" && !hasYield(s.value.value)) {
    return { value: s.value.value === null ? null : c.expr(s.value.value), store: null };
  }
  if (s.kind === "Assign" && s.targets.length === 1 && s.value.kind === "Yield" && !hasYield(s.value.value) && !hasYield(s.targets[0])) {
    return { value: s.value.value === null ? null : c.expr(s.value.value), store: c.store(s.targets[0]) };
  }
  return null;
}

function genBlock(c: Compiler, ss: ast.Stmt[]): GenExec {
  const live = ss.filter((s) => s.kind !== "Pass" && s.kind !== "Global" && s.kind !== "Nonlocal");
  const simple = live.map((s) => simpleYield(c, s));
  const gens = live.map((s, i) => (simple[i] === null && hasYield(s) ? genStmt(c, s) : null));
  const plain = live.map((s, i) => (simple[i] === null && gens[i] === null ? c.stmt(s) : null));
  const lines = live.map((s) => s.line);
  const n = live.length;
  if (n === 1 && gens[0] !== null) { // one statement that yields: its own generator, one level less
    const g = gens[0], line = lines[0];
    return (f) => { f.line = line; return g(f); };
  }
  return function* (f) {
    for (let i = 0; i < n; i++) {
      f.line = lines[i];
      const y = simple[i];
      if (y !== null) {
        const sent = yield y.value === null ? null : y.value(f);
        if (y.store !== null) y.store(f, sent);
        continue;
      }
      const g = gens[i];
      const r = g !== null ? yield* g(f) : plain[i]!(f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

function genStmt(c: Compiler, s: ast.Stmt): GenExec {
  switch (s.kind) {
    case "Expr": {
      const v = s.value;
      if (v.kind === "Yield" && !hasYield(v.value)) { // `yield x`, the common case: one generator level
        const ev = v.value === null ? null : c.expr(v.value);
        return function* (f) { yield ev === null ? null : ev(f); return NORMAL; };
      }
      const g = genExpr(c, v);
      return function* (f) { yield* g(f); return NORMAL; };
    }
    case "Assign": {
      // the value first, then each target left to right (its object and key may yield too)
      const g = genPart(c, s.value);
      if (!s.targets.some(hasYield)) {
        const plain = s.targets.map((t) => c.store(t));
        return function* (f) {
          const v = yield* g(f);
          for (let i = 0; i < plain.length; i++) plain[i](f, v);
          return NORMAL;
        };
      }
      const stores = s.targets.map((t) => genStore(c, t));
      return function* (f) {
        const v = yield* g(f);
        for (let i = 0; i < stores.length; i++) yield* stores[i](f, v);
        return NORMAL;
      };
    }
    case "Return": {
      const g = genExpr(c, s.value!);
      return function* (f) { f.ret = yield* g(f); return RETURN; };
    }
    case "If": {
      const t = genPart(c, s.test), b = genBlock(c, s.body), o = genBlock(c, s.orelse);
      return function* (f) { return truthy(yield* t(f)) ? yield* b(f) : yield* o(f); };
    }
    case "While": return whileLoop(c, s);
    case "For": return forLoop(c, s);
    case "Try": return tryStmt(c, s);
    case "With": return withStmt(c, s, 0);
    case "Match": return matchStmt(c, s);
    case "AugAssign": return augAssign(c, s);
    case "AnnAssign": case "Raise": case "Assert": {
      const paths: (string | number)[][] = s.kind === "Raise" ? [["exc"], ["cause"]] : s.kind === "Assert" ? [["test"], ["msg"]] : [["value"]];
      const sp = split(c, s, paths.filter((p) => (s as unknown as Record<string, unknown>)[p[0]] != null));
      const run = c.stmt(sp.node);
      const pre = sp.pre;
      return function* (f) { yield* pre(f); return run(f); };
    }
    default: break;
  }
  const run = c.stmt(s); // a yield this compiler does not reach raises when it runs
  return function* (f) { return run(f); };
}

/** Storing into a target: one whose subscript or attribute object holds a yield evaluates it first. */
function genStore(c: Compiler, t: ast.Expr): (f: Frame, v: PyValue) => Generator<PyValue, void, PyValue> {
  if (t.kind === "Subscript" && hasYield(t)) {
    const obj = genPart(c, t.value), key = genPart(c, t.slice);
    return function* (f, v) {
      const o = yield* obj(f), k = yield* key(f);
      try { setitem(o, k, v); } catch (err) { throw at(err, t); }
    };
  }
  if (t.kind === "Attribute" && hasYield(t)) {
    const obj = genPart(c, t.value), name = t.attr;
    return function* (f, v) {
      const o = yield* obj(f);
      try { setattr(o, name, v); } catch (err) { throw at(err, t); }
    };
  }
  const st = c.store(t); // (a yield inside an unpacking target raises when it runs)
  return function* (f, v) { st(f, v); };
}

/** `t op= (yield ...)`: as CPython, the target's object, key and current value are read before the value yields. */
function augAssign(c: Compiler, s: ast.AugAssign): GenExec {
  const t = s.target, op = s.op;
  const value = genPart(c, s.value);
  const apply = (a: PyValue, b: PyValue): PyValue => {
    try { return a instanceof PyObject ? inplaceOp(op, a, b) : binaryOp(op, a, b, true); } catch (err) { throw at(err, s); }
  };
  if (t.kind === "Name") {
    const load = c.expr({ ...t, ctx: "Load" }), store = c.store(t);
    return function* (f) { const x = load(f); store(f, apply(x, yield* value(f))); return NORMAL; };
  }
  if (t.kind === "Attribute") {
    const obj = genPart(c, t.value), name = t.attr;
    return function* (f) {
      const o = yield* obj(f);
      let x: PyValue;
      try { x = getattr(o, name); } catch (err) { throw at(err, t); }
      const r = apply(x, yield* value(f));
      try { setattr(o, name, r); } catch (err) { throw at(err, t); }
      return NORMAL;
    };
  }
  if (t.kind === "Subscript") {
    const obj = genPart(c, t.value), key = genPart(c, t.slice);
    return function* (f) {
      const o = yield* obj(f), k = yield* key(f);
      let x: PyValue;
      try { x = getitem(o, k); } catch (err) { throw at(err, t); }
      const r = apply(x, yield* value(f));
      try { setitem(o, k, r); } catch (err) { throw at(err, t); }
      return NORMAL;
    };
  }
  throw new Error("internal: bad augmented assignment target");
}

function whileLoop(c: Compiler, s: ast.While): GenExec {
  const t = genPart(c, s.test), b = genBlock(c, s.body), o = s.orelse.length ? genBlock(c, s.orelse) : null;
  const flag = rt;
  return function* (f) {
    let tick = 0;
    while (truthy(yield* t(f))) {
      const r = yield* b(f);
      if (r !== NORMAL) {
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      if (flag.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
    }
    return o ? yield* o(f) : NORMAL;
  };
}

function forLoop(c: Compiler, s: ast.For): GenExec {
  const iter = genPart(c, s.iter), st = c.store(s.target), o = s.orelse.length ? genBlock(c, s.orelse) : null;
  const flag = rt;
  const one = s.body.length === 1 ? simpleYield(c, s.body[0]) : null;
  const fresh = s.iter.kind === "Call";
  if (one !== null) { // `for x in xs: yield f(x)`: the loop yields itself
    const line = s.body[0].line, value = one.value, store = one.store;
    return function* (f) {
      let tick = 0;
      const v = yield* iter(f);
      let it;
      try { it = iterate(v); } catch (err) { throw at(err, s); }
      const owned = fresh && it instanceof PyGenerator && !it.started ? it : null;
      let done = false;
      try {
        for (;;) {
          let x;
          try { x = it.next(); } catch (err) { done = true; throw at(err, s); }
          if (x === undefined) break;
          st(f, x);
          f.line = line;
          const sent = yield value === null ? null : value(f);
          if (store !== null) store(f, sent);
          if (flag.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
        }
        done = true;
      } finally {
        if (owned !== null && !done) { try { owned.close(); } catch { /* unraisable in CPython */ } }
      }
      return o ? yield* o(f) : NORMAL;
    };
  }
  const b = genBlock(c, s.body);
  return function* (f) {
    let tick = 0;
    const v = yield* iter(f);
    let it;
    try { it = iterate(v); } catch (err) { throw at(err, s); }
    // (a loop over the generator its call just made closes it when it leaves early: statements.ts)
    const owned = fresh && it instanceof PyGenerator && !it.started ? it : null;
    let done = false;
    try {
      for (;;) {
        let x;
        try { x = it.next(); } catch (err) { done = true; throw at(err, s); }
        if (x === undefined) break;
        st(f, x);
        const r = yield* b(f);
        if (r !== NORMAL) {
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return r;
        }
        if (flag.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
      }
      done = true;
    } finally {
      if (owned !== null && !done) { try { owned.close(); } catch { /* unraisable in CPython */ } }
    }
    return o ? yield* o(f) : NORMAL;
  };
}

/** statements.ts's tryStmt, resumable. */
function tryStmt(c: Compiler, s: ast.Try): GenExec {
  const body = genBlock(c, s.body);
  const handlers = s.handlers.map((h) => ({
    type: h.type ? genPart(c, h.type) : null,
    node: h,
    store: h.name ? c.store(nameNode(h.name, h)) : null,
    unbind: h.name ? c.del(nameNode(h.name, h)) : null,
    body: genBlock(c, h.body),
  }));
  const orelse = s.orelse.length ? genBlock(c, s.orelse) : null;
  const finalbody = s.finalbody.length ? genBlock(c, s.finalbody) : null;
  const inner: GenExec = handlers.length === 0 ? body : function* (f) {
    let r: number;
    try {
      r = yield* body(f);
    } catch (err) {
      const pe = toPyException(err);
      for (const h of handlers) {
        if (h.type !== null) {
          let ok: boolean;
          try {
            const t = yield* h.type(f);
            try { ok = matches(pe.exc, t); } catch (err2) { throw at(err2, h.node); }
          } catch (err2) {
            throw exceptClauseError(err2, h.node, pe, f);
          }
          if (!ok) continue;
        }
        enterHandling(pe, f);
        try {
          if (h.store) h.store(f, pe.exc);
          return yield* h.body(f);
        } catch (err2) {
          throw raisedWhileHandling(err2, pe);
        } finally {
          rt.handling.pop();
          if (h.unbind) { try { h.unbind(f); } catch { /* already unbound */ } }
        }
      }
      throw pe;
    }
    if (r === NORMAL && orelse) return yield* orelse(f);
    return r;
  };
  if (!finalbody) return inner;
  return function* (f) {
    let r: number;
    try {
      r = yield* inner(f);
    } catch (err) {
      const pe = toPyException(err);
      enterHandling(pe, f);
      let r2: number;
      try { r2 = yield* finalbody(f); } catch (err2) {
        throw raisedWhileHandling(err2, pe);
      } finally { rt.handling.pop(); }
      if (r2 !== NORMAL) return r2;
      pe.exc.loc = RERAISED;
      throw pe;
    }
    const r2 = yield* finalbody(f);
    return r2 !== NORMAL ? r2 : r;
  };
}

/** statements.ts's withStmt, resumable. */
function withStmt(c: Compiler, s: ast.With, i: number): GenExec {
  const item = s.items[i];
  const ctx: GenEv = genPart(c, item.contextExpr);
  const store = item.optionalVars ? c.store(item.optionalVars) : null;
  const body = i + 1 < s.items.length ? withStmt(c, s, i + 1) : genBlock(c, s.body);
  return function* (f) {
    const mgr = yield* ctx(f);
    const t = mgr === null ? null : (mgr as PyObject).cls ?? null;
    const n: NativeContext | undefined = t === null ? undefined : nativeContexts.get(t as PyType);
    let enter: PyValue | undefined, exit: PyValue | undefined;
    if (n === undefined) [enter, exit] = managerMethods(mgr, t, s);
    let v: PyValue;
    try { v = n !== undefined ? n.enter(mgr) : callBound(enter!, mgr, []); } catch (err) { throw at(err, s); }
    if (store) store(f, v);
    let r: number;
    try {
      r = yield* body(f);
    } catch (err) {
      return withRaised(err, f, s, n, exit, mgr);
    }
    try { if (n !== undefined) n.exit(mgr); else callBound(exit!, mgr, [null, null, null]); } catch (err) { throw at(err, s); }
    return r;
  };
}

/** A match whose subject, a guard or a body yields: the patterns are the plain ones (they cannot yield). */
function matchStmt(c: Compiler, s: ast.Match): GenExec {
  const subject = genPart(c, s.subject);
  const cases = s.cases.map((k) => ({
    pattern: compileCasePattern(c, k, s),
    guard: k.guard ? genPart(c, k.guard) : null,
    body: genBlock(c, k.body),
  }));
  return function* (f) {
    const v = yield* subject(f);
    for (const k of cases) {
      if (!k.pattern(f, v)) continue;
      if (k.guard !== null && !truthy(yield* k.guard(f))) continue;
      return yield* k.body(f);
    }
    return NORMAL;
  };
}
