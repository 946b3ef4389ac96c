// Checks CPython makes after parsing (symtable and compiler), which are still SyntaxErrors:
// 'return' outside function, 'break' outside loop, duplicate arguments, module-level nonlocal.
import type * as ast from "./ast.js";
import { errAt } from "./targets.js";
import { GrammarError } from "./errors.js";
import { checkCasePattern } from "./validate-patterns.js";

interface Ctx { fn: boolean; loop: boolean; module: boolean; scopes: Scope[] }
/** A function scope: the names it binds (its locals) and the names it declares global. */
interface Scope { locals: Set<string>; globals: Set<string> }

export function validate(mod: ast.Module): void {
  try {
    block(mod.body, { fn: false, loop: false, module: true, scopes: [] });
  } catch (e) {
    if (e instanceof GrammarError) e.compiled = true;
    throw e;
  }
}

/** The names a function body binds, not looking into nested functions, classes, lambdas or comprehensions. */
function scopeOf(fn: ast.FunctionDef): Scope {
  const locals = new Set<string>(), globals = new Set<string>();
  const a = fn.args;
  for (const x of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) locals.add(x.arg);
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) { for (const x of n) walk(x); return; }
    if (n === null || typeof n !== "object") return;
    const o = n as { kind?: string } & Record<string, unknown>;
    // (names a pattern captures; its sub-patterns are walked below)
    if ((o.kind === "MatchAs" || o.kind === "MatchStar") && typeof o.name === "string") locals.add(o.name);
    if (o.kind === "MatchMapping" && typeof o.rest === "string") locals.add(o.rest);
    switch (o.kind) {
      case "Name": if (o.ctx !== "Load") locals.add(o.id as string); return;
      case "FunctionDef": case "ClassDef": locals.add(o.name as string); walk(o.decorators); return;
      case "Lambda": case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp": return;
      case "Global": for (const x of o.names as string[]) globals.add(x); return;
      case "Import": case "ImportFrom":
        for (const al of o.names as ast.Alias[]) if (al.name !== "*") locals.add(al.asname ?? al.name.split(".")[0]);
        return;
      default:
        if (o.kind === undefined && "body" in o && "type" in o && typeof o.name === "string") locals.add(o.name); // except ... as name
        for (const k in o) if (k !== "kind") walk(o[k]);
    }
  };
  walk(fn.body);
  for (const g of globals) locals.delete(g);
  return { locals, globals };
}

function block(body: ast.Stmt[], c: Ctx): void {
  for (const s of body) stmt(s, c);
}

function stmt(s: ast.Stmt, c: Ctx): void {
  switch (s.kind) {
    case "Return": if (!c.fn) throw errAt("'return' outside function", s); break;
    case "Break": if (!c.loop) throw errAt("'break' outside loop", s); break;
    case "Continue": if (!c.loop) throw errAt("'continue' not properly in loop", s); break;
    case "Nonlocal":
      if (c.module) throw errAt("nonlocal declaration not allowed at module level", s);
      for (const n of s.names) {
        if (!c.scopes.slice(0, -1).some((sc) => sc.locals.has(n))) throw errAt(`no binding for nonlocal '${n}' found`, s);
      }
      break;
    case "FunctionDef": {
      const seen = new Set<string>();
      const a = s.args;
      for (const x of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
        if (seen.has(x.arg)) throw errAt(`duplicate argument '${x.arg}' in function definition`, x);
        seen.add(x.arg);
      }
      block(s.body, { fn: true, loop: false, module: false, scopes: [...c.scopes, scopeOf(s)] });
      break;
    }
    case "ClassDef": block(s.body, { fn: false, loop: false, module: false, scopes: c.scopes }); break;
    case "For": case "While":
      block(s.body, { ...c, loop: true });
      block(s.orelse, c);
      break;
    case "If": block(s.body, c); block(s.orelse, c); break;
    case "With": block(s.body, c); break;
    case "Match":
      s.cases.forEach((k, i) => {
        checkCasePattern(k.pattern, k.guard !== null || i === s.cases.length - 1);
        block(k.body, c);
      });
      break;
    case "Try":
      block(s.body, c);
      for (const h of s.handlers) block(h.body, c);
      block(s.orelse, c);
      block(s.finalbody, c);
      break;
    default: break;
  }
}
