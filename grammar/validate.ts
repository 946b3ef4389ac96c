// Checks CPython makes after parsing (symtable and compiler), which are still SyntaxErrors:
// 'return' outside function, 'break' outside loop, duplicate arguments, module-level nonlocal.
import type * as ast from "./ast.js";
import { errAt } from "./targets.js";

interface Ctx { fn: boolean; loop: boolean; module: boolean }

export function validate(mod: ast.Module): void {
  block(mod.body, { fn: false, loop: false, module: true });
}

function block(body: ast.Stmt[], c: Ctx): void {
  for (const s of body) stmt(s, c);
}

function stmt(s: ast.Stmt, c: Ctx): void {
  switch (s.kind) {
    case "Return": if (!c.fn) throw errAt("'return' outside function", s); break;
    case "Break": if (!c.loop) throw errAt("'break' outside loop", s); break;
    case "Continue": if (!c.loop) throw errAt("'continue' not properly in loop", s); break;
    case "Nonlocal": if (c.module) throw errAt("nonlocal declaration not allowed at module level", s); break;
    case "FunctionDef": {
      const seen = new Set<string>();
      const a = s.args;
      for (const x of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
        if (seen.has(x.arg)) throw errAt(`duplicate argument '${x.arg}' in function definition`, x);
        seen.add(x.arg);
      }
      block(s.body, { fn: true, loop: false, module: false });
      break;
    }
    case "ClassDef": block(s.body, { fn: false, loop: false, module: false }); break;
    case "For": case "While":
      block(s.body, { ...c, loop: true });
      block(s.orelse, c);
      break;
    case "If": block(s.body, c); block(s.orelse, c); break;
    case "With": block(s.body, c); break;
    case "Try":
      block(s.body, c);
      for (const h of s.handlers) block(h.body, c);
      block(s.orelse, c);
      block(s.finalbody, c);
      break;
    default: break;
  }
}
