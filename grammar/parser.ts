// Statement rules of the parser; PyParser is the one class the rest of grammar/ uses.
// Compound statements end where their last body statement ends, as in CPython's ast.
import type { ILookaheadStrategy, IOrAlt, IToken } from "chevrotain";
import type * as ast from "./ast.js";
import * as T from "./tokens.js";
import { span, tl, type Pos } from "./parser-expr.js";
import { PyPatternParser } from "./parser-pattern.js";
import { errAt, exprName, toTarget } from "./targets.js";
import { buildArguments, type ParamItem } from "./params.js";
import { GrammarError, FORCED_COLON, FORCED_LPAREN } from "./errors.js";
import { restoreGast, skipRecording, type GastTable } from "./gast.js";
import { GAST_TABLE } from "./gast-table.js";

const lastOf = (body: ast.Stmt[]): Pos => body?.[body.length - 1];
type WithItemsResult = ast.WithItem[];

export class PyParser extends PyPatternParser {
  private _smallAlts?: IOrAlt<ast.Stmt>[]; private _compoundAlts?: IOrAlt<ast.Stmt>[];

  public fileInput = this.RULE("fileInput", (): ast.Module => {
    const body: ast.Stmt[] = [];
    this.MANY(() => { pushAll(body, this.SUBRULE(this.stmt)); });
    this.CONSUME(T.EndOfFile);
    return { kind: "Module", body };
  });

  public stmt = this.RULE("stmt", (): ast.Stmt[] => {
    this.ACTION(() => this.softKeywords());
    return this.OR([
      { ALT: () => [this.SUBRULE(this.matchStmt)] },
      { ALT: () => [this.SUBRULE(this.compoundStmt)] },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]);
  });

  /** The soft keywords that begin statements: `match` (a match statement), `type` (which we do not support). */
  private softKeywords(): void {
    const t = this.la(1);
    if (t.tokenType !== T.Identifier) return;
    if (t.image === "match" && (this.matchAhead() || this.matchWithoutColon())) {
      // one token type decides the statement rule's choice: an Identifier `match` there would make it
      // ambiguous, and chevrotain's two-token lookahead paths for it incomplete
      t.tokenType = T.MatchKw;
      t.tokenTypeIdx = T.MatchKw.tokenTypeIdx!;
    }
    if (t.image === "type" && this.la(2).tokenType === T.Identifier && (this.la(3).tokenType === T.Equal || this.la(3).tokenType === T.LBracket)) {
      this.fail("'type' statements are not supported yet", tl(t));
    }
  }

  public matchStmt = this.RULE("matchStmt", (): ast.Stmt => {
    const t = this.CONSUME(T.MatchKw);
    const subject = this.SUBRULE(this.matchSubject);
    this.colon();
    this.CONSUME(T.Newline);
    this.ACTION(() => this.indentAfter("'match' statement", t.startLine!));
    this.CONSUME(T.Indent);
    const cases: ast.MatchCase[] = [];
    this.AT_LEAST_ONE(() => { cases.push(this.SUBRULE(this.caseBlock)); });
    this.CONSUME(T.Dedent);
    return { kind: "Match", subject, cases, ...span(tl(t), lastOf(cases[cases.length - 1]?.body)) };
  });

  /** CPython's subject_expr: `a, *b` is a tuple; otherwise one (named) expression. */
  public matchSubject = this.RULE("matchSubject", (): ast.Expr => {
    const first = this.SUBRULE(this.starNamedExpr);
    const elts = [first];
    let last: Pos = first, comma = false, more = true;
    this.MANY({
      GATE: () => more,
      DEF: () => {
        last = tl(this.CONSUME(T.Comma)); comma = true; more = false;
        this.OPTION(() => { const x = this.SUBRULE2(this.starNamedExpr); elts.push(x); last = x; more = true; });
      },
    });
    return this.ACTION(() => {
      if (comma) return { kind: "Tuple", elts, ctx: "Load", ...span(first, last) } as ast.Expr;
      this.noBareStar(first);
      return first;
    })!;
  });

  public caseBlock = this.RULE("caseBlock", (): ast.MatchCase => {
    const t = this.CONSUME(T.Identifier);
    this.ACTION(() => { if (t.image !== "case") this.fail("invalid syntax", tl(t)); });
    const pattern = this.SUBRULE(this.patterns);
    let guard: ast.Expr | null = null;
    this.OPTION(() => { this.CONSUME(T.If); guard = this.SUBRULE(this.namedExpr); });
    this.colon();
    const body = this.SUBRULE(this.block, { ARGS: ["'case' statement", t.startLine!] });
    return { pattern, guard, body };
  });

  public simpleStmts = this.RULE("simpleStmts", (): ast.Stmt[] => {
    const out = [this.SUBRULE(this.smallStmt)];
    let more = true;
    this.MANY({ GATE: () => more, DEF: () => { this.CONSUME(T.Semicolon); more = false; this.OPTION(() => { out.push(this.SUBRULE2(this.smallStmt)); more = true; }); } });
    this.CONSUME(T.Newline);
    return out;
  });

  public smallStmt = this.RULE("smallStmt", (): ast.Stmt => this.OR((this._smallAlts ??= [
    { ALT: () => this.SUBRULE(this.exprStmt) },
    { ALT: () => ({ kind: "Pass", ...tl(this.CONSUME(T.Pass)) }) as ast.Stmt },
    { ALT: () => ({ kind: "Break", ...tl(this.CONSUME(T.Break)) }) as ast.Stmt },
    { ALT: () => ({ kind: "Continue", ...tl(this.CONSUME(T.Continue)) }) as ast.Stmt },
    {
      ALT: () => {
        const t = tl(this.CONSUME(T.Return));
        let value: ast.Expr | null = null;
        this.OPTION(() => { value = this.SUBRULE(this.starExpressions); });
        this.ACTION(() => this.noBareStar(value));
        return { kind: "Return", value, ...span(t, value ?? t) } as ast.Stmt;
      },
    },
    {
      ALT: () => {
        const t = tl(this.CONSUME(T.Raise));
        let exc: ast.Expr | null = null, cause: ast.Expr | null = null;
        this.OPTION2(() => {
          exc = this.SUBRULE(this.test);
          this.OPTION3(() => { this.CONSUME(T.From); cause = this.SUBRULE2(this.test); });
        });
        return { kind: "Raise", exc, cause, ...span(t, cause ?? exc ?? t) } as ast.Stmt;
      },
    },
    {
      ALT: () => {
        const g = this.OR2([{ ALT: () => this.CONSUME(T.Global) }, { ALT: () => this.CONSUME(T.Nonlocal) }]);
        const names = [this.CONSUME(T.Identifier)];
        this.MANY(() => { this.CONSUME(T.Comma); names.push(this.CONSUME2(T.Identifier)); });
        return { kind: g.image === "global" ? "Global" : "Nonlocal", names: names.map((n) => n.image), ...span(tl(g), tl(names[names.length - 1])) } as ast.Stmt;
      },
    },
    {
      ALT: () => {
        const t = tl(this.CONSUME(T.Del));
        const targets = [this.SUBRULE(this.starBitOr)];
        let last: Pos = targets[0];
        let more = true;
        this.MANY2({
          GATE: () => more,
          DEF: () => {
            last = tl(this.CONSUME2(T.Comma)); more = false;
            this.OPTION4(() => { const x = this.SUBRULE2(this.starBitOr); targets.push(x); last = x; more = true; });
          },
        });
        this.ACTION(() => targets.forEach((x) => toTarget(x, "Del")));
        return { kind: "Delete", targets, ...span(t, last) } as ast.Stmt;
      },
    },
    {
      ALT: () => {
        const t = tl(this.CONSUME(T.Assert));
        const test = this.SUBRULE3(this.test);
        let msg: ast.Expr | null = null;
        this.OPTION5(() => { this.CONSUME4(T.Comma); msg = this.SUBRULE4(this.test); });
        return { kind: "Assert", test, msg, ...span(t, msg ?? test) } as ast.Stmt;
      },
    },
    { ALT: () => this.SUBRULE(this.importStmt) },
    { ALT: () => this.SUBRULE(this.fromImport) },
  ])));

  private noBareStar(e: ast.Expr | null): void {
    if (e && e.kind === "Starred") this.fail("can't use starred expression here", e);
  }

  public exprStmt = this.RULE("exprStmt", (): ast.Stmt => {
    const first = this.SUBRULE(this.starExprsOrYield);
    this.ACTION(() => this.legacyPrint(first));
    return this.OR([
      {
        ALT: () => {
          const op = this.CONSUME(T.AugAssign);
          const value = this.SUBRULE2(this.starExprsOrYield);
          return this.ACTION(() => {
            if (first.kind !== "Name" && first.kind !== "Attribute" && first.kind !== "Subscript") {
              this.fail(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
            }
            this.noBareStar(value);
            toTarget(first, "Store");
            return { kind: "AugAssign", target: first, op: op.image.slice(0, -1) as ast.BinOperator, value, ...span(first, value) } as ast.Stmt;
          })!;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Colon);
          const annotation = this.SUBRULE(this.test);
          let value: ast.Expr | null = null;
          this.OPTION(() => { this.CONSUME(T.Equal); value = this.SUBRULE3(this.starExprsOrYield); });
          return this.ACTION(() => {
            if (first.kind === "Tuple" || first.kind === "List") {
              this.fail(`only single target (not ${first.kind === "Tuple" ? "tuple" : "list"}) can be annotated`, first);
            }
            if (first.kind !== "Name" && first.kind !== "Attribute" && first.kind !== "Subscript") this.fail("illegal target for annotation", first);
            toTarget(first, "Store");
            return { kind: "AnnAssign", target: first, annotation, value, simple: first.kind === "Name" && !this.parens.has(first), ...span(first, value ?? annotation) } as ast.Stmt;
          })!;
        },
      },
      {
        ALT: () => {
          const exprs = [first];
          this.AT_LEAST_ONE(() => { this.CONSUME2(T.Equal); exprs.push(this.SUBRULE4(this.starExprsOrYield)); });
          return this.ACTION(() => {
            const value = exprs.pop()!;
            this.noBareStar(value);
            for (const t of exprs) {
              if (t.kind !== "Yield" && t.kind !== "YieldFrom") continue;
              if (!this.parens.has(t)) this.fail("assignment to yield expression not possible", t);
              if (exprs.length === 1 && isBitOrLevel(value)) this.fail("cannot assign to yield expression here. Maybe you meant '==' instead of '='?", t);
            }
            for (const t of exprs) {
              if (exprs.length === 1 && t === first && isBitOrLevel(t) && isBitOrLevel(value) && !this.parens.has(t)) {
                const bad = t.kind === "Starred" ? null : t;
                if (bad && bad.kind !== "Name" && bad.kind !== "Attribute" && bad.kind !== "Subscript"
                  && bad.kind !== "List" && bad.kind !== "Tuple" && !(bad.kind === "Constant" && (bad.value.type === "None" || bad.value.type === "bool"))) {
                  this.fail(`cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`, bad);
                }
              }
              toTarget(t, "Store");
            }
            return { kind: "Assign", targets: exprs, value, ...span(first, value) } as ast.Stmt;
          })!;
        },
      },
      {
        ALT: () => this.ACTION(() => {
          this.noBareStar(first);
          return { kind: "Expr", value: first, ...span(first, first) } as ast.Stmt;
        })!,
      },
    ]);
  });

  /** `print x`: CPython's "Missing parentheses" message. */
  private legacyPrint(e: ast.Expr): void {
    if (e.kind !== "Name" || (e.id !== "print" && e.id !== "exec")) return;
    const t = this.la(1);
    if (![T.Identifier, T.NumberLit, T.StringLit, T.LBrace, T.None, T.True, T.False, T.Lambda, T.Not, T.Tilde].includes(t.tokenType)) return;
    let i = 1, end = t;
    while (this.la(i).tokenType !== T.Newline && this.la(i).tokenType !== T.EndOfFile && this.la(i).tokenType !== T.Semicolon) end = this.la(i++);
    this.fail(`Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, span(e, tl(end)));
  }

  public importStmt = this.RULE("importStmt", (): ast.Stmt => {
    const t = tl(this.CONSUME(T.Import));
    const names = [this.SUBRULE(this.dottedAsName)];
    this.MANY(() => { this.CONSUME(T.Comma); names.push(this.SUBRULE2(this.dottedAsName)); });
    return { kind: "Import", names, ...span(t, names[names.length - 1]) };
  });

  public dottedAsName = this.RULE("dottedAsName", (): ast.Alias => {
    const first = this.CONSUME(T.Identifier);
    let name = first.image, end: IToken = first, asname: string | null = null;
    this.MANY(() => { this.CONSUME(T.Dot); end = this.CONSUME2(T.Identifier); name += "." + end.image; });
    this.OPTION(() => { this.CONSUME(T.As); end = this.CONSUME3(T.Identifier); asname = end.image; });
    return { name, asname, ...span(tl(first), tl(end)) };
  });

  public fromImport = this.RULE("fromImport", (): ast.Stmt => {
    const t = tl(this.CONSUME(T.From));
    let level = 0, module: string | null = null;
    this.MANY(() => this.OR([
      { ALT: () => { this.CONSUME(T.Dot); level += 1; } },
      { ALT: () => { this.CONSUME(T.Ellipsis); level += 3; } },
    ]));
    this.OPTION(() => {
      module = this.CONSUME(T.Identifier).image;
      this.MANY2(() => { this.CONSUME2(T.Dot); module += "." + this.CONSUME2(T.Identifier).image; });
    });
    this.ACTION(() => { if (level === 0 && module === null) this.fail("invalid syntax", tl(this.la(1))); });
    this.CONSUME(T.Import);
    let names: ast.Alias[] = [];
    let end: Pos = t;
    this.OR2([
      { ALT: () => { const s = tl(this.CONSUME(T.Star)); names = [{ name: "*", asname: null, ...s }]; end = s; } },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          names = this.SUBRULE(this.importAsNames, { ARGS: [true] });
          end = tl(this.CONSUME(T.RParen));
        },
      },
      { ALT: () => { names = this.SUBRULE2(this.importAsNames, { ARGS: [false] }); end = names[names.length - 1]; } },
    ]);
    return { kind: "ImportFrom", module, names, level, ...span(t, end) } as ast.Stmt;
  });

  public importAsNames = this.RULE("importAsNames", (trailingComma: boolean): ast.Alias[] => {
    const names = [this.SUBRULE(this.importAsName)];
    let more = true;
    this.MANY({
      GATE: () => more,
      DEF: () => {
        this.CONSUME(T.Comma); more = false;
        this.OPTION(() => { names.push(this.SUBRULE2(this.importAsName)); more = true; });
        this.ACTION(() => { if (!more && !trailingComma) this.fail("trailing comma not allowed without surrounding parentheses", tl(this.la(1))); });
      },
    });
    return names;
  });

  public importAsName = this.RULE("importAsName", (): ast.Alias => {
    const n = this.CONSUME(T.Identifier);
    let end: IToken = n, asname: string | null = null;
    this.OPTION(() => { this.CONSUME(T.As); end = this.CONSUME2(T.Identifier); asname = end.image; });
    return { name: n.image, asname, ...span(tl(n), tl(end)) };
  });

  // ---- compound statements ----

  public compoundStmt = this.RULE("compoundStmt", (): ast.Stmt => this.OR((this._compoundAlts ??= [
    { ALT: () => this.SUBRULE(this.ifStmt) },
    { ALT: () => this.SUBRULE(this.whileStmt) },
    { ALT: () => this.SUBRULE(this.forStmt) },
    { ALT: () => this.SUBRULE(this.tryStmt) },
    { ALT: () => this.SUBRULE(this.withStmt) },
    { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [[]] }) },
    { ALT: () => this.SUBRULE(this.classDef, { ARGS: [[]] }) },
    { ALT: () => this.SUBRULE(this.decorated) },
    { ALT: () => { const t = this.CONSUME(T.Async); return this.ACTION(() => this.fail("'async' is not supported yet", tl(t)))!; } },
  ])));

  /** A suite: NEWLINE INDENT stmts DEDENT, or simple statements on the header's line. */
  public block = this.RULE("block", (what: string, line: number): ast.Stmt[] => this.OR([
    {
      ALT: () => {
        this.CONSUME(T.Newline);
        this.ACTION(() => this.indentAfter(what, line));
        this.CONSUME(T.Indent);
        const body: ast.Stmt[] = [];
        this.AT_LEAST_ONE(() => { pushAll(body, this.SUBRULE(this.stmt)); });
        this.CONSUME(T.Dedent);
        return body;
      },
    },
    { ALT: () => this.SUBRULE(this.simpleStmts) },
  ]));

  private indentAfter(what: string, line: number): void {
    if (this.la(1).tokenType === T.Indent) return;
    const t = this.la(1);
    const end = t.tokenType === T.Dedent || t.tokenType === T.EndOfFile;
    const e = new GrammarError("IndentationError", `expected an indented block after ${what} on line ${line}`,
      t.startLine!, t.startColumn!, t.endLine!, end ? -1 : t.endColumn!);
    e.atEnd = e.atEof = end && this.atInputEnd();
    throw e;
  }

  /**
   * The ':' of a compound statement. CPython's grammar forces it after `def ...(...)`, `try`, `else` and
   * `finally` (&&':'), so any other token there is "expected ':'" (`else if x:`); elsewhere only a line
   * ending where the colon should be is (index.ts chevrotainError).
   */
  private colon(idx = 0, forced = false): void { this.consume(idx, T.Colon, { ERR_MSG: forced ? FORCED_COLON : "expected ':'" }); }

  public ifStmt = this.RULE("ifStmt", (): ast.Stmt => this.SUBRULE(this.ifTail, { ARGS: [this.CONSUME(T.If)] }));
  public elifStmt = this.RULE("elifStmt", (): ast.Stmt => this.SUBRULE(this.ifTail, { ARGS: [this.CONSUME(T.Elif)] }));

  /** If and elif share their tail; an elif is a nested If in orelse, as in CPython. */
  public ifTail = this.RULE("ifTail", (t: IToken): ast.Stmt => {
    const test = this.SUBRULE(this.namedExpr);
    this.colon();
    const body = this.SUBRULE(this.block, { ARGS: [`'${t?.image}' statement`, t?.startLine!] });
    let orelse: ast.Stmt[] = [];
    this.OPTION(() => this.OR2([
      { ALT: () => { orelse = [this.SUBRULE(this.elifStmt)]; } },
      { ALT: () => { orelse = this.SUBRULE(this.elseBlock); } },
    ]));
    return { kind: "If", test, body, orelse, ...span(tl(t), lastOf(orelse.length ? orelse : body)) } as ast.Stmt;
  });

  public elseBlock = this.RULE("elseBlock", (): ast.Stmt[] => {
    const e = this.CONSUME(T.Else);
    this.colon(0, true);
    return this.SUBRULE(this.block, { ARGS: ["'else' statement", e.startLine!] });
  });

  public whileStmt = this.RULE("whileStmt", (): ast.Stmt => {
    const t = this.CONSUME(T.While);
    const test = this.SUBRULE(this.namedExpr);
    this.colon();
    const body = this.SUBRULE(this.block, { ARGS: ["'while' statement", t.startLine!] });
    let orelse: ast.Stmt[] = [];
    this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
    return { kind: "While", test, body, orelse, ...span(tl(t), lastOf(orelse.length ? orelse : body)) };
  });

  public forStmt = this.RULE("forStmt", (): ast.Stmt => {
    const t = this.CONSUME(T.For);
    const target = this.SUBRULE(this.starTargets);
    this.CONSUME(T.In);
    const iter = this.SUBRULE(this.starExpressions);
    this.colon();
    const body = this.SUBRULE(this.block, { ARGS: ["'for' statement", t.startLine!] });
    let orelse: ast.Stmt[] = [];
    this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
    return { kind: "For", target, iter, body, orelse, ...span(tl(t), lastOf(orelse.length ? orelse : body)) };
  });

  public tryStmt = this.RULE("tryStmt", (): ast.Stmt => {
    const t = this.CONSUME(T.Try);
    this.colon(0, true);
    const body = this.SUBRULE(this.block, { ARGS: ["'try' statement", t.startLine!] });
    this.ACTION(() => {
      const n = this.la(1).tokenType;
      if (n !== T.Except && n !== T.Finally) {
        const u = this.la(1);
        const e = new GrammarError("SyntaxError", "expected 'except' or 'finally' block", u.startLine!, u.startColumn!, u.endLine!, u.endColumn!);
        e.atEnd = e.atEof = this.atInputEnd();
        throw e;
      }
    });
    const handlers: ast.ExceptHandler[] = [];
    let orelse: ast.Stmt[] = [], finalbody: ast.Stmt[] = [];
    this.MANY(() => handlers.push(this.SUBRULE(this.exceptClause)));
    this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
    this.OPTION2(() => {
      const f = this.CONSUME(T.Finally);
      this.colon(1, true);
      finalbody = this.SUBRULE2(this.block, { ARGS: ["'finally' statement", f.startLine!] });
    });
    const last = finalbody.length ? lastOf(finalbody) : orelse.length ? lastOf(orelse) : handlers.length ? handlers[handlers.length - 1] : lastOf(body);
    return { kind: "Try", body, handlers, orelse, finalbody, ...span(tl(t), last) };
  });

  public exceptClause = this.RULE("exceptClause", (): ast.ExceptHandler => {
    const t = this.CONSUME(T.Except);
    this.ACTION(() => { if (this.la(1).tokenType === T.Star) this.fail("'except*' is not supported yet", span(tl(t), tl(this.la(1)))); });
    let type: ast.Expr | null = null, name: string | null = null;
    this.OPTION(() => {
      type = this.SUBRULE(this.test);
      this.ACTION(() => {
        if (this.la(1).tokenType === T.Comma) this.unparenthesizedExceptTypes(type!);
      });
      this.OPTION2(() => { this.CONSUME(T.As); name = this.CONSUME(T.Identifier).image; });
    });
    this.colon();
    const body = this.SUBRULE(this.block, { ARGS: ["'except' statement", t.startLine!] });
    return { type, name, body, ...span(tl(t), lastOf(body)) };
  });

  /** `except A, B:` (Python 2's `except A, e:` too): CPython's error spans from A to the ':', whitespace
   *  included; if no ':' ends the clause on its line it is a plain "invalid syntax" at the comma. */
  private unparenthesizedExceptTypes(type: ast.Expr): void {
    const comma = this.la(1);
    const atom = (ty: unknown) => ty === T.Identifier || ty === T.NumberLit || ty === T.StringLit;
    for (let i = 2; ; i++) {
      const u = this.la(i), ty = u.tokenType;
      if (u.level > comma.level) continue;
      // two names in a row (`except A, b c:`) are no expression list: CPython's rule does not match
      if (atom(ty) && atom(this.la(i - 1).tokenType)) this.fail("invalid syntax", tl(comma));
      if (ty === T.Colon) {
        const end = { line: u.startLine, col: u.startColumn, endLine: u.startLine, endCol: u.startColumn };
        this.fail("multiple exception types must be parenthesized", span(type, end));
      }
      if (ty === T.Newline || ty === T.EndOfFile || ty === T.Semicolon) this.fail("invalid syntax", tl(comma));
    }
  }

  public withStmt = this.RULE("withStmt", (): ast.Stmt => {
    const t = this.CONSUME(T.With);
    const items = this.OR([
      { GATE: () => this.parenthesizedWithItems(), ALT: () => {
        this.CONSUME(T.LParen);
        const its = this.SUBRULE(this.withItems, { ARGS: [true] });
        this.CONSUME(T.RParen);
        return its;
      } },
      { ALT: () => this.SUBRULE2(this.withItems, { ARGS: [false] }) },
    ]);
    this.colon();
    const body = this.SUBRULE(this.block, { ARGS: ["'with' statement", t.startLine!] });
    return { kind: "With", items, body, ...span(tl(t), lastOf(body)) };
  });

  /** `with (a as b, c):` (items in parentheses) versus `with (a, b) as c:` (a tuple expression). */
  private parenthesizedWithItems(): boolean {
    if (this.la(1).tokenType !== T.LParen) return false;
    let d = 0, i = 1, sawAs = false;
    for (; ; i++) {
      const ty = this.la(i).tokenType;
      // the input ends inside the parentheses: items if one had `as` (the REPL reads on for the rest)
      if (ty === T.EndOfFile || ty === T.Newline) return this.unclosedInput && sawAs;
      if (ty === T.LParen || ty === T.LBracket || ty === T.LBrace) d++;
      else if (ty === T.RParen || ty === T.RBracket || ty === T.RBrace) { if (--d === 0) break; }
      else if (ty === T.As && d === 1) sawAs = true;
    }
    return this.la(i + 1).tokenType === T.Colon && (sawAs || this.la(i - 1).tokenType === T.Comma || true);
  }

  public withItems = this.RULE("withItems", (trailingComma: boolean): WithItemsResult => {
    const items = [this.SUBRULE(this.withItem)];
    let more = true;
    this.MANY({
      GATE: () => more,
      DEF: () => {
        this.CONSUME(T.Comma); more = false;
        this.OPTION(() => { items.push(this.SUBRULE2(this.withItem)); more = true; });
        this.ACTION(() => { if (!more && !trailingComma) this.fail("invalid syntax", tl(this.la(1))); });
      },
    });
    return items;
  });

  public withItem = this.RULE("withItem", (): ast.WithItem => {
    const contextExpr = this.SUBRULE(this.test);
    let optionalVars: ast.Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.As);
      const v = this.SUBRULE(this.starBitOr);
      optionalVars = this.ACTION(() => toTarget(v, "Store"))!;
    });
    return { contextExpr, optionalVars };
  });

  public decorated = this.RULE("decorated", (): ast.Stmt => {
    const decorators: ast.Expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      decorators.push(this.SUBRULE(this.namedExpr));
      this.CONSUME(T.Newline);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [decorators] }) },
      { ALT: () => this.SUBRULE(this.classDef, { ARGS: [decorators] }) },
      { ALT: () => { const t = this.CONSUME(T.Async); return this.ACTION(() => this.fail("'async' is not supported yet", tl(t)))!; } },
    ]);
  });

  public funcDef = this.RULE("funcDef", (decorators: ast.Expr[]): ast.Stmt => {
    const t = this.CONSUME(T.Def);
    const name = this.CONSUME(T.Identifier).image;
    this.consume(0, T.LParen, { ERR_MSG: FORCED_LPAREN });
    let items: ParamItem[] = [];
    this.OPTION(() => { items = this.SUBRULE(this.params, { ARGS: [false] }); });
    this.CONSUME(T.RParen);
    // Checked here, as CPython does: a parameter out of order is reported before a missing ':' or body.
    const args = this.ACTION(() => buildArguments(items))!;
    let returns: ast.Expr | null = null;
    // (`-> :` is CPython's "expected ':'" at the arrow: its optional return annotation backtracks)
    this.OPTION2({ GATE: () => this.la(2).tokenType !== T.Colon, DEF: () => { this.CONSUME(T.Arrow); returns = this.SUBRULE(this.test); } });
    this.colon(0, true);
    const body = this.SUBRULE(this.block, { ARGS: ["function definition", t.startLine!] });
    return this.ACTION(() => ({
      kind: "FunctionDef", name, args, body, decorators, returns, ...span(tl(t), lastOf(body)),
    }) as ast.Stmt)!;
  });

  public classDef = this.RULE("classDef", (decorators: ast.Expr[]): ast.Stmt => {
    const t = this.CONSUME(T.Class);
    const name = this.CONSUME(T.Identifier).image;
    let bases: ast.Expr[] = [], keywords: ast.Keyword[] = [];
    this.OPTION(() => { const c = this.SUBRULE(this.callArgs); bases = c.args; keywords = c.keywords; });
    this.colon();
    const body = this.SUBRULE(this.block, { ARGS: ["class definition", t.startLine!] });
    return { kind: "ClassDef", name, bases, keywords, body, decorators, ...span(tl(t), lastOf(body)) };
  });

  constructor(lookahead?: ILookaheadStrategy, gast: GastTable | null = GAST_TABLE) {
    super(lookahead);
    if (gast !== null) skipRecording(this, restoreGast(gast, T.allTokens));
    this.performSelfAnalysis();
  }
}

/** Expressions CPython's invalid_named_expression sees as a bitwise_or (not comparisons, not/and/or, ternaries, lambdas). */
function isBitOrLevel(e: ast.Expr): boolean {
  return !["Compare", "BoolOp", "IfExp", "Lambda", "NamedExpr"].includes(e.kind) && !(e.kind === "UnaryOp" && e.op === "not");
}

export { errAt };

/** push(...xs), tolerating chevrotain's recording-phase placeholder (not an array). */
function pushAll<X>(to: X[], xs: X[]): void {
  if (Array.isArray(xs)) for (const x of xs) to.push(x);
}
