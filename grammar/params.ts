// Parameter lists of def and lambda: from the flat item list the parser reads to ast.Arguments,
// with CPython's messages for items out of order.
import type * as ast from "./ast.js";
import { errAt } from "./targets.js";

export type ParamItem =
  | { kind: "slash"; at: ast.Loc }
  | { kind: "star"; at: ast.Loc; arg: ast.Arg | null }
  | { kind: "kwstar"; at: ast.Loc; arg: ast.Arg }
  | { kind: "arg"; at: ast.Loc; arg: ast.Arg; def: ast.Expr | null };

export function buildArguments(items: ParamItem[]): ast.Arguments {
  const a: ast.Arguments = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
  let star = false, slash = false, kwstar = false;
  let bareStar: ast.Loc | null = null;
  for (const it of items) {
    if (kwstar) throw errAt("arguments cannot follow var-keyword argument", it.kind === "arg" ? it.arg : it.at);
    switch (it.kind) {
      case "slash":
        if (slash) throw errAt("/ may appear only once", it.at);
        if (star) throw errAt("/ must be ahead of *", it.at);
        if (a.args.length === 0) throw errAt("at least one argument must precede /", it.at);
        slash = true;
        a.posonlyargs = a.args; a.args = [];
        break;
      case "star":
        if (star) throw errAt("* argument may appear only once", it.at);
        star = true;
        if (it.arg) a.vararg = it.arg; else bareStar = it.at;
        break;
      case "kwstar":
        if (bareStar && a.kwonlyargs.length === 0) throw errAt("named arguments must follow bare *", bareStar);
        kwstar = true;
        a.kwarg = it.arg;
        break;
      case "arg":
        if (star) {
          a.kwonlyargs.push(it.arg);
          a.kwDefaults.push(it.def);
        } else {
          if (it.def) a.defaults.push(it.def);
          else if (a.defaults.length) throw errAt("non-default argument follows default argument", it.arg);
          a.args.push(it.arg);
        }
        break;
    }
  }
  if (bareStar && a.kwonlyargs.length === 0) throw errAt("named arguments must follow bare *", bareStar);
  return a;
}
