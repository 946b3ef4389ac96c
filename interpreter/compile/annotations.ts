// Annotations under `from __future__ import annotations` (PEP 563): whether the module has the import,
// and an annotation's text, which then stands for it (x: T in module/class bodies, def parameters, returns).
import type * as ast from "../../grammar/ast.js";
import type { Compiler } from "./compiler.js";
import { rt } from "../state.js";
import { repr } from "../protocol/repr.js";

const futureAnnotationsOf = new WeakMap<object, boolean>();
/** Whether the module being compiled starts with `from __future__ import annotations`. */
export function futureAnnotations(c: Compiler): boolean {
  let sc = c.scope;
  while (sc.parent) sc = sc.parent;
  const mod = sc.node as ast.Module;
  let known = futureAnnotationsOf.get(mod);
  if (known === undefined) {
    known = mod.body.some((st) => st.kind === "ImportFrom" && st.module === "__future__" && st.names.some((a) => a.name === "annotations"));
    futureAnnotationsOf.set(mod, known);
  }
  return known;
}
/** An annotation's source text (CPython unparses it; the source is the same for what lessons write). */
export function annotationText(file: string, e: ast.Expr): string {
  // ast.unparse writes a string constant as its repr, whatever quotes the source used
  if (e.kind === "Constant" && e.value.type === "str") return repr(e.value.value);
  const lines = (rt.sources.get(file) ?? "").split("\n").slice(e.line - 1, e.endLine);
  if (lines.length === 0) return "";
  lines[lines.length - 1] = lines[lines.length - 1].slice(0, e.endCol);
  lines[0] = lines[0].slice(e.col);
  return lines.join("\n");
}
