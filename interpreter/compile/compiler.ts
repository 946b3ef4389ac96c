// The compiler: turns each AST node once into a JS closure over the frame (expressions: Ev, statements:
// Exec returning a completion code), using the scope analysis to pick array slots, cells or dicts.
// The node kinds are split over expressions.ts, calls.ts, functions.ts, statements.ts and targets.ts.
import * as ast from "../../grammar/ast.js";
import { Scope, NameAccess } from "./scope.js";
import type { Ev, Exec } from "../frame.js";
import type { PyValue } from "../objects/object.js";
import type { Frame } from "../frame.js";
import { compileExpr } from "./expressions.js";
import { compileStmt, compileBlock } from "./statements.js";
import { compileStore, compileDelete } from "./targets.js";

export type Store = (f: Frame, v: PyValue) => void;

export class Compiler {
  constructor(
    readonly file: string,
    readonly scopes: Map<unknown, Scope>,
    readonly scope: Scope,
    /** Qualified-name prefix for defs and classes compiled in this scope ("A." or "f.<locals>."). */
    readonly qualPrefix: string,
    /** The session input the module came from (ast.Module.input), 0 outside sessions. */
    readonly input = 0,
  ) {}

  /** A compiler for a nested scope (function, class, comprehension). */
  nested(node: unknown, qualPrefix: string): Compiler {
    const s = this.scopes.get(node);
    if (!s) throw new Error("internal: no scope for node");
    return new Compiler(this.file, this.scopes, s, qualPrefix, this.input);
  }
  access(name: string): NameAccess {
    return this.scope.resolve(name);
  }
  expr(e: ast.Expr): Ev {
    return compileExpr(this, e);
  }
  stmt(s: ast.Stmt): Exec {
    return compileStmt(this, s);
  }
  block(ss: ast.Stmt[]): Exec {
    return compileBlock(this, ss);
  }
  store(t: ast.Expr): Store {
    return compileStore(this, t);
  }
  del(t: ast.Expr): Exec {
    return compileDelete(this, t);
  }
}
