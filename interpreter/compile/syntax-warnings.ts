// The SyntaxWarnings CPython 3.11's compiler prints before a program runs, for learners' slips it can see
// in the source (compile.c's check_compare, check_caller, check_subscripter, check_index and the
// assert check): `x is 5`, `assert (x, "msg")`, `[[1, 2] [3, 4]]` (a missed comma), `"a"()`.
// Each is printed as warnings.showwarning does: `file:line: SyntaxWarning: msg` and the stripped line.
import type * as ast from "../../grammar/ast.js";
import { sourceLine } from "../traceback.js";

type Node = { kind?: string; line?: number };

/** The warnings for a module's AST, in source order, as the text to write to stderr. */
export function syntaxWarnings(mod: ast.Module, file: string): string {
  let out = "";
  const warn = (n: ast.Loc, msg: string) => {
    const text = sourceLine(file, n.line)?.trim();
    out += `${file}:${n.line}: SyntaxWarning: ${msg}\n${text ? `  ${text}\n` : ""}`;
  };
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) { for (const x of v) visit(x); return; }
    if (v === null || typeof v !== "object") return;
    const n = v as Node;
    if (n.kind !== undefined) check(n as ast.Expr | ast.Stmt, warn);
    for (const k in n) if (k !== "kind") visit((n as Record<string, unknown>)[k]);
  };
  visit(mod.body);
  return out;
}

function check(n: ast.Expr | ast.Stmt, warn: (n: ast.Loc, msg: string) => void): void {
  switch (n.kind) {
    case "Compare": {
      let left = n.left;
      n.ops.forEach((op, i) => {
        const right = n.comparators[i];
        if ((op === "is" || op === "is not") && (isLiteral(left) || isLiteral(right))) {
          warn(n, op === "is" ? `"is" with a literal. Did you mean "=="?` : `"is not" with a literal. Did you mean "!="?`);
        }
        left = right;
      });
      break;
    }
    case "Assert":
      if (n.test.kind === "Tuple" && n.test.elts.length > 0) warn(n, "assertion is always true, perhaps remove parentheses?");
      break;
    case "Call": {
      const t = CALL_KINDS.has(n.func.kind) ? inferType(n.func) : null;
      if (t !== null) warn(n, `'${t}' object is not callable; perhaps you missed a comma?`);
      break;
    }
    case "Subscript": {
      if (n.ctx !== "Load") break;
      const v = folded(n.value) ?? n.value;
      const c = v.kind === "Constant" ? v.value.type : null;
      if (SUBSCRIPTER_KINDS.has(v.kind) || (c !== null && NOT_SUBSCRIPTABLE.has(c))) {
        warn(n, `'${inferType(v)}' object is not subscriptable; perhaps you missed a comma?`);
        break;
      }
      const it = inferType(folded(n.slice) ?? n.slice);
      if (it === null || it === "int" || it === "bool") break;
      if (INDEX_KINDS.has(v.kind) || (c === "str" || c === "bytes")) {
        warn(n, `${inferType(v)} indices must be integers or slices, not ${it}; perhaps you missed a comma?`);
      }
      break;
    }
  }
}

const CALL_KINDS = new Set(["Constant", "Tuple", "List", "ListComp", "Dict", "DictComp", "Set", "SetComp", "GeneratorExp", "JoinedStr", "FormattedValue"]);
const SUBSCRIPTER_KINDS = new Set(["Set", "SetComp", "GeneratorExp", "Lambda"]);
const NOT_SUBSCRIPTABLE = new Set(["None", "Ellipsis", "int", "bool", "float", "complex"]);
const INDEX_KINDS = new Set(["Tuple", "List", "ListComp", "JoinedStr", "FormattedValue"]);

/** compile.c's infer_type: the type a literal-like expression certainly has, else null. */
function inferType(e: ast.Expr): string | null {
  switch (e.kind) {
    case "Tuple": return "tuple";
    case "List": case "ListComp": return "list";
    case "Dict": case "DictComp": return "dict";
    case "Set": case "SetComp": return "set";
    case "GeneratorExp": return "generator";
    case "Lambda": return "function";
    case "JoinedStr": case "FormattedValue": return "str";
    case "Constant": return e.value.type === "None" ? "NoneType" : e.value.type === "Ellipsis" ? "ellipsis" : e.value.type;
  }
  return null;
}

/**
 * What CPython's AST optimizer makes a Constant before these checks: `-5` and a tuple of constants
 * (only the type matters here, so the tuple's value is not built).
 */
function folded(e: ast.Expr): ast.Expr | null {
  if (e.kind === "UnaryOp" && e.operand.kind === "Constant" && ["int", "float", "complex", "bool"].includes(e.operand.value.type)) {
    const t = e.operand.value.type;
    // `not 5` is a bool (True or False: never a literal for `is`), `-True` an int
    const value: ast.ConstValue = e.op === "not" ? { type: "bool", value: false } : t === "bool" ? { type: "int", value: "0" } : e.operand.value;
    return { ...e.operand, value };
  }
  if (e.kind === "Tuple" && e.elts.every((x) => x.kind === "Constant" || folded(x) !== null)) return e;
  return null;
}

/** check_is_arg: a constant other than None, True, False and ... */
function isLiteral(e: ast.Expr): boolean {
  const f = e.kind === "Constant" ? e : folded(e);
  if (f === null) return false;
  if (f.kind !== "Constant") return true; // a tuple of constants
  const t = f.value.type;
  return t !== "None" && t !== "bool" && t !== "Ellipsis";
}
