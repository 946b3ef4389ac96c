// Scope analysis, like CPython's symtable: which names of a function are locals (an array slot per
// frame), cells (locals captured by inner functions), free variables (cells of an enclosing function),
// or globals; class bodies resolve through their namespace; comprehensions and lambdas are functions.
// Methods that use super() or __class__ get the implicit __class__ cell of their class.
import * as ast from "../../grammar/ast.js";

export type ScopeKind = "module" | "function" | "class" | "comprehension";

export class Scope {
  /** Names bound here (assigned, params, def/class/import/for/with/except targets). */
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly declLocs = new Map<string, ast.Loc>();
  /** Names read (`Load`) and names annotated (`x: T`) so far: a later global/nonlocal of one is an error. */
  readonly loaded = new Set<string>();
  readonly annotated = new Set<string>();
  readonly params: string[] = [];
  /** Local names captured by inner scopes (stored in PyCells). */
  readonly cells = new Set<string>();
  /** Names this scope reads from enclosing functions' cells, in slot order. */
  readonly free: string[] = [];
  readonly children: Scope[] = [];
  usesSuper = false;
  /** Function scopes with a `yield` of their own: calling one makes a generator. */
  generator = false;
  /** Class scopes: some method needs the __class__ cell. */
  needsClassCell = false;
  /** Slot order of fast locals (function scopes): params first. */
  locals: string[] = [];
  constructor(readonly kind: ScopeKind, readonly name: string, readonly parent: Scope | null, readonly node: unknown) {
    parent?.children.push(this);
  }
  get isFunction(): boolean {
    return this.kind === "function" || this.kind === "comprehension";
  }

  /** How a name is accessed in this scope. */
  resolve(name: string): NameAccess {
    if (this.kind === "module") return { kind: "name" };
    if (this.globals.has(name)) return { kind: "global" };
    if (this.kind === "class") {
      if (this.free.includes(name) && !this.bound.has(name)) return { kind: "classderef", index: this.cellIndex(name) };
      return { kind: "name" };
    }
    if (this.cells.has(name) || this.free.includes(name)) return { kind: "cell", index: this.cellIndex(name) };
    const i = this.locals.indexOf(name);
    if (i >= 0) return { kind: "fast", index: i };
    return { kind: "global" };
  }
  /** Cell slots: own cells (sorted as created) then free variables. */
  cellNames(): string[] {
    return [...this.cells, ...this.free];
  }
  cellIndex(name: string): number {
    return this.cellNames().indexOf(name);
  }
}

export type NameAccess =
  | { kind: "fast"; index: number }
  | { kind: "cell"; index: number }
  | { kind: "classderef"; index: number }
  | { kind: "global" }
  | { kind: "name" };

export class ScopeError extends Error {
  constructor(msg: string, readonly loc: ast.Loc) { super(msg); }
}

/** Builds the scope tree of a module; scopes are found again by their AST node (scopeOf). */
export function analyze(mod: ast.Module): Map<unknown, Scope> {
  const byNode = new Map<unknown, Scope>();
  const top = new Scope("module", "<module>", null, mod);
  byNode.set(mod, top);
  const collector = new Collector(byNode);
  collector.futureLine = futureCheck(mod);
  collector.stmts(mod.body, top);
  resolveScope(top);
  return byNode;
}

const FUTURE_FEATURES = new Set(["nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]);

/** CPython's future.c: the features of the `from __future__` imports that open the module (after its
 *  docstring), checked before anything else; returns the line of the last one (0 if none). */
function futureCheck(mod: ast.Module): number {
  const body = mod.body;
  let i = 0, line = 0;
  const first = body[0];
  if (first?.kind === "Expr" && first.value.kind === "Constant" && first.value.value.type === "str") i = 1;
  for (; i < body.length; i++) {
    const st = body[i];
    if (st.kind !== "ImportFrom" || st.module !== "__future__") break;
    for (const a of st.names) {
      if (FUTURE_FEATURES.has(a.name)) continue;
      // (at the statement's first column only, as PyErr_SyntaxLocationObject places it)
      const at = { line: st.line, col: st.col, endLine: st.line, endCol: st.col + 1 };
      throw new ScopeError(a.name === "braces" ? "not a chance" : `future feature ${a.name} is not defined`, at);
    }
    line = st.line;
  }
  return line;
}

/** CPython symtable's errors for a global/nonlocal statement after the name's use in the same scope. */
function declCheck(s: Scope, n: string, what: "global" | "nonlocal", st: ast.Loc): void {
  let msg: string | null = null;
  if (s.params.includes(n)) msg = `name '${n}' is parameter and ${what}`;
  else if (s.loaded.has(n)) msg = `name '${n}' is used prior to ${what} declaration`;
  else if (s.annotated.has(n)) msg = `annotated name '${n}' can't be ${what}`;
  else if (s.bound.has(n)) msg = `name '${n}' is assigned to before ${what} declaration`;
  if (msg !== null) throw new ScopeError(msg, st);
}

/** Records a global/nonlocal declaration; CPython's errors about the name point at its first one. */
function declared(s: Scope, n: string, st: ast.Loc): void {
  if (s.globals.has(n) && s.nonlocals.has(n)) throw new ScopeError(`name '${n}' is nonlocal and global`, s.declLocs.get(n)!);
  if (!s.declLocs.has(n)) s.declLocs.set(n, st);
}

class Collector {
  /** Line of the last `from __future__` import that opens the module; a later one is an error. */
  futureLine = 0;
  constructor(private readonly byNode: Map<unknown, Scope>) {}

  stmts(ss: ast.Stmt[], s: Scope): void {
    for (const st of ss) this.stmt(st, s);
  }

  private bind(name: string, s: Scope): void {
    s.bound.add(name);
  }

  private args(a: ast.Arguments, s: Scope): void {  // defaults, evaluated where the def or lambda runs
    for (const d of a.defaults) this.expr(d, s);
    for (const d of a.kwDefaults) if (d) this.expr(d, s);
  }

  private funcScope(kind: ScopeKind, name: string, node: unknown, a: ast.Arguments, s: Scope): Scope {
    const fs = new Scope(kind, name, s, node);
    this.byNode.set(node, fs);
    // Slot order: positional, keyword-only, *args, **kwargs (Code.bind relies on it).
    const ps = [...a.posonlyargs, ...a.args].map((x) => x.arg);
    for (const k of a.kwonlyargs) ps.push(k.arg);
    if (a.vararg) ps.push(a.vararg.arg);
    if (a.kwarg) ps.push(a.kwarg.arg);
    fs.params.push(...ps);
    for (const p of ps) fs.bound.add(p);
    return fs;
  }

  stmt(st: ast.Stmt, s: Scope): void {
    switch (st.kind) {
      case "FunctionDef": {
        for (const d of st.decorators) this.expr(d, s);
        this.args(st.args, s);
        // annotations are evaluated where the def runs
        for (const p of annotatedParams(st.args)) this.expr(p.annotation!, s);
        if (st.returns) this.expr(st.returns, s);
        this.bind(st.bind ?? st.name, s);
        const fs = this.funcScope("function", st.name, st, st.args, s);
        this.stmts(st.body, fs);
        return;
      }
      case "ClassDef": {
        for (const d of st.decorators) this.expr(d, s);
        for (const b of st.bases) this.expr(b, s);
        for (const k of st.keywords) this.expr(k.value, s);
        this.bind(st.bind ?? st.name, s);
        const cs = new Scope("class", st.name, s, st);
        this.byNode.set(st, cs);
        this.stmts(st.body, cs);
        return;
      }
      case "Return": if (st.value) this.expr(st.value, s); return;
      case "Delete": for (const t of st.targets) this.target(t, s); return;
      case "Assign":
        this.expr(st.value, s);
        for (const t of st.targets) this.target(t, s);
        return;
      case "AugAssign":
        this.expr(st.value, s);
        this.target(st.target, s);
        if (st.target.kind === "Name") s.used.add(st.target.id);
        return;
      case "AnnAssign":
        if (st.value) this.expr(st.value, s);
        if (st.target.kind === "Name") { s.annotated.add(st.target.id); if (st.value) this.bind(st.target.id, s); }
        else this.target(st.target, s);
        return;
      case "For":
        this.expr(st.iter, s);
        this.target(st.target, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case "While": case "If":
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case "With":
        for (const it of st.items) {
          this.expr(it.contextExpr, s);
          if (it.optionalVars) this.target(it.optionalVars, s);
        }
        this.stmts(st.body, s);
        return;
      case "Raise":
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return;
      case "Try":
        this.stmts(st.body, s);
        // CPython's compiler: a bare except must be the last handler
        for (let i = 0; i < st.handlers.length - 1; i++) {
          if (st.handlers[i].type === null) throw new ScopeError("default 'except:' must be last", st.handlers[i]);
        }
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) this.bind(h.name, s);
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        return;
      case "Assert":
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        return;
      case "Import":
        for (const a of st.names) this.bind(a.asname ?? a.name.split(".")[0], s);
        return;
      case "ImportFrom":
        if (st.module === "__future__" && st.line > this.futureLine) {
          throw new ScopeError("from __future__ imports must occur at the beginning of the file", st);
        }
        for (const a of st.names) {
          if (a.name !== "*") this.bind(a.asname ?? a.name, s);
          else if (s.kind !== "module") throw new ScopeError("import * only allowed at module level", a);
        }
        return;
      case "Global":
        for (const n of st.names) { declCheck(s, n, "global", st); s.globals.add(n); declared(s, n, st); }
        return;
      case "Nonlocal":
        for (const n of st.names) { declCheck(s, n, "nonlocal", st); s.nonlocals.add(n); declared(s, n, st); }
        return;
      case "Expr": this.expr(st.value, s); return;
      case "Pass": case "Break": case "Continue": return;
      case "Match":
        this.expr(st.subject, s);
        for (const k of st.cases) {
          this.pattern(k.pattern, s);
          if (k.guard) this.expr(k.guard, s);
          this.stmts(k.body, s);
        }
        return;
      default: ast.assertNever(st);
    }
  }

  /** A pattern binds its captures and reads its values' and classes' names. */
  private pattern(p: ast.Pattern, s: Scope): void {
    switch (p.kind) {
      case "MatchValue": this.expr(p.value, s); return;
      case "MatchSingleton": return;
      case "MatchSequence": case "MatchOr": for (const q of p.patterns) this.pattern(q, s); return;
      case "MatchMapping":
        for (const k of p.keys) this.expr(k, s);
        for (const q of p.patterns) this.pattern(q, s);
        if (p.rest !== null) this.bind(p.rest, s);
        return;
      case "MatchClass":
        this.expr(p.cls, s);
        for (const q of p.patterns) this.pattern(q, s);
        for (const q of p.kwdPatterns) this.pattern(q, s);
        return;
      case "MatchStar": if (p.name !== null) this.bind(p.name, s); return;
      case "MatchAs":
        if (p.pattern !== null) this.pattern(p.pattern, s);
        if (p.name !== null) this.bind(p.name, s);
        return;
      default: ast.assertNever(p);
    }
  }

  target(t: ast.Expr, s: Scope): void {
    switch (t.kind) {
      case "Name": this.bind(t.id, s); return;
      case "Tuple": case "List":
        // (CPython's compiler error, checked here as this pass sees every target before anything runs)
        if (t.elts.filter((e) => e.kind === "Starred").length > 1) throw new ScopeError("multiple starred expressions in assignment", t);
        for (const e of t.elts) this.target(e, s);
        return;
      case "Starred": this.target(t.value, s); return;
      default: this.expr(t, s);
    }
  }

  private comp(node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, s: Scope, name: string): void {
    const gens = node.generators;
    this.expr(gens[0].iter, s);
    const cs = new Scope("comprehension", name, s, node);
    this.byNode.set(node, cs);
    cs.params.push(".0");
    cs.bound.add(".0");
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs);
      this.target(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
    });
    if (node.kind === "DictComp") { this.expr(node.key, cs); this.expr(node.value, cs); }
    else this.expr(node.elt, cs);
  }

  expr(e: ast.Expr, s: Scope): void {
    switch (e.kind) {
      case "Name":
        if (e.ctx === "Load") {
          s.used.add(e.id);
          s.loaded.add(e.id);
          if (e.id === "super") s.usesSuper = true;
        } else this.bind(e.id, s);
        return;
      case "NamedExpr": {
        this.expr(e.value, s);
        let t = s;
        while (t.kind === "comprehension" && t.parent) t = t.parent;
        if (t !== s) {
          t.bound.add(e.target.id);
          // the comprehension reaches it as a free variable (or global at module level)
          s.used.add(e.target.id);
        } else this.bind(e.target.id, s);
        return;
      }
      case "BoolOp": for (const v of e.values) this.expr(v, s); return;
      case "BinOp": this.expr(e.left, s); this.expr(e.right, s); return;
      case "UnaryOp": this.expr(e.operand, s); return;
      case "Lambda": {
        this.args(e.args, s);
        const fs = this.funcScope("function", "<lambda>", e, e.args, s);
        this.expr(e.body, fs);
        return;
      }
      case "IfExp": this.expr(e.test, s); this.expr(e.body, s); this.expr(e.orelse, s); return;
      case "Dict":
        for (const k of e.keys) if (k) this.expr(k, s);
        for (const v of e.values) this.expr(v, s);
        return;
      case "Set": for (const x of e.elts) this.expr(x, s); return;
      case "List": case "Tuple":
        for (const x of e.elts) if (e.ctx === "Load") this.expr(x, s); else this.target(x, s);
        return;
      case "ListComp": this.comp(e, s, "<listcomp>"); return;
      case "SetComp": this.comp(e, s, "<setcomp>"); return;
      case "DictComp": this.comp(e, s, "<dictcomp>"); return;
      case "GeneratorExp": this.comp(e, s, "<genexpr>"); return;
      case "Compare": this.expr(e.left, s); for (const c of e.comparators) this.expr(c, s); return;
      case "Call":
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a, s);
        for (const k of e.keywords) this.expr(k.value, s);
        return;
      case "FormattedValue":
        this.expr(e.value, s);
        if (e.formatSpec) this.expr(e.formatSpec, s);
        return;
      case "JoinedStr": for (const v of e.values) this.expr(v, s); return;
      case "Constant": return;
      case "Attribute": this.expr(e.value, s); return;
      case "Subscript": this.expr(e.value, s); this.expr(e.slice, s); return;
      case "Starred": if (e.ctx === "Load") this.expr(e.value, s); else this.target(e.value, s); return;
      case "Yield": case "YieldFrom": {
        // CPython's symtable errors, at the yield expression
        if (s.kind === "comprehension") throw new ScopeError(`'yield' inside ${COMP_WHAT[(s.node as ast.Expr).kind]}`, e);
        if (s.kind !== "function") throw new ScopeError("'yield' outside function", e);
        s.generator = true;
        if (e.value) this.expr(e.value, s);
        return;
      }
      case "Slice":
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        return;
      default: ast.assertNever(e);
    }
  }
}

const COMP_WHAT: Record<string, string> = {
  ListComp: "list comprehension", SetComp: "set comprehension", DictComp: "dict comprehension", GeneratorExp: "generator expression",
};

/** Finds the function scope that owns `name` for a free reference from `s`; marks cells and frees. */
function resolveFree(s: Scope, name: string): boolean {
  const path: Scope[] = [];
  let p = s.parent;
  while (p && p.kind !== "module") {
    if (p.isFunction) {
      if (p.globals.has(name)) return false;
      if (p.nonlocals.has(name) || p.free.includes(name)) { path.push(p); break; }
      if (p.bound.has(name)) {
        p.cells.add(name);
        for (const q of [s, ...path]) if (!q.free.includes(name)) q.free.push(name);
        return true;
      }
    }
    path.push(p);
    p = p.parent;
  }
  if (p && p.kind !== "module" && path.length) {
    for (const q of [s, ...path.slice(0, -1)]) if (!q.free.includes(name)) q.free.push(name);
    return true;
  }
  return false;
}

function resolveScope(s: Scope): void {
  if (s.isFunction) {
    for (const n of s.nonlocals) {
      if (!resolveFree(s, n)) throw new ScopeError(`no binding for nonlocal '${n}' found`, s.declLocs.get(n) ?? (s.node as ast.Loc));
    }
    for (const n of [...s.used, ...s.bound]) {
      if (s.globals.has(n) || s.nonlocals.has(n)) continue;
      if (s.bound.has(n)) continue;
      resolveFree(s, n);
    }
    if (s.usesSuper || s.used.has("__class__")) {
      let c = s.parent;
      const path: Scope[] = [s];
      while (c && c.kind !== "class") { path.push(c); c = c.parent; }
      if (c) {
        c.needsClassCell = true;
        for (const q of path) if (!q.free.includes("__class__")) q.free.push("__class__");
      }
    }
  } else if (s.kind === "class") {
    for (const n of s.used) if (!s.bound.has(n) && !s.globals.has(n)) resolveFree(s, n);
  }
  for (const c of s.children) resolveScope(c);
  if (s.isFunction) {
    const locals = [...s.params];
    for (const n of s.bound) {
      if (!locals.includes(n) && !s.globals.has(n) && !s.nonlocals.has(n)) locals.push(n);
    }
    s.locals = locals;
  }
  if (s.kind === "class" && s.needsClassCell) s.cells.add("__class__");
}

/** A def's parameters that carry an annotation, in CPython's __annotations__ order. */
export function annotatedParams(a: ast.Arguments): ast.Arg[] {
  const all = [...a.posonlyargs, ...a.args];
  if (a.vararg) all.push(a.vararg);
  all.push(...a.kwonlyargs);
  if (a.kwarg) all.push(a.kwarg);
  return all.filter((p) => p.annotation !== null);
}
