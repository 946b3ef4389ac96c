// Private name mangling, as CPython's compiler does it: inside a class body (and the functions nested in
// it), an identifier `__x` (not ending in `__`) stands for `_Class__x`: names, attribute names, parameter
// names, the names def and class statements bind (their __name__ stays as written), global/nonlocal and
// `except ... as` names. Keyword-argument names in calls are
// not mangled. Done once on the AST before scope analysis; idempotent (a mangled name has no `__` prefix).
import type * as ast from "../../grammar/ast.js";

/** `name` as written inside class `cls` (CPython's _Py_Mangle). */
export function mangle(cls: string | null, name: string): string {
  if (cls === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = cls.replace(/^_+/, "");
  return stripped === "" ? name : `_${stripped}${name}`;
}

type Node = Record<string, unknown>;

/** A def or class keeps its __name__ as written and binds the mangled name. */
function bindAs(n: Node, bound: string): void {
  if (bound !== n.name) n.bind = bound;
}

function walk(v: unknown, cls: string | null): void {
  if (Array.isArray(v)) { for (const x of v) walk(x, cls); return; }
  if (v === null || typeof v !== "object") return;
  const n = v as Node;
  switch (n.kind) {
    case "ClassDef": {
      const own = n.name as string; // the class's private names use its name as written
      bindAs(n, mangle(cls, own));
      walk(n.bases, cls); walk(n.keywords, cls); walk(n.decorators, cls);
      walk(n.body, own);
      return;
    }
    case "FunctionDef":
      bindAs(n, mangle(cls, n.name as string));
      break;
    case "Name":
      n.id = mangle(cls, n.id as string);
      return;
    case "Attribute":
      n.attr = mangle(cls, n.attr as string);
      break;
    case "MatchAs": case "MatchStar":
      if (typeof n.name === "string") n.name = mangle(cls, n.name);
      break;
    case "MatchMapping":
      if (typeof n.rest === "string") n.rest = mangle(cls, n.rest);
      break;
    case "Global": case "Nonlocal":
      n.names = (n.names as string[]).map((x) => mangle(cls, x));
      return;
    case undefined:
      // Arg (a parameter) and ExceptHandler carry names; Keyword (`f(__x=1)`) and Alias are left alone
      if (typeof n.arg === "string" && "annotation" in n) n.arg = mangle(cls, n.arg);
      else if ("type" in n && "body" in n && typeof n.name === "string") n.name = mangle(cls, n.name);
      break;
  }
  for (const k in n) {
    const x = n[k];
    if (x !== null && typeof x === "object") walk(x, cls);
  }
}

/** Mangles the private names of every class in `mod`, in place. */
export function manglePrivateNames(mod: ast.Module): void {
  walk(mod.body, null);
}
