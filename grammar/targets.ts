// Assignment and deletion targets: setting ctx Store/Del as CPython does, and CPython's messages
// for what cannot be a target ("cannot assign to function call", "cannot delete literal", ...).
import type * as ast from "./ast.js";
import { GrammarError } from "./errors.js";

/** CPython's _PyPegen_get_expr_name. */
export function exprName(e: ast.Expr): string {
  switch (e.kind) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v.type === "None") return "None";
      if (v.type === "bool") return v.value ? "True" : "False";
      if (v.type === "Ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
    case "Yield": case "YieldFrom": return "yield expression";
  }
}

export function errAt(msg: string, n: ast.Loc, type: GrammarError["type"] = "SyntaxError"): GrammarError {
  return new GrammarError(type, msg, n.line, n.col, n.endLine, n.endCol);
}

/** The first sub-expression that cannot be a target, or null. */
export function invalidTarget(e: ast.Expr, del: boolean): ast.Expr | null {
  switch (e.kind) {
    case "Name": case "Attribute": case "Subscript": return null;
    case "Starred": return del ? e : invalidTarget(e.value, del);
    case "Tuple": case "List":
      for (const x of e.elts) { const b = invalidTarget(x, del); if (b) return b; }
      return null;
    default: return e;
  }
}

/** Sets ctx on a valid target, in place; throws CPython's error for an invalid one. */
export function toTarget(e: ast.Expr, ctx: "Store" | "Del", topLevel = true): ast.Expr {
  const bad = invalidTarget(e, ctx === "Del");
  if (bad) {
    if (ctx === "Del") throw errAt(`cannot delete ${exprName(bad)}`, bad);
    throw errAt(`cannot assign to ${exprName(bad)}`, bad);
  }
  if (topLevel && e.kind === "Starred" && ctx === "Store") throw errAt("starred assignment target must be in a list or tuple", e);
  setCtx(e, ctx);
  return e;
}

function setCtx(e: ast.Expr, ctx: ast.Ctx): void {
  switch (e.kind) {
    case "Name":
      if (e.id === "__debug__") throw errAt("cannot assign to __debug__", e);
      e.ctx = ctx; break;
    case "Attribute": case "Subscript": e.ctx = ctx; break;
    case "Starred": e.ctx = ctx; setCtx(e.value, ctx); break;
    case "Tuple": case "List": e.ctx = ctx; for (const x of e.elts) setCtx(x, ctx); break;
    default: break;
  }
}
