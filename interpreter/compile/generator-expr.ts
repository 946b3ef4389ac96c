// Expressions of a generator's body that contain a yield, compiled to JS generator functions (GenEv) that
// yield the Python values and return the expression's value. Only yield, yield from, `and`/`or` and the
// conditional expression are written out here; any other node is split instead: its operands up to the
// last one that yields are evaluated first, in order, into hidden locals, then the node itself runs as
// ordinary compiled code over those locals. So the code between two yields is the normal closures.
import * as ast from "../../grammar/ast.js";
import type { Compiler } from "./compiler.js";
import type { Frame, Ev } from "../frame.js";
import { hooks, type PyValue, type PyIterator } from "../objects/object.js";
import { PyGenerator } from "../objects/generator.js";
import { PyException, toPyException, isExc, GeneratorExit, StopIteration } from "../objects/exceptions.js";
import { truthy } from "../protocol/ops.js";
import { iterate } from "../protocol/iter.js";
import { getattr, getattrOpt } from "../protocol/attr.js";
import { call } from "../protocol/call.js";
import { at } from "./errors.js";

export type GenEv = (f: Frame) => Generator<PyValue, PyValue, PyValue>;

const yields = new WeakMap<object, boolean>();

/** Whether a node has a yield of this function's own (not of a nested def, lambda or comprehension body). */
export function hasYield(n: unknown): boolean {
  if (n === null || typeof n !== "object") return false;
  if (Array.isArray(n)) { for (const x of n) if (hasYield(x)) return true; return false; }
  const o = n as Record<string, unknown> & { kind?: string };
  let r = yields.get(o);
  if (r !== undefined) return r;
  switch (o.kind) {
    case "Yield": case "YieldFrom": r = true; break;
    case "Lambda": r = hasYield((o.args as ast.Arguments).defaults) || hasYield((o.args as ast.Arguments).kwDefaults); break;
    case "FunctionDef": r = hasYield(o.decorators) || hasYield((o.args as ast.Arguments).defaults) || hasYield((o.args as ast.Arguments).kwDefaults); break;
    case "ClassDef": r = hasYield(o.decorators) || hasYield(o.bases) || hasYield(o.keywords); break;
    case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp":
      r = hasYield((o.generators as ast.Comprehension[])[0].iter); break;
    default:
      r = false;
      for (const k in o) if (k !== "kind" && hasYield(o[k])) { r = true; break; }
  }
  yields.set(o, r);
  return r;
}

/** An expression as a GenEv whether or not it yields (one that does not runs its normal closure). */
export function genPart(c: Compiler, e: ast.Expr): GenEv {
  if (hasYield(e)) return genExpr(c, e);
  const ev = c.expr(e);
  return function* (f) { return ev(f); };
}

export function genExpr(c: Compiler, e: ast.Expr): GenEv {
  switch (e.kind) {
    case "Yield": {
      if (e.value === null) return function* () { return yield null; };
      if (!hasYield(e.value)) { const ev = c.expr(e.value); return function* (f) { return yield ev(f); }; }
      const g = genExpr(c, e.value);
      return function* (f) { const v = yield* g(f); return yield v; };
    }
    case "YieldFrom": return yieldFrom(c, e);
    case "BoolOp": {
      const parts = e.values.map((v) => genPart(c, v));
      const and = e.op === "and";
      return function* (f) {
        let v: PyValue = null;
        for (let i = 0; i < parts.length; i++) {
          v = yield* parts[i](f);
          if (i < parts.length - 1 && truthy(v) !== and) return v;
        }
        return v;
      };
    }
    case "IfExp": {
      const t = genPart(c, e.test), b = genPart(c, e.body), o = genPart(c, e.orelse);
      return function* (f) { return truthy(yield* t(f)) ? yield* b(f) : yield* o(f); };
    }
    default: {
      const s = split(c, e, exprOperands(e));
      const ev = c.expr(s.node as ast.Expr);
      const pre = s.pre;
      return function* (f) { yield* pre(f); return ev(f); };
    }
  }
}

type Path = (string | number)[];

/** A node's operands, in the order CPython evaluates them, as paths from the node. */
export function exprOperands(e: ast.Expr): Path[] {
  const out: Path[] = [];
  const elts = (key: string, xs: ast.Expr[]) => xs.forEach((x, i) => out.push(x.kind === "Starred" ? [key, i, "value"] : [key, i]));
  switch (e.kind) {
    case "BinOp": out.push(["left"], ["right"]); break;
    case "UnaryOp": out.push(["operand"]); break;
    case "Compare": out.push(["left"]); e.comparators.forEach((_, i) => out.push(["comparators", i])); break;
    case "Call":
      out.push(["func"]);
      elts("args", e.args);
      e.keywords.forEach((_, i) => out.push(["keywords", i, "value"]));
      break;
    case "Attribute": case "NamedExpr": case "FormattedValue": case "Starred": out.push(["value"]); break;
    case "Subscript": out.push(["value"], ["slice"]); break;
    case "Slice": for (const k of ["lower", "upper", "step"] as const) if (e[k]) out.push([k]); break;
    case "List": case "Tuple": case "Set": elts("elts", e.elts); break;
    case "Dict": e.keys.forEach((k, i) => { if (k) out.push(["keys", i]); out.push(["values", i]); }); break;
    case "JoinedStr": e.values.forEach((v, i) => { if (v.kind === "FormattedValue") out.push(["values", i, "value"]); }); break;
    case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp": out.push(["generators", 0, "iter"]); break;
    default: break;
  }
  return out;
}

function get(root: unknown, p: Path): ast.Expr {
  let o = root as Record<string | number, unknown>;
  for (const k of p) o = o[k] as Record<string | number, unknown>;
  return o as unknown as ast.Expr;
}

/**
 * Splits `node` at its operands `paths`: those up to the last that yields are evaluated by `pre`, in
 * order, into hidden locals of the frame (slots past the function's own), and `node` is a copy reading
 * them there. Nested functions' scopes are found by their AST node, so only the path to each replaced
 * operand is copied.
 */
export function split<T extends object>(c: Compiler, root: T, paths: Path[]): { node: T; pre: (f: Frame) => Generator<PyValue, void, PyValue> } {
  let last = -1;
  paths.forEach((p, i) => { if (hasYield(get(root, p))) last = i; });
  if (last < 0) return { node: root, pre: function* () { /* nothing yields */ } };
  const copies = new Map<object, Record<string | number, unknown>>();
  const node = { ...root } as Record<string | number, unknown>;
  copies.set(root, node);
  const steps: { slot: number; g: GenEv | null; ev: Ev | null }[] = [];
  for (let i = 0; i <= last; i++) {
    const p = paths[i];
    const operand = get(root, p);
    const locals = c.scope.locals;
    const id = `.t${locals.length}`;
    const slot = locals.length;
    locals.push(id);
    steps.push(hasYield(operand) ? { slot, g: genExpr(c, operand), ev: null } : { slot, g: null, ev: c.expr(operand) });
    let orig = root as Record<string | number, unknown>, cur = node;
    for (let k = 0; k < p.length - 1; k++) {
      const child = orig[p[k]] as Record<string | number, unknown>;
      let copy = copies.get(child);
      if (copy === undefined) {
        copy = (Array.isArray(child) ? [...child] : { ...child }) as Record<string | number, unknown>;
        copies.set(child, copy);
        cur[p[k]] = copy;
      }
      orig = child;
      cur = copy;
    }
    cur[p[p.length - 1]] = { kind: "Name", id, ctx: "Load", line: operand.line, col: operand.col, endLine: operand.endLine, endCol: operand.endCol };
  }
  // a comprehension's copy is still that comprehension: its scope is found by the node
  const scope = c.scopes.get(root);
  if (scope !== undefined) c.scopes.set(node, scope);
  const n = steps.length;
  return {
    node: node as T,
    pre: function* (f) {
      for (let i = 0; i < n; i++) {
        const s = steps[i];
        f.locals[s.slot] = s.g !== null ? yield* s.g(f) : s.ev!(f);
      }
    },
  };
}

/** PEP 380's `yield from`: send, throw and close go on to the iterator; its return value is the result. */
function yieldFrom(c: Compiler, e: ast.YieldFrom): GenEv {
  const src = genPart(c, e.value);
  return function* (f) {
    const v = yield* src(f);
    let it: PyIterator;
    try { it = iterate(v); } catch (err) { throw at(err, e); }
    if (it instanceof PyGenerator) {
      let sent: PyValue = null, exc: PyException | null = null;
      for (;;) {
        let y: PyValue | undefined;
        try { y = it.resume(sent, exc); } catch (err) { throw at(err, e); }
        if (y === undefined) return it.takeReturn();
        exc = null;
        sent = null;
        try { sent = yield y; } catch (err) {
          const pe = toPyException(err);
          if (pe.exc.cls.isSubtype(GeneratorExit)) { try { it.close(); } catch (err2) { throw at(err2, e); } throw pe; }
          exc = pe;
        }
      }
    }
    let y: PyValue | undefined;
    try { y = it.next(); } catch (err) { throw at(err, e); }
    for (;;) {
      if (y === undefined) return null;
      let sent: PyValue = null;
      try { sent = yield y; } catch (err) {
        const pe = toPyException(err);
        if (pe.exc.cls.isSubtype(GeneratorExit)) {
          const close = getattrOpt(hooks.wrapIter(it), "close");
          if (close !== undefined) { try { call(close, []); } catch (err2) { throw at(err2, e); } }
          throw pe;
        }
        const thr = getattrOpt(hooks.wrapIter(it), "throw");
        if (thr === undefined) throw pe;
        try { y = call(thr, [pe.exc]); } catch (err2) { return stopValue(err2, e); }
        continue;
      }
      try {
        if (sent === null) y = it.next();
        else y = call(getattr(hooks.wrapIter(it), "send"), [sent]);
      } catch (err) { return stopValue(err, e); }
    }
  };
}

/** A StopIteration from a delegated iterator's send/throw ends `yield from` with its value. */
function stopValue(err: unknown, e: ast.Loc): PyValue {
  if (isExc(err, StopIteration)) return err.exc.args.length ? err.exc.args[0] : null;
  throw at(err, e);
}
