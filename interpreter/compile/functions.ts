// def, lambda, class and comprehensions: each body is compiled once into a Code (lazily for defs);
// executing the statement evaluates defaults/decorators/bases and builds the PyFunction or class.
// Generator expressions run lazily (compileGeneratorExp); generator functions' bodies compile in
// generator-body.ts.
import * as ast from "../../grammar/ast.js";
import type { Compiler } from "./compiler.js";
import { Frame, Ev, Exec, RETURN, NORMAL } from "../frame.js";
import { PyValue, PyType, typeType, typeOf } from "../objects/object.js";
import { PyFunction } from "../objects/function.js";
import { annotatedParams } from "./scope.js";
import { futureAnnotations, annotationText } from "./annotations.js";
import { PyCell } from "../objects/cell.js";
import { PyDict } from "../objects/dict.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PySet } from "../objects/set.js";
import { createClass } from "../objects/object-type.js";
import { classMeta, classNamespace } from "./class-meta.js";
import { typeError, recursionError } from "../objects/exceptions.js";
import { PyGenerator } from "../objects/generator.js";
import { generatorFunctionBody } from "./generator-body.js";
import { PyRange, isSmallRange } from "../objects/range.js";
import { call } from "../protocol/call.js";
import { iterate, PyIteratorObject } from "../protocol/iter.js";
import { truthy } from "../protocol/ops.js";
import { Code } from "./code.js";
import { at, unwind } from "./errors.js";
import { rt } from "../state.js";
import { checkInterrupt } from "./interrupt.js";
import type { PyIterator } from "../objects/object.js";
import { sharedHooks } from "../shared/hooks.js";

function makeCode(c: Compiler, node: unknown, a: ast.Arguments, name: string, qualname: string, body: (nc: Compiler) => Exec): Code {
  const nc = c.nested(node, qualname + ".<locals>.");
  const s = nc.scope;
  const code = new Code(name, c.file, () => body(nc));
  code.qualname = qualname;
  code.input = c.input;
  sharedHooks.codeCreated?.(code, node as object);
  const pos = [...a.posonlyargs, ...a.args].map((x) => x.arg);
  code.argcount = pos.length;
  code.posonlyCount = a.posonlyargs.length;
  code.kwonlyNames = a.kwonlyargs.map((x) => x.arg);
  code.paramNames = [...pos, ...code.kwonlyNames];
  code.varargSlot = a.vararg ? s.locals.indexOf(a.vararg.arg) : -1;
  code.kwargSlot = a.kwarg ? s.locals.indexOf(a.kwarg.arg) : -1;
  code.nlocals = s.locals.length;
  code.localNames = [...s.locals]; // (a generator's body adds hidden locals to the scope's: generator-expr.ts)
  code.cellNames = [...s.cells, ...s.free];
  // for __code__ (co_varnames, co_cellvars, co_freevars, co_firstlineno)
  code.info = {
    varargName: a.vararg ? a.vararg.arg : null, kwargName: a.kwarg ? a.kwarg.arg : null,
    cellVars: [...s.cells], freeVars: [...s.free], firstLine: (node as { line?: number }).line ?? 0,
  };
  code.paramCount = s.params.length;
  code.cellParamSlots = [...s.cells].map((n) => s.params.indexOf(n));
  code.ncells = s.cells.size + s.free.length;
  code.simple = !a.vararg && !a.kwarg && a.kwonlyargs.length === 0;
  code.fastArity = code.simple ? code.argcount : -1;
  return code;
}

/** The closure cells a new function of scope `inner` takes from the running frame. */
function closureOf(c: Compiler, node: unknown): ((f: Frame) => PyCell[]) | null {
  const inner = c.scopes.get(node)!;
  if (inner.free.length === 0) return null;
  const idx = inner.free.map((n) => c.scope.cellIndex(n));
  return (f) => idx.map((i) => f.cells[i]);
}

function defaultsOf(c: Compiler, a: ast.Arguments): (f: Frame) => [PyValue[], Map<string, PyValue> | null] {
  const ds = a.defaults.map((d) => c.expr(d));
  const kds = a.kwDefaults.map((d, i) => (d ? { name: a.kwonlyargs[i].arg, ev: c.expr(d) } : null)).filter((x) => x !== null);
  return (f) => {
    const defs = ds.map((d) => d(f));
    let kw: Map<string, PyValue> | null = null;
    if (kds.length) { kw = new Map(); for (const k of kds) kw.set(k!.name, k!.ev(f)); }
    return [defs, kw];
  };
}

function docstring(body: ast.Stmt[]): PyValue {
  const s = body[0];
  if (s && s.kind === "Expr" && s.value.kind === "Constant" && s.value.value.type === "str") return s.value.value.value;
  return null;
}

export function compileFunctionDef(c: Compiler, st: ast.FunctionDef): Exec {
  const qualname = c.qualPrefix + st.name;
  const code = makeCode(c, st, st.args, st.name, qualname,
    (nc) => (nc.scope.generator ? generatorFunctionBody(nc, st.body, st.name, qualname, st.line) : nc.block(st.body)));
  const defaults = defaultsOf(c, st.args);
  const closure = closureOf(c, st);
  const decos = st.decorators.map((d) => ({ ev: c.expr(d), node: d }));
  const store = c.store({ kind: "Name", id: st.bind ?? st.name, ctx: "Store", line: st.line, col: st.col, endLine: st.endLine, endCol: st.endCol });
  const doc = docstring(st.body);
  // __annotations__: parameter annotations, then 'return', evaluated when the def runs (as CPython 3.11),
  // or their source text under `from __future__ import annotations`
  const future = futureAnnotations(c);
  const annEv = (e: ast.Expr): Ev => {
    if (!future) return c.expr(e);
    const text = annotationText(c.file, e);
    return () => text;
  };
  const anns = annotatedParams(st.args).map((p) => ({ name: p.arg, ev: annEv(p.annotation!) }));
  if (st.returns) anns.push({ name: "return", ev: annEv(st.returns) });
  return (f) => {
    const decoFns = decos.map((d) => d.ev(f));
    const [defs, kw] = defaults(f);
    let annotations: PyDict | null = null;
    if (anns.length) {
      annotations = new PyDict();
      for (const a of anns) annotations.setStr(a.name, a.ev(f));
    }
    const pf = new PyFunction(st.name, code, f.globals, defs, kw, closure ? closure(f) : null);
    pf.qualname = qualname;
    pf.doc = doc;
    if (annotations !== null) pf.annotations = annotations;
    const mod = f.globals.getStr("__name__");
    if (mod !== undefined) pf.module = mod;
    let fn: PyValue = pf;
    for (let i = decoFns.length - 1; i >= 0; i--) {
      try { fn = call(decoFns[i], [fn]); } catch (err) { throw at(err, decos[i].node); }
    }
    store(f, fn);
    return NORMAL;
  };
}

export function compileLambda(c: Compiler, e: ast.Lambda): Ev {
  const qualname = c.qualPrefix + "<lambda>";
  const code = makeCode(c, e, e.args, "<lambda>", qualname, (nc) => {
    if (nc.scope.generator) return generatorFunctionBody(nc, e.body, "<lambda>", qualname, e.line);
    const b = nc.expr(e.body);
    const line = e.body.line; // the frame's line, for warnings.warn (no statement sets it)
    return (f) => { f.line = line; f.ret = b(f); return RETURN; };
  });
  const defaults = defaultsOf(c, e.args);
  const closure = closureOf(c, e);
  return (f) => {
    const [defs, kw] = defaults(f);
    const fn = new PyFunction("<lambda>", code, f.globals, defs, kw, closure ? closure(f) : null);
    fn.qualname = qualname;
    return fn;
  };
}

export function compileClassDef(c: Compiler, st: ast.ClassDef): Exec {
  const qualname = c.qualPrefix + st.name;
  const nc = c.nested(st, qualname + ".");
  const s = nc.scope;
  const body = nc.block(st.body);
  const bases = st.bases.map((b) => c.expr(b));
  const kws = st.keywords.map((k) => ({ name: k.arg, ev: c.expr(k.value) }));
  const decos = st.decorators.map((d) => ({ ev: c.expr(d), node: d }));
  const closure = closureOf(c, st);
  const hasClassCell = s.needsClassCell;
  const store = c.store({ kind: "Name", id: st.bind ?? st.name, ctx: "Store", line: st.line, col: st.col, endLine: st.endLine, endCol: st.endCol });
  const info = { file: c.file, name: st.name };
  const visible = !c.file.startsWith("<frozen ");
  const doc = docstring(st.body);
  return (f) => {
    const decoFns = decos.map((d) => d.ev(f));
    const bs = bases.map((b) => b(f));
    let explicit: PyValue | null = null;
    const kwargs = new Map<string, PyValue>();
    for (const k of kws) {
      const v = k.ev(f);
      if (k.name === "metaclass") explicit = v; else if (k.name) kwargs.set(k.name, v);
    }
    let meta: PyValue, ns: PyDict;
    try {
      meta = classMeta(explicit, bs);
      ns = classNamespace(meta, st.name, bs, kwargs);
    } catch (err) { throw at(err, st); }
    const mod = f.globals.getStr("__name__");
    ns.setStr("__module__", mod === undefined ? "__main__" : mod);
    ns.setStr("__qualname__", qualname);
    if (doc !== null) ns.setStr("__doc__", doc);
    const cells: PyCell[] = [];
    const classCell = hasClassCell ? new PyCell() : null;
    if (classCell) cells.push(classCell);
    if (closure) cells.push(...closure(f));
    const cf = new Frame(info, [], cells, f.globals, ns);
    // The body's frame is the running one (locals(), the line a wait reports), as a function's is.
    const caller = rt.frame;
    cf.back = caller;
    if (visible) rt.frame = cf;
    try { body(cf); } catch (err) { throw unwind(err, cf); } finally { rt.frame = caller; }
    // (a base that is not a class makes its type the metaclass, called as CPython does: `class
    // T(threading):` is "module() takes at most 2 arguments (3 given)")
    let cls: PyValue;
    try {
      if (meta === typeType) cls = createClass(typeType, st.name, bs as PyType[], ns, kwargs);
      else {
        const names = [...kwargs.keys()];
        cls = call(meta, [st.name, new PyTuple(bs), ns, ...kwargs.values()], names.length ? names : null);
      }
    } catch (err) { throw at(err, st); }
    if (classCell) classCell.set(cls);
    for (let i = decoFns.length - 1; i >= 0; i--) {
      try { cls = call(decoFns[i], [cls]); } catch (err) { throw at(err, decos[i].node); }
    }
    store(f, cls);
    return NORMAL;
  };
}

type Comp = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;
const COMP_NAMES = { ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>" };

export function compileComprehension(c: Compiler, e: Comp): Ev {
  if (e.kind === "GeneratorExp") return compileGeneratorExp(c, e);
  const name = COMP_NAMES[e.kind];
  const noArgs: ast.Arguments = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
  // the frame's line is its element's, for warnings.warn (no statement sets it)
  const line = (e.kind === "DictComp" ? e.key : e.elt).line;
  const code = makeCode(c, e, noArgs, name, c.qualPrefix + name, (nc) => {
    const body = compBody(nc, e);
    return (f) => { f.line = line; return body(f); };
  });
  code.argcount = 1;
  code.fastArity = 1;
  code.paramNames = [".0"];
  const first = c.expr(e.generators[0].iter);
  const closure = closureOf(c, e);
  return (f) => {
    const src = first(f);
    let it: PyIterator | PyRange;
    // A range goes in as itself (iter() of it cannot fail): the first loop counts with numbers.
    if (src instanceof PyRange && isSmallRange(src)) it = src;
    else try { it = iterate(src); } catch (err) { throw at(err, e); }
    const fn = new PyFunction(name, code, f.globals, [], null, closure ? closure(f) : null);
    try { return code.invoke(fn, [it as unknown as PyValue], null); } catch (err) { throw at(err, e); }
  };
}

function compBody(nc: Compiler, e: Comp): Exec {
  let inner: (f: Frame) => void;
  if (e.kind === "DictComp") {
    const k = nc.expr(e.key), v = nc.expr(e.value);
    inner = (f) => { const kk = k(f); try { (f.ret as PyDict).set(kk, v(f)); } catch (err) { throw at(err, e); } };
  } else if (e.kind === "SetComp") {
    const x = nc.expr(e.elt);
    inner = (f) => { const v = x(f); try { (f.ret as PySet).add(v); } catch (err) { throw at(err, e); } };
  } else {
    if (e.generators.length === 1) return simpleListComp(nc, e as ast.ListComp);
    const x = nc.expr(e.elt);
    inner = (f) => { (f.ret as unknown as PyValue[]).push(x(f)); };
  }
  for (let i = e.generators.length - 1; i >= 0; i--) inner = genLoop(nc, e.generators[i], i === 0, inner);
  const loop = inner;
  const kind = e.kind;
  return (f) => {
    f.ret = kind === "DictComp" ? new PyDict() : kind === "SetComp" ? new PySet() : ([] as unknown as PyValue);
    loop(f);
    if (kind === "ListComp") f.ret = new PyList(f.ret as unknown as PyValue[]);
    else if (kind === "GeneratorExp") {
      const items = f.ret as unknown as PyValue[];
      let i = 0;
      f.ret = new PyIteratorObject({ next: () => (i < items.length ? items[i++] : undefined) });
    }
    return RETURN;
  };
}

/**
 * `[elt for t in src if c...]` (one `for`): the items go straight into a local array, and over a range
 * with a plain local target the loop counts with numbers, as a for statement does.
 */
function simpleListComp(nc: Compiler, e: ast.ListComp): Exec {
  const g = e.generators[0];
  const x = nc.expr(e.elt);
  const store = nc.store(g.target);
  const ifs = g.ifs.map((c) => nc.expr(c));
  const nifs = ifs.length;
  const t = g.target;
  const acc = t.kind === "Name" ? nc.access(t.id) : null;
  const slot = acc !== null && acc.kind === "fast" ? acc.index : -1;
  const interrupt = rt;
  return (f) => {
    const src = f.locals[0] as unknown as PyIterator | PyRange;
    const out: PyValue[] = [];
    let tick = 0;
    if (src instanceof PyRange && slot >= 0) {
      const { start, stop, step } = src;
      const locals = f.locals;
      if (nifs === 0) {
        // Every step gives one item: the array is made at its final size (no regrowth copies).
        const n = src.length;
        const items: PyValue[] = new Array(n);
        for (let k = 0, i = start; k < n; k++, i += step) {
          locals[slot] = i;
          items[k] = x(f);
          if (interrupt.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
        }
        f.ret = new PyList(items);
        return RETURN;
      }
      outer: for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
        locals[slot] = i;
        for (let k = 0; k < nifs; k++) if (!truthy(ifs[k](f))) continue outer;
        out.push(x(f));
        if (interrupt.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
      }
    } else {
      const it = src instanceof PyRange ? iterate(src) : src;
      outer: for (let v = it.next(); v !== undefined; v = it.next()) {
        store(f, v);
        for (let k = 0; k < nifs; k++) if (!truthy(ifs[k](f))) continue outer;
        out.push(x(f));
        if (interrupt.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
      }
    }
    f.ret = new PyList(out);
    return RETURN;
  };
}

function genLoop(nc: Compiler, g: ast.Comprehension, first: boolean, body: (f: Frame) => void): (f: Frame) => void {
  const src = first ? null : nc.expr(g.iter);
  const store = nc.store(g.target);
  const ifs = g.ifs.map((x) => nc.expr(x));
  const interrupt = rt;
  return (f) => {
    let it: PyIterator;
    let tick = 0;
    if (src === null) {
      const v = f.locals[0] as unknown as PyIterator | PyRange;
      it = v instanceof PyRange ? iterate(v) : v;
    }
    else {
      const v = src(f);
      try { it = iterate(v); } catch (err) { throw at(err, g.iter); }
    }
    outer: for (let x = it.next(); x !== undefined; x = it.next()) {
      store(f, x);
      for (let i = 0; i < ifs.length; i++) if (!truthy(ifs[i](f))) continue outer;
      body(f);
      if (interrupt.interrupt[0] !== 0 || (++tick & 4095) === 0) checkInterrupt();
    }
  };
}

/**
 * A generator expression runs lazily: each next() resumes the nested for/if clauses where they
 * stopped (a stack of iterators, one per `for`) in the genexpr's own frame, and yields `elt`.
 */
function compileGeneratorExp(c: Compiler, e: ast.GeneratorExp): Ev {
  const name = "<genexpr>";
  const qualname = c.qualPrefix + name;
  const nc = c.nested(e, qualname + ".<locals>.");
  const s = nc.scope;
  const gens = e.generators;
  const levels = gens.map((g, i) => ({
    src: i === 0 ? null : nc.expr(g.iter),
    srcNode: g.iter,
    store: nc.store(g.target),
    ifs: g.ifs.map((x) => nc.expr(x)),
  }));
  const elt = nc.expr(e.elt);
  const first = c.expr(gens[0].iter);
  const closure = closureOf(c, e);
  const nlocals = s.locals.length;
  const nOwnCells = s.cells.size;
  const info = { file: c.file, name };
  const last = levels.length - 1;
  return (f) => {
    const src = first(f);
    let it0: PyIterator;
    try { it0 = iterate(src); } catch (err) { throw at(err, e); }
    const locals: (PyValue | undefined)[] = new Array(nlocals).fill(undefined);
    const cells: PyCell[] = [];
    for (let i = 0; i < nOwnCells; i++) cells.push(new PyCell());
    if (closure) cells.push(...closure(f));
    const gf = new Frame(info, locals, cells, f.globals, null);
    const iters: PyIterator[] = [it0];
    let level = 0;
    const step = (): PyValue | undefined => {
      if (++rt.depth > rt.recursionLimit) { rt.depth--; throw recursionError(); }
      try {
        for (;;) {
          const x = iters[level].next();
          if (x === undefined) {
            if (level === 0) return undefined;
            level--;
            continue;
          }
          const L = levels[level];
          L.store(gf, x);
          let ok = true;
          for (let i = 0; i < L.ifs.length; i++) if (!truthy(L.ifs[i](gf))) { ok = false; break; }
          if (!ok) continue;
          if (level === last) return elt(gf);
          const next = levels[level + 1];
          const v = next.src!(gf);
          try { iters[level + 1] = iterate(v); } catch (err) { throw at(err, next.srcNode); }
          level++;
        }
      } catch (err) {
        throw unwind(err, gf);
      } finally {
        rt.depth--;
      }
    };
    // g.throw(exc): the exception leaves the generator's frame at the generator expression
    // (not started yet: at its line, without carets)
    return new PyGenerator(name, qualname, step, (pe, started) => {
      if (started) return unwind(at(pe, e), gf);
      gf.line = e.line;
      return unwind(pe, gf);
    });
  };
}
