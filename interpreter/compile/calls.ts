// Calls: argument lists (positional, *iterable, name=value, **mapping) built into one (args, kwnames)
// array; `obj.method(...)` looked up without creating a bound method; zero-argument super().
import * as ast from "../../grammar/ast.js";
import type { Compiler } from "./compiler.js";
import type { Ev, Frame } from "../frame.js";
import { PyValue, typeOf, PyObject, PyType, typeAttrVersion } from "../objects/object.js";
import { PyFunction, PyMethodDescriptor, PyBuiltinFunction } from "../objects/function.js";
import { mappingEntries } from "../protocol/items.js";
import { PyDict } from "../objects/dict.js";
import { typeError, runtimeError, tn } from "../objects/exceptions.js";
import { makeSuper } from "../objects/super.js";
import { call } from "../protocol/call.js";
import { getattr } from "../protocol/attr.js";
import { iterate } from "../protocol/iter.js";
import { str } from "../protocol/repr.js";
import { at } from "./errors.js";
import type { Code } from "./code.js";
import { globalSite } from "./expressions.js";
import { MISS, shortcutFor, type Shortcut } from "../protocol/shortcuts.js";

/** Builds the args array; `self` (when not undefined) goes first. kwnames is in `out.kw`. */
type ArgsFn = (f: Frame, self: PyValue | undefined, out: { kw: string[] | null }, callee?: PyValue) => PyValue[];

function compileArgs(c: Compiler, e: ast.Call): { build: ArgsFn; staticKw: string[] | null; dynamic: boolean } {
  const hasStar = e.args.some((a) => a.kind === "Starred");
  const hasDStar = e.keywords.some((k) => k.arg === null);
  const kwNames = e.keywords.filter((k) => k.arg !== null).map((k) => k.arg!);
  if (!hasStar && !hasDStar) {
    const ev = [...e.args, ...e.keywords.map((k) => k.value)].map((x) => c.expr(x));
    const n = ev.length;
    const kw = kwNames.length ? kwNames : null;
    let build: ArgsFn;
    if (n === 0) build = (_f, s) => (s === undefined ? [] : [s]);
    else if (n === 1) { const a = ev[0]; build = (f, s) => (s === undefined ? [a(f)] : [s, a(f)]); }
    else if (n === 2) { const a = ev[0], b = ev[1]; build = (f, s) => { if (s === undefined) { const x = a(f); return [x, b(f)]; } const x = a(f); return [s, x, b(f)]; }; }
    else build = (f, s) => {
      const out: PyValue[] = s === undefined ? [] : [s];
      for (let i = 0; i < n; i++) out.push(ev[i](f));
      return out;
    };
    return { build, staticKw: kw, dynamic: false };
  }
  const pos = e.args.map((a) => (a.kind === "Starred" ? { star: true, ev: c.expr(a.value) } : { star: false, ev: c.expr(a) }));
  const kws = e.keywords.map((k) => ({ name: k.arg, ev: c.expr(k.value) }));
  // a lone *x is passed to the call as it is; any other mix is first built into a list, whose
  // extend gives CPython's other message
  const soleStar = e.args.length === 1 && e.args[0].kind === "Starred";
  const build: ArgsFn = (f, s, out, callee) => {
    const fname = funcStr(callee);
    const args: PyValue[] = s === undefined ? [] : [s];
    for (const p of pos) {
      const v = p.ev(f);
      if (!p.star) { args.push(v); continue; }
      // CPython unpacks the * and ** arguments in the call's own instruction: errors point at the call
      let it;
      try { it = iterate(v); } catch {
        throw at(typeError(soleStar ? `${fname} argument after * must be an iterable, not ${tn(v)}` : `Value after * must be an iterable, not ${tn(v)}`), e);
      }
      try {
        for (let x = it.next(); x !== undefined; x = it.next()) args.push(x);
      } catch (err) { throw at(err, e); }
    }
    const names: string[] = [];
    for (const k of kws) {
      const v = k.ev(f);
      if (k.name !== null) {
        if (names.includes(k.name)) throw at(typeError(`${fname} got multiple values for keyword argument '${k.name}'`), e);
        names.push(k.name); args.push(v); continue;
      }
      let entries;
      try { entries = mappingEntries(v); } catch (err) { throw at(err, e); }
      if (entries === null) throw at(typeError(`${fname} argument after ** must be a mapping, not ${tn(v)}`), e);
      for (const [kk, vv] of entries) {
        if (typeof kk !== "string") throw at(typeError("keywords must be strings"), e);
        if (names.includes(kk)) throw at(typeError(`${fname} got multiple values for keyword argument '${kk}'`), e);
        names.push(kk); args.push(vv);
      }
    }
    out.kw = names.length ? names : null;
    return args;
  };
  return { build, staticKw: null, dynamic: true };
}

/** How CPython names a callable in argument errors (_PyObject_FunctionStr). */
function funcStr(f: PyValue | undefined): string {
  if (f instanceof PyFunction) {
    const m = f.module;
    return typeof m === "string" && m !== "builtins" ? `${m}.${f.qualname}()` : `${f.qualname}()`;
  }
  if (f instanceof PyBuiltinFunction) return `${f.name}()`;
  if (f instanceof PyType) return f.module !== "builtins" ? `${f.module}.${f.qualname}()` : `${f.qualname}()`;
  return `${f === undefined ? "?" : typeOf(f).name} object`;
}

export function compileCall(c: Compiler, e: ast.Call): Ev {
  const fn = e.func;
  if (fn.kind === "Name" && fn.id === "super" && e.args.length === 0 && e.keywords.length === 0 && c.access("super").kind === "global") {
    return compileZeroArgSuper(c, e);
  }
  const { build, staticKw, dynamic } = compileArgs(c, e);
  if (fn.kind === "Attribute") return methodCall(c, e, fn, build, staticKw, dynamic);
  const site: CalleeSite = globalSite(c, fn) ?? new EvSite(c.expr(fn));
  if (!dynamic && staticKw === null && e.args.length <= 3) return positionalCall(site, e.args.map((x) => c.expr(x)), e);
  if (!dynamic) {
    return (f) => {
      const callee = site.load(f);
      const args = build(f, undefined, NO_OUT);
      try {
        if (callee instanceof PyFunction) return callee.code.invoke(callee, args, staticKw);
        if (callee instanceof PyBuiltinFunction) return callee.fn(args, staticKw);
        return call(callee, args, staticKw);
      } catch (err) { throw at(err, e); }
    };
  }
  return (f) => {
    const callee = site.load(f);
    const out = { kw: null as string[] | null };
    const args = build(f, undefined, out, callee);
    try { return call(callee, args, out.kw); } catch (err) { throw at(err, e); }
  };
}
const NO_OUT = { kw: null as string[] | null };

/**
 * Where a call finds its callee. A global name's GlobalSite is a class whose load() V8 inlines into the
 * call (a call through an Ev closure is megamorphic); any other callee expression is wrapped.
 */
interface CalleeSite { load(f: Frame): PyValue }
class EvSite implements CalleeSite {
  constructor(private readonly _ev: Ev) {}
  load(f: Frame): PyValue { return this._ev(f); }
}

/**
 * `f(a, b)` with up to three plain positional arguments: a user function whose signature takes exactly
 * that many, or more with defaults for the rest (Code.enterFor), gets them straight into the locals
 * of a (reused) frame (Code.enter/runFrame), skipping the args array and binding; anything else takes
 * the general call with the same values.
 */
function positionalCall(site: CalleeSite, ev: Ev[], e: ast.Call): Ev {
  switch (ev.length) {
    case 0: return (f) => {
      const callee = site.load(f);
      try {
        if (callee instanceof PyFunction) {
          const code = callee.code as Code;
          const fr = code.enterFor(callee, 0);
          if (fr !== null) return code.runFrame(callee, fr);
        }
        return call(callee, [], null);
      } catch (err) { throw at(err, e); }
    };
    case 1: {
      const a = ev[0];
      return (f) => {
        const callee = site.load(f);
        const x = a(f);
        try {
          if (callee instanceof PyFunction) {
            const code = callee.code as Code;
            const fr = code.enterFor(callee, 1);
            if (fr !== null) { fr.locals[0] = x; return code.runFrame(callee, fr); }
          }
          return call(callee, [x], null);
        } catch (err) { throw at(err, e); }
      };
    }
    case 2: {
      const a = ev[0], b = ev[1];
      return (f) => {
        const callee = site.load(f);
        const x = a(f), y = b(f);
        try {
          if (callee instanceof PyFunction) {
            const code = callee.code as Code;
            const fr = code.enterFor(callee, 2);
            if (fr !== null) { const l = fr.locals; l[0] = x; l[1] = y; return code.runFrame(callee, fr); }
          }
          return call(callee, [x, y], null);
        } catch (err) { throw at(err, e); }
      };
    }
    default: {
      const a = ev[0], b = ev[1], d = ev[2];
      return (f) => {
        const callee = site.load(f);
        const x = a(f), y = b(f), z = d(f);
        try {
          if (callee instanceof PyFunction) {
            const code = callee.code as Code;
            const fr = code.enterFor(callee, 3);
            if (fr !== null) { const l = fr.locals; l[0] = x; l[1] = y; l[2] = z; return code.runFrame(callee, fr); }
          }
          return call(callee, [x, y, z], null);
        } catch (err) { throw at(err, e); }
      };
    }
  }
}

function methodCall(c: Compiler, e: ast.Call, fn: ast.Attribute, build: ArgsFn, staticKw: string[] | null, dynamic: boolean): Ev {
  const oev = c.expr(fn.value);
  const name = fn.attr;
  let cT: PyType | null = null, cV = -1, cM: PyValue | undefined, cS: Shortcut | null = null;
  // The last instance dict seen without `name` and its version: while no key was added or removed
  // (version) it still does not shadow the method, so the per-call dict probe is skipped.
  let cD: PyDict | null = null, cDV = -1;
  const direct = !dynamic && staticKw === null ? directMethodCall(e.args.map((x) => c.expr(x)), e) : null;
  return (f) => {
    const obj = oev(f);
    const tp = typeOf(obj);
    if (tp.slots.getattro === undefined) {
      let m: PyValue | undefined;
      if (tp === cT && cV === typeAttrVersion) m = cM;
      else {
        m = tp.lookup(name); cT = tp; cV = typeAttrVersion; cM = m;
        cS = direct !== null && m instanceof PyFunction ? shortcutFor(m, e.args.length) : null;
      }
      if (m instanceof PyFunction) {
        const d = obj instanceof PyObject ? obj.dict : null;
        let unshadowed = d == null || (d === cD && d.version === cDV);
        if (!unshadowed && d!.getStr(name) === undefined) { cD = d; cDV = d!.version; unshadowed = true; }
        if (unshadowed) {
          if (direct !== null) return direct(f, obj, m, cS);
          if (!dynamic) {
            const args = build(f, obj, NO_OUT, m);
            try { return m.code.invoke(m, args, staticKw); } catch (err) { throw at(err, e); }
          }
          const out = { kw: staticKw };
          const args = build(f, obj, out, m);
          try { return m.code.invoke(m, args, out.kw); } catch (err) { throw at(err, e); }
        }
      } else if (m instanceof PyMethodDescriptor) {
        if (!dynamic) {
          const args = build(f, undefined, NO_OUT, m);
          try { return m.fn(obj, args, staticKw); } catch (err) { throw at(err, e); }
        }
        const out = { kw: staticKw };
        const args = build(f, undefined, out, m);
        try { return m.fn(obj, args, out.kw); } catch (err) { throw at(err, e); }
      }
    }
    let callee: PyValue;
    try { callee = getattr(obj, name); } catch (err) { throw at(err, fn); }
    const out = { kw: staticKw };
    const args = build(f, undefined, dynamic ? out : NO_OUT, callee);
    try { return call(callee, args, out.kw); } catch (err) { throw at(err, e); }
  };
}

/**
 * obj.m() / obj.m(a) / obj.m(a, b) of a plain function found on the type: self and the arguments go straight
 * into the callee's locals when its signature takes exactly them, or more with defaults (as
 * positionalCall does). `s`: m's native shortcut for this many arguments (shortcuts.ts), tried first.
 */
function directMethodCall(ev: Ev[], e: ast.Call): ((f: Frame, obj: PyValue, m: PyFunction, s: Shortcut | null) => PyValue) | null {
  switch (ev.length) {
    case 0: return (f, obj, m, s) => {
      const code = m.code as Code;
      try {
        if (s !== null) {
          const r = s(obj, null);
          if (r !== MISS) return r;
        }
        const fr = code.enterFor(m, 1);
        if (fr !== null) { fr.locals[0] = obj; return code.runFrame(m, fr); }
        return code.invoke(m, [obj], null);
      } catch (err) { throw at(err, e); }
    };
    case 1: {
      const a = ev[0];
      return (f, obj, m, s) => {
        const x = a(f);
        const code = m.code as Code;
        try {
          if (s !== null) {
            const r = s(obj, x);
            if (r !== MISS) return r;
          }
          const fr = code.enterFor(m, 2);
          if (fr !== null) { const l = fr.locals; l[0] = obj; l[1] = x; return code.runFrame(m, fr); }
          return code.invoke(m, [obj, x], null);
        } catch (err) { throw at(err, e); }
      };
    }
    case 2: {
      const a = ev[0], b = ev[1];
      return (f, obj, m) => {
        const x = a(f), y = b(f);
        const code = m.code as Code;
        try {
          const fr = code.enterFor(m, 3);
          if (fr !== null) { const l = fr.locals; l[0] = obj; l[1] = x; l[2] = y; return code.runFrame(m, fr); }
          return code.invoke(m, [obj, x, y], null);
        } catch (err) { throw at(err, e); }
      };
    }
    default: return null;
  }
}

function compileZeroArgSuper(c: Compiler, e: ast.Call): Ev {
  const s = c.scope;
  const ci = s.cellIndex("__class__");
  // CPython's checks, in its order: a positional parameter (code's argcount: not *args, **kw or
  // keyword-only ones), its value still bound, then the __class__ cell
  const a = (s.node as { args?: ast.Arguments } | null)?.args;
  const argcount = a !== undefined ? a.posonlyargs.length + a.args.length : s.params.length > 0 ? 1 : 0;
  const fail = (msg: string) => at(runtimeError(msg), e);
  if (argcount === 0) return () => { throw fail("super(): no arguments"); };
  const acc = s.resolve(s.params[0]);
  const first = (f: Frame) => (acc.kind === "fast" ? f.locals[acc.index] : acc.kind === "cell" ? f.cells[acc.index].get() : undefined);
  if (ci < 0) return (f) => { throw fail(first(f) === undefined ? "super(): arg[0] deleted" : "super(): __class__ cell not found"); };
  return (f) => {
    const self = first(f);
    if (self === undefined) throw fail("super(): arg[0] deleted");
    try { return makeSuper(f.cells[ci].get(), self); } catch (err) { throw at(err, e); }
  };
}
export { str };
