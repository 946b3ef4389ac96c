// Expression rules of the parser (CPython 3.11 precedence), as an EmbeddedActionsParser base class;
// parser.ts adds the statements. Rules return ast nodes; anything beyond building plain objects runs
// inside ACTION (skipped while chevrotain records the grammar).
import { EmbeddedActionsParser, tokenMatcher, type ILookaheadStrategy, type IOrAlt, type IToken, type TokenType } from "chevrotain";
import type * as ast from "./ast.js";
import * as T from "./tokens.js";
import { GrammarError } from "./errors.js";
import { errAt, exprName, toTarget } from "./targets.js";
import { buildArguments, type ParamItem } from "./params.js";
import type { Token } from "./lexer.js";
import { TabledLookahead } from "./lookahead.js";

/** Tokens that end a bitwise-or operand at bracket depth 0 (besides comparisons and augmented '='). */
const OPERAND_END = new Set<TokenType>([T.Colon, T.Comma, T.Semicolon, T.And, T.Or, T.Not, T.If, T.Else, T.For,
  T.In, T.Is, T.Lambda]);
/** Tokens that can begin a bitwise-or operand. */
const OPERAND_START = new Set<TokenType>([T.Identifier, T.NumberLit, T.StringLit, T.LParen, T.LBracket, T.LBrace,
  T.Plus, T.Minus, T.Tilde, T.None, T.True, T.False, T.Ellipsis, T.Await]);

export type Pos = ast.Loc;
// Both tolerate undefined: during chevrotain's grammar recording, rules see placeholder values.
export const tl = (t: IToken): Pos => ({ line: t?.startLine!, col: t?.startColumn!, endLine: t?.endLine!, endCol: t?.endColumn! });
/** Where a parenthesized expression's parentheses are: a node's own Loc excludes them, but the Loc of
 *  anything built around it includes them (CPython). Keyed by node, so nothing outlives a parse. */
const outer = new WeakMap<object, Pos>();
export const isParenthesized = (e: object): boolean => outer.has(e);
/** Records that `e` was written in parentheses spanning `at` (group patterns too). */
export const markParenthesized = (e: object, at: Pos): void => { outer.set(e, at); };
export const span = (a: Pos, b: Pos): Pos => {
  const oa = (a && outer.get(a)) ?? a, ob = (b && outer.get(b)) ?? b;
  return { line: oa?.line, col: oa?.col, endLine: ob?.endLine, endCol: ob?.endCol };
};

/** What a String token carries once index.ts has decoded it. */
export type StringPayload =
  | { kind: "str" | "bytes"; value: string }
  | { kind: "fstr"; values: ast.Expr[] }
  | { kind: "error"; error: GrammarError };

type ArgItem =
  | { kind: "pos"; value: ast.Expr; genexp: ast.Comprehension[] | null }
  | { kind: "star"; value: ast.Starred }
  | { kind: "kw"; value: ast.Keyword }
  | { kind: "kwargs"; value: ast.Keyword };

/** LL(2): two tokens decide every choice of the grammar. */
export const MAX_LOOKAHEAD = 2;

const EXPR_START = new Set<TokenType>([T.Identifier, T.NumberLit, T.StringLit, T.LBrace, T.Lambda, T.None, T.True, T.False, T.Ellipsis]);

export class PyExprParser extends EmbeddedActionsParser {
  /** Expressions written in parentheses (AnnAssign.simple, target checks). */
  protected parens = { has: isParenthesized };

  constructor(lookahead: ILookaheadStrategy = new TabledLookahead(T.allTokens, MAX_LOOKAHEAD)) {
    super(T.allTokens, { maxLookahead: MAX_LOOKAHEAD, recoveryEnabled: false, skipValidations: true, lookaheadStrategy: lookahead });
  }

  // Alternatives arrays of hot rules, built once (chevrotain's advice: OR([...]) allocates per call).
  private _testAlts?: IOrAlt<ast.Expr>[]; private _compOpAlts?: IOrAlt<ast.CmpOperator>[];
  private _atomAlts?: IOrAlt<ast.Expr>[]; private _starNamedAlts?: IOrAlt<ast.Expr>[];
  private _starExprAlts?: IOrAlt<ast.Expr>[]; private _starBitOrAlts?: IOrAlt<ast.Expr>[]; private _argItemAlts?: IOrAlt<ArgItem>[];

  /** Set by index.ts before a parse: the input ends inside an open bracket. */
  public unclosedInput = false;

  protected la(i: number): Token { return this.LA(i) as Token; }

  protected fail(msg: string, at: Pos, type: GrammarError["type"] = "SyntaxError"): never {
    throw errAt(msg, at, type);
  }

  /** Only DEDENTs and EOF remain (`inBrackets`: or the NEWLINE that ends input with a bracket open). */
  protected atInputEnd(inBrackets = false): boolean {
    for (let i = 1; ; i++) {
      const ty = this.la(i).tokenType;
      if (ty === T.EndOfFile) return true;
      if (ty !== T.Dedent && !(inBrackets && ty === T.Newline)) return false;
    }
  }

  /** The bracket level of the dict key being parsed after a `k: v,` (-1: none): see dictKey. */
  private dictKeyLevel = -1;

  /** CPython's "Perhaps you forgot a comma?": inside brackets, an expression followed by another. */
  protected checkComma(a: ast.Expr): void {
    const t = this.la(1);
    if (t.level === 0 || !EXPR_START.has(t.tokenType)) return;
    if (t.level === this.dictKeyLevel) return; // dictKey reports the missing ':' instead
    if (a.kind === "Name" && t.tokenType === T.StringLit) return;
    if (a.kind === "Name" && (a.id === "match" || a.id === "case" || a.id === "print" || a.id === "exec")) return;
    // the end of the following expression, approximately: up to the next separator at this depth
    // (CPython parses one expression there: an atom right after an atom at this depth starts the next one)
    let i = 1, depth = 0, end = t, last = false;
    const atom = (ty: unknown) => ty === T.Identifier || ty === T.NumberLit || ty === T.StringLit;
    for (;; i++) {
      const u = this.la(i), ty = u.tokenType;
      if (ty === T.EndOfFile || ty === T.Newline) { last = true; break; }
      if (i > 1 && depth === 0 && atom(ty) && (atom(end.tokenType) || end.tokenType === T.RParen || end.tokenType === T.RBracket || end.tokenType === T.RBrace)) break;
      if (ty === T.LParen || ty === T.LBracket || ty === T.LBrace) depth++;
      else if (ty === T.RParen || ty === T.RBracket || ty === T.RBrace) { if (depth === 0) break; depth--; }
      else if (depth === 0 && (ty === T.Comma || ty === T.Colon || ty === T.For || ty === T.If || ty === T.Equal)) break;
      end = u;
    }
    // across lines inside a bracket never closed, CPython reports the unclosed bracket instead
    if (this.unclosedInput && end.endLine !== a.line) return;
    // and so where the following expression runs to the input's end (`print(1 2`; not `print(a b c`)
    const e = errAt("invalid syntax. Perhaps you forgot a comma?", span(a, tl(end)));
    e.unclosedWins = this.unclosedInput && last;
    throw e;
  }

  public test = this.RULE("test", (): ast.Expr => this.OR((this._testAlts ??= [
    { ALT: () => this.SUBRULE(this.lambdef) },
    {
      ALT: () => {
        const body = this.SUBRULE(this.disjunction);
        let r = body;
        this.OPTION(() => {
          this.CONSUME(T.If);
          const c = this.SUBRULE2(this.disjunction);
          this.ACTION(() => { if (this.la(1).tokenType !== T.Else) this.fail("expected 'else' after 'if' expression", span(body, c)); });
          this.CONSUME(T.Else);
          const o = this.SUBRULE(this.test);
          r = { kind: "IfExp", test: c, body, orelse: o, ...span(body, o) };
        });
        this.ACTION(() => this.checkComma(r));
        return r;
      },
    },
  ])));

  // CPython suggests '==' only when an operand follows the '=' (`if x = 1:`, not `if x => 1:`)
  public namedExpr = this.RULE("namedExpr", (): ast.Expr => {
    const e = this.SUBRULE(this.test);
    let r = e;
    this.OPTION(() => {
      this.CONSUME(T.ColonEqual);
      const v = this.SUBRULE2(this.test);
      r = this.ACTION(() => {
        if (e.kind !== "Name") this.fail(`cannot use assignment expressions with ${exprName(e)}`, e);
        return { kind: "NamedExpr", target: { ...e, ctx: "Store" }, value: v, ...span(e, v) } as ast.NamedExpr;
      });
    });
    this.ACTION(() => {
      if (this.la(1).tokenType !== T.Equal || !OPERAND_START.has(this.la(2).tokenType)) return;
      if (r.kind === "Name" && !this.parens.has(r)) {
        let i = 2, end = this.la(1);
        for (let d = 0; ; i++) {
          const tok = this.la(i), ty = tok.tokenType;
          if (ty === T.EndOfFile || ty === T.Newline) break;
          if (d === 0 && (ty === T.Equal || ty === T.ColonEqual)) return; // `x = 1 = 2`: no suggestion
          // the carets end with the operand (a bitwise-or): `if x = f(); y` underlines `x = f()`
          if (d === 0 && (OPERAND_END.has(ty) || tokenMatcher(tok, T.CompOp) || tokenMatcher(tok, T.AugAssign))) break;
          if (ty === T.LParen || ty === T.LBracket || ty === T.LBrace) d++;
          if (ty === T.RParen || ty === T.RBracket || ty === T.RBrace) { if (d === 0) break; d--; }
          end = this.la(i);
        }
        this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(r, tl(end)));
      }
      if (!["Compare", "BoolOp", "IfExp", "Lambda", "NamedExpr", "List", "Tuple", "GeneratorExp"].includes(r.kind)
        && !(r.kind === "Constant" && (r.value.type === "None" || r.value.type === "bool"))) {
        this.fail(`cannot assign to ${exprName(r)} here. Maybe you meant '==' instead of '='?`, r);
      }
    });
    return r;
  });

  /** or/and (and binds tighter), read as one loop and folded: fewer chevrotain rule calls per operand. */
  public disjunction = this.RULE("disjunction", (): ast.Expr => {
    const first = this.SUBRULE(this.inversion);
    const operands = [first], ops: string[] = [];
    this.MANY(() => { ops.push(this.CONSUME(T.BoolOpTok).image); operands.push(this.SUBRULE2(this.inversion)); });
    return ops.length === 0 ? first : this.ACTION(() => foldBool(operands, ops))!;
  });

  /** `not`* then a comparison chain. */
  public inversion = this.RULE("inversion", (): ast.Expr => {
    const nots: IToken[] = [];
    this.MANY(() => nots.push(this.CONSUME(T.Not)));
    const left = this.SUBRULE(this.bitOr);
    const ops: ast.CmpOperator[] = [], comparators: ast.Expr[] = [];
    this.MANY2(() => {
      ops.push(this.OR((this._compOpAlts ??= [
        { ALT: () => this.CONSUME(T.CompOp).image as ast.CmpOperator },
        { ALT: () => { this.CONSUME(T.In); return "in" as const; } },
        { ALT: () => { this.CONSUME2(T.Not); this.CONSUME2(T.In); return "not in" as const; } },
        {
          ALT: () => {
            this.CONSUME(T.Is);
            let op: ast.CmpOperator = "is";
            this.OPTION(() => { this.CONSUME3(T.Not); op = "is not"; });
            return op;
          },
        },
      ])));
      comparators.push(this.SUBRULE2(this.bitOr));
    });
    let e: ast.Expr = ops.length === 0 ? left : { kind: "Compare", left, ops, comparators, ...span(left, comparators[comparators.length - 1]) };
    for (let i = nots.length - 1; i >= 0; i--) e = { kind: "UnaryOp", op: "not", operand: e, ...span(tl(nots[i]), e) };
    return e;
  });

  private bin(left: ast.Expr, op: string, right: ast.Expr): ast.Expr {
    return { kind: "BinOp", left, op: op as ast.BinOperator, right, ...span(left, right) };
  }

  /** bitwise-or down to term level in one rule: operands and operators are read in a loop, then folded
   *  by precedence (all left-associative). Six chevrotain rules per operand would cost far more. */
  public bitOr = this.RULE("bitOr", (): ast.Expr => {
    const first = this.SUBRULE(this.factor);
    const ops: string[] = [], operands = [first];
    this.MANY(() => { ops.push(this.CONSUME(T.BinOp).image); operands.push(this.SUBRULE2(this.factor)); });
    return ops.length === 0 ? first : this.ACTION(() => foldBinary(operands, ops))!;
  });

  /** Unary `+ - ~`, an atom with its trailers (`.name`, calls, subscripts), then `** factor`. */
  public factor = this.RULE("factor", (): ast.Expr => {
    const prefix: IToken[] = [];
    this.MANY(() => prefix.push(this.CONSUME(T.UnaryTok)));
    let e = this.OR((this._atomAlts ??= [
    { ALT: () => { const t = this.CONSUME(T.Identifier); return { kind: "Name", id: t.image, ctx: "Load", line: t.startLine!, col: t.startColumn!, endLine: t.endLine!, endCol: t.endColumn! } as ast.Expr; } },
    { ALT: () => { const t = this.CONSUME(T.NumberLit); return { kind: "Constant", value: t.payload, line: t.startLine!, col: t.startColumn!, endLine: t.endLine!, endCol: t.endColumn! } as ast.Expr; } },
    {
      ALT: () => {
        const toks: IToken[] = [];
        this.AT_LEAST_ONE(() => toks.push(this.CONSUME(T.StringLit)));
        return this.ACTION(() => joinStrings(toks))!;
      },
    },
    { ALT: () => { const t = this.CONSUME(T.None); return { kind: "Constant", value: { type: "None" }, ...tl(t) } as ast.Expr; } },
    { ALT: () => { const t = this.CONSUME(T.True); return { kind: "Constant", value: { type: "bool", value: true }, ...tl(t) } as ast.Expr; } },
    { ALT: () => { const t = this.CONSUME(T.False); return { kind: "Constant", value: { type: "bool", value: false }, ...tl(t) } as ast.Expr; } },
    { ALT: () => { const t = this.CONSUME(T.Ellipsis); return { kind: "Constant", value: { type: "Ellipsis" }, ...tl(t) } as ast.Expr; } },
    { ALT: () => this.SUBRULE(this.parenAtom) },
    { ALT: () => this.SUBRULE(this.listAtom) },
    { ALT: () => this.SUBRULE(this.braceAtom) },
    {
      ALT: () => {
        const t = this.CONSUME(T.Await);
        return this.ACTION(() => this.fail(`'${t.image}' is not supported yet`, tl(t)))!;
      },
    },
  ]));
    this.MANY2(() => this.OR2([
      {
        ALT: () => {
          this.CONSUME(T.Dot);
          const n = this.CONSUME2(T.Identifier);
          const o = (e && outer.get(e)) ?? e ?? {};
          e = { kind: "Attribute", value: e, attr: n.image, ctx: "Load", line: o.line, col: o.col, endLine: n.endLine!, endCol: n.endColumn! };
        },
      },
      {
        ALT: () => {
          const c = this.SUBRULE(this.callArgs);
          const o = (e && outer.get(e)) ?? e ?? {};
          e = { kind: "Call", func: e, args: c.args, keywords: c.keywords, line: o.line, col: o.col, endLine: c?.end?.endLine, endCol: c?.end?.endCol };
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          const s = this.SUBRULE(this.slices);
          const r = this.CONSUME(T.RBracket);
          const o = (e && outer.get(e)) ?? e ?? {};
          e = { kind: "Subscript", value: e, slice: s, ctx: "Load", line: o.line, col: o.col, endLine: r.endLine!, endCol: r.endColumn! };
        },
      },
    ]));
    this.OPTION(() => { this.CONSUME(T.DoubleStar); const r = this.SUBRULE(this.factor); e = this.bin(e, "**", r); });
    for (let i = prefix.length - 1; i >= 0; i--) {
      e = { kind: "UnaryOp", op: prefix[i].image as ast.UnaryOperator, operand: e, ...span(tl(prefix[i]), e) };
    }
    return e;
  });

  /** `( args )`: positional, *args, keywords, **kwargs, or one bare generator expression. */
  public callArgs = this.RULE("callArgs", (): { args: ast.Expr[]; keywords: ast.Keyword[]; end: Pos } => {
    const lp = this.CONSUME(T.LParen);
    const items: ArgItem[] = [];
    this.OPTION(() => {
      items.push(this.SUBRULE(this.argItem));
      let more = true;
      this.MANY({ GATE: () => more, DEF: () => { this.CONSUME(T.Comma); more = false; this.OPTION2(() => { items.push(this.SUBRULE2(this.argItem)); more = true; }); } });
    });
    const rp = this.CONSUME(T.RParen);
    return this.ACTION(() => buildCall(items, tl(lp), tl(rp)))!;
  });

  public argItem = this.RULE("argItem", (): ArgItem => this.OR((this._argItemAlts ??= [
    {
      ALT: () => {
        const s = this.CONSUME(T.Star);
        const v = this.SUBRULE(this.test);
        const starred: ast.Expr = { kind: "Starred", value: v, ctx: "Load", ...span(tl(s), v) };
        this.ACTION(() => { if (this.la(1).tokenType === T.For) this.noStarredElt(starred); });
        return { kind: "star", value: starred } as ArgItem;
      },
    },
    {
      ALT: () => {
        const s = this.CONSUME(T.DoubleStar);
        const v = this.SUBRULE2(this.test);
        return { kind: "kwargs", value: { arg: null, value: v, ...span(tl(s), v) } } as ArgItem;
      },
    },
    {
      ALT: () => {
        const e = this.SUBRULE3(this.test);
        let item: ArgItem = { kind: "pos", value: e, genexp: null };
        this.OPTION(() => this.OR2([
          {
            ALT: () => {
              this.CONSUME(T.ColonEqual);
              const v = this.SUBRULE4(this.test);
              item = this.ACTION(() => {
                if (e.kind !== "Name") this.fail(`cannot use assignment expressions with ${exprName(e)}`, e);
                return { kind: "pos", value: { kind: "NamedExpr", target: { ...e, ctx: "Store" }, value: v, ...span(e, v) }, genexp: null } as ArgItem;
              })!;
            },
          },
          {
            ALT: () => {
              const eq = this.CONSUME(T.Equal);
              const v = this.SUBRULE5(this.test);
              item = this.ACTION(() => {
                if (e.kind !== "Name" || this.parens.has(e)) {
                  this.fail('expression cannot contain assignment, perhaps you meant "=="?', span(e, tl(eq)));
                }
                return { kind: "kw", value: { arg: (e as ast.Name).id, value: v, ...span(e, v) } } as ArgItem;
              })!;
            },
          },
          { ALT: () => { const g = this.SUBRULE(this.compFor); item = { kind: "pos", value: e, genexp: g }; } },
        ]));
        return item;
      },
    },
  ])));

  /** The inside of `x[...]`: one index or slice, or a tuple of them. */
  public slices = this.RULE("slices", (): ast.Expr => {
    const first = this.SUBRULE(this.sliceItem);
    const elts = [first];
    let last: Pos = first, comma = false;
    let more = true;
    this.MANY({
      GATE: () => more,
      DEF: () => {
        last = tl(this.CONSUME(T.Comma)); comma = true; more = false;
        this.OPTION(() => { const x = this.SUBRULE2(this.sliceItem); elts.push(x); last = x; more = true; });
      },
    });
    return comma || first?.kind === "Starred" ? { kind: "Tuple", elts, ctx: "Load", ...span(first, last) } : first;
  });

  public sliceItem = this.RULE("sliceItem", (): ast.Expr => this.OR([
    {
      ALT: () => {
        const lower = this.SUBRULE(this.starNamedExpr);
        let r = lower;
        this.OPTION(() => { r = this.SUBRULE(this.sliceTail, { ARGS: [lower] }); });
        return r;
      },
    },
    { ALT: () => this.SUBRULE2(this.sliceTail, { ARGS: [null] }) },
  ]));

  /** `:upper:step` after an optional lower bound. */
  public sliceTail = this.RULE("sliceTail", (lower: ast.Expr | null): ast.Expr => {
    let upper: ast.Expr | null = null, step: ast.Expr | null = null;
    const c1 = tl(this.CONSUME(T.Colon));
    let end: Pos = c1;
    this.OPTION(() => { upper = this.SUBRULE(this.test); end = upper; });
    this.OPTION2(() => {
      end = tl(this.CONSUME2(T.Colon));
      this.OPTION3(() => { step = this.SUBRULE2(this.test); end = step; });
    });
    return { kind: "Slice", lower, upper, step, ...span(lower ?? c1, end) };
  });

  public parenAtom = this.RULE("parenAtom", (): ast.Expr => {
    const lp = tl(this.CONSUME(T.LParen));
    return this.OR([
      { ALT: () => { const rp = this.CONSUME(T.RParen); return { kind: "Tuple", elts: [], ctx: "Load", ...span(lp, tl(rp)) } as ast.Expr; } },
      {
        ALT: () => {
          const y = this.SUBRULE(this.yieldExpr);
          const rp = this.CONSUME4(T.RParen);
          this.ACTION(() => outer.set(y, span(lp, tl(rp))));
          return y;
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.starNamedExpr);
          return this.OR2([
            {
              ALT: () => {
                this.ACTION(() => this.noStarredElt(first));
                const generators = this.SUBRULE(this.compFor);
                const rp = this.CONSUME2(T.RParen);
                return { kind: "GeneratorExp", elt: first, generators, ...span(lp, tl(rp)) } as ast.Expr;
              },
            },
            {
              ALT: () => {
                const elts = [first];
                let tuple = false;
                let more = true;
                this.MANY({ GATE: () => more, DEF: () => { this.CONSUME(T.Comma); tuple = true; more = false; this.OPTION(() => { elts.push(this.SUBRULE2(this.starNamedExpr)); more = true; }); } });
                const rp = this.CONSUME3(T.RParen);
                if (tuple) return { kind: "Tuple", elts, ctx: "Load", ...span(lp, tl(rp)) } as ast.Expr;
                this.ACTION(() => {
                  if (first.kind === "Starred") this.fail("cannot use starred expression here", first);
                  outer.set(first, span(lp, tl(rp)));
                });
                return first;
              },
            },
          ]);
        },
      },
    ]);
  });

  public listAtom = this.RULE("listAtom", (): ast.Expr => {
    const lb = tl(this.CONSUME(T.LBracket));
    return this.OR([
      { ALT: () => { const rb = this.CONSUME(T.RBracket); return { kind: "List", elts: [], ctx: "Load", ...span(lb, tl(rb)) } as ast.Expr; } },
      {
        ALT: () => {
          const first = this.SUBRULE(this.starNamedExpr);
          return this.OR2([
            {
              ALT: () => {
                this.ACTION(() => this.noStarredElt(first));
                const generators = this.SUBRULE(this.compFor);
                const rb = this.CONSUME2(T.RBracket);
                return { kind: "ListComp", elt: first, generators, ...span(lb, tl(rb)) } as ast.Expr;
              },
            },
            {
              ALT: () => {
                const elts = [first];
                let more = true;
                this.MANY({ GATE: () => more, DEF: () => { this.CONSUME(T.Comma); more = false; this.OPTION(() => { elts.push(this.SUBRULE2(this.starNamedExpr)); more = true; }); } });
                const rb = this.CONSUME3(T.RBracket);
                return { kind: "List", elts, ctx: "Load", ...span(lb, tl(rb)) } as ast.Expr;
              },
            },
          ]);
        },
      },
    ]);
  });

  public braceAtom = this.RULE("braceAtom", (): ast.Expr => {
    const lb = tl(this.CONSUME(T.LBrace));
    return this.OR([
      { ALT: () => { const rb = this.CONSUME(T.RBrace); return { kind: "Dict", keys: [], values: [], ...span(lb, tl(rb)) } as ast.Expr; } },
      {
        ALT: () => {
          const s = this.CONSUME(T.DoubleStar);
          const v = this.SUBRULE(this.bitOr);
          this.ACTION(() => { if (this.la(1).tokenType === T.For) this.fail("dict unpacking cannot be used in dict comprehension", tl(s)); });
          return this.SUBRULE(this.dictRest, { ARGS: [lb, null, v] });
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.starNamedExpr);
          return this.OR2([
            {
              ALT: () => {
                const colon = this.CONSUME(T.Colon);
                // (CPython's grammar has no starred dict key: its parser stops at the ':')
                this.ACTION(() => { if (first.kind === "Starred") this.fail("invalid syntax", tl(colon)); });
                this.ACTION(() => this.checkDictValue(colon));
                const v = this.SUBRULE(this.dictValue);
                return this.OR3([
                  {
                    ALT: () => {
                      const generators = this.SUBRULE(this.compFor);
                      const rb = this.CONSUME2(T.RBrace);
                      return { kind: "DictComp", key: first, value: v, generators, ...span(lb, tl(rb)) } as ast.Expr;
                    },
                  },
                  { ALT: () => this.SUBRULE2(this.dictRest, { ARGS: [lb, first, v] }) },
                ]);
              },
            },
            {
              ALT: () => {
                this.ACTION(() => this.noStarredElt(first));
                const generators = this.SUBRULE2(this.compFor);
                const rb = this.CONSUME3(T.RBrace);
                return { kind: "SetComp", elt: first, generators, ...span(lb, tl(rb)) } as ast.Expr;
              },
            },
            {
              ALT: () => {
                const elts = [first];
                let more = true;
                this.MANY({ GATE: () => more, DEF: () => { this.CONSUME(T.Comma); more = false; this.OPTION(() => { elts.push(this.SUBRULE2(this.starNamedExpr)); more = true; }); } });
                const rb = this.CONSUME4(T.RBrace);
                return { kind: "Set", elts, ...span(lb, tl(rb)) } as ast.Expr;
              },
            },
          ]);
        },
      },
    ]);
  });

  /**
   * A dict key after `k: v,`. As CPython's invalid_kvpair, one not followed by ':' is "':' expected after
   * dictionary key" at its last character, even where another expression follows (not "forgot a comma").
   */
  private dictKey(): ast.Expr {
    const saved = this.dictKeyLevel;
    this.dictKeyLevel = this.la(1).level;
    let k: ast.Expr;
    try { k = this.SUBRULE(this.test); } finally { this.dictKeyLevel = saved; }
    this.ACTION(() => {
      if (this.la(1).tokenType !== T.Colon) {
        const e = errAt("':' expected after dictionary key", { line: k.endLine, col: k.endCol - 1, endLine: k.endLine, endCol: -1 });
        e.atEnd = this.unclosedInput && this.atInputEnd(true); // the REPL reads on: the ':' may come
        throw e;
      }
    });
    return k;
  }

  /** `{k: }` or `{k: , ...}`: CPython names the missing value, at the ':'. */
  private checkDictValue(colon: IToken): void {
    const next = this.la(1).tokenType;
    if (next === T.RBrace || next === T.Comma) this.fail("expression expected after dictionary key and ':'", tl(colon));
  }

  /** A comprehension's element: CPython's invalid_comprehension for a starred one. */
  private noStarredElt(e: ast.Expr): void {
    if (e.kind === "Starred") this.fail("iterable unpacking cannot be used in comprehension", e);
  }

  /** A dict display's value; a starred one is CPython's invalid_kvpair error over `*value`. */
  public dictValue = this.RULE("dictValue", (): ast.Expr => this.OR([
    {
      ALT: () => {
        const star = this.CONSUME(T.Star);
        const v = this.SUBRULE(this.bitOr);
        return this.ACTION(() => this.fail("cannot use a starred expression in a dictionary value", span(tl(star), v)))!;
      },
    },
    { ALT: () => this.SUBRULE(this.test) },
  ]));

  /** The rest of a dict display after its first entry. */
  public dictRest = this.RULE("dictRest", (lb: Pos, k0: ast.Expr | null, v0: ast.Expr): ast.Expr => {
    const keys: (ast.Expr | null)[] = [k0], values = [v0];
    let more = true;
    this.MANY({
      GATE: () => more,
      DEF: () => {
        this.CONSUME(T.Comma);
        more = false;
        this.OPTION(() => {
          more = true;
          this.OR([
            { ALT: () => { this.CONSUME(T.DoubleStar); keys.push(null); values.push(this.SUBRULE(this.bitOr)); } },
            {
              ALT: () => {
                const k = this.dictKey();
                const colon = this.CONSUME(T.Colon);
                this.ACTION(() => this.checkDictValue(colon));
                keys.push(k);
                values.push(this.SUBRULE2(this.dictValue));
              },
            },
          ]);
        });
      },
    });
    const rb = this.CONSUME(T.RBrace);
    return { kind: "Dict", keys, values, ...span(lb, tl(rb)) };
  });

  public compFor = this.RULE("compFor", (): ast.Comprehension[] => {
    const gens: ast.Comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.For);
      const target = this.SUBRULE(this.starTargets);
      this.CONSUME(T.In);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: ast.Expr[] = [];
      this.MANY(() => { this.CONSUME(T.If); ifs.push(this.SUBRULE2(this.disjunction)); });
      gens.push({ target, iter, ifs });
    });
    return gens;
  });

  /** for-loop and comprehension targets: `a`, `a, *b`, `(a, b), c` (Store ctx set here). */
  public starTargets = this.RULE("starTargets", (): ast.Expr => {
    const first = this.SUBRULE(this.starBitOr);
    const elts = [first];
    let last: Pos = first, comma = false;
    let more = true;
    this.MANY({
      GATE: () => more,
      DEF: () => {
        last = tl(this.CONSUME(T.Comma)); comma = true; more = false;
        this.OPTION(() => { const x = this.SUBRULE2(this.starBitOr); elts.push(x); last = x; more = true; });
      },
    });
    const e: ast.Expr = comma ? { kind: "Tuple", elts, ctx: "Load", ...span(first, last) } : first;
    return this.ACTION(() => toTarget(e, "Store"))!;
  });

  /** `*x` as an expression (the first alternative of starBitOr, starNamedExpr and starExpr). */
  private starredBitOr(): ast.Expr {
    const s = this.CONSUME(T.Star);
    const v = this.SUBRULE(this.bitOr);
    return { kind: "Starred", value: v, ctx: "Load", ...span(tl(s), v) } as ast.Expr;
  }

  public starBitOr = this.RULE("starBitOr", (): ast.Expr => this.OR((this._starBitOrAlts ??= [
    { ALT: () => this.starredBitOr() },
    { ALT: () => this.SUBRULE2(this.bitOr) },
  ])));

  public starNamedExpr = this.RULE("starNamedExpr", (): ast.Expr => this.OR((this._starNamedAlts ??= [
    { ALT: () => this.starredBitOr() },
    { ALT: () => this.SUBRULE(this.namedExpr) },
  ])));

  public starExpr = this.RULE("starExpr", (): ast.Expr => this.OR((this._starExprAlts ??= [
    { ALT: () => this.starredBitOr() },
    { ALT: () => this.SUBRULE(this.test) },
  ])));

  /** `yield`, `yield a, b`, `yield from a`: only where CPython's grammar has yield_expr (a statement, the
   *  right of `=`, or alone in parentheses); anywhere else the token is "invalid syntax". */
  public yieldExpr = this.RULE("yieldExpr", (): ast.Expr => {
    const t = tl(this.CONSUME(T.Yield));
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.From);
          const value = this.SUBRULE(this.test);
          return { kind: "YieldFrom", value, ...span(t, value) } as ast.Expr;
        },
      },
      {
        ALT: () => {
          let value: ast.Expr | null = null;
          this.OPTION(() => { value = this.SUBRULE(this.starExpressions); });
          return { kind: "Yield", value, ...span(t, value ?? t) } as ast.Expr;
        },
      },
    ]);
  });

  /** The right of `=` and an expression statement: a yield expression or star expressions. */
  public starExprsOrYield = this.RULE("starExprsOrYield", (): ast.Expr => this.OR([
    { ALT: () => this.SUBRULE(this.yieldExpr) },
    { ALT: () => this.SUBRULE(this.starExpressions) },
  ]));

  /** `a`, `a, b`, `a, *b,`: a Tuple when there is a comma. */
  public starExpressions = this.RULE("starExpressions", (): ast.Expr => {
    const first = this.SUBRULE(this.starExpr);
    const elts = [first];
    let last: Pos = first, comma = false;
    let more = true;
    this.MANY({
      GATE: () => more,
      DEF: () => {
        last = tl(this.CONSUME(T.Comma)); comma = true; more = false;
        this.OPTION(() => { const x = this.SUBRULE2(this.starExpr); elts.push(x); last = x; more = true; });
      },
    });
    return comma ? { kind: "Tuple", elts, ctx: "Load", ...span(first, last) } : first;
  });

  public lambdef = this.RULE("lambdef", (): ast.Expr => {
    const t = this.CONSUME(T.Lambda);
    let items: ParamItem[] = [];
    this.OPTION(() => { items = this.SUBRULE(this.params, { ARGS: [true] }); });
    this.CONSUME(T.Colon);
    const args = this.ACTION(() => buildArguments(items))!; // before the body, as CPython's
    const body = this.SUBRULE(this.test);
    return this.ACTION(() => ({ kind: "Lambda", args, body, ...span(tl(t), body) }) as ast.Lambda)!;
  });

  /** Parameter list items of a def (annotations allowed) or a lambda; buildArguments checks the order. */
  public params = this.RULE("params", (isLambda: boolean): ParamItem[] => {
    const items: ParamItem[] = [];
    items.push(this.SUBRULE(this.paramItem, { ARGS: [isLambda] }));
    let more = true;
    this.MANY({ GATE: () => more, DEF: () => { this.CONSUME(T.Comma); more = false; this.OPTION(() => { items.push(this.SUBRULE2(this.paramItem, { ARGS: [isLambda] })); more = true; }); } });
    return items;
  });

  public paramItem = this.RULE("paramItem", (isLambda: boolean): ParamItem => this.OR([
    { ALT: () => ({ kind: "slash", at: tl(this.CONSUME(T.Slash)) }) as ParamItem },
    {
      ALT: () => {
        const s = this.CONSUME(T.Star);
        let arg: ast.Arg | null = null;
        this.OPTION(() => { arg = this.SUBRULE(this.paramName, { ARGS: [isLambda] }); });
        return { kind: "star", at: tl(s), arg } as ParamItem;
      },
    },
    {
      ALT: () => {
        const s = this.CONSUME(T.DoubleStar);
        const arg = this.SUBRULE2(this.paramName, { ARGS: [isLambda] });
        return { kind: "kwstar", at: tl(s), arg } as ParamItem;
      },
    },
    {
      ALT: () => {
        const arg = this.SUBRULE3(this.paramName, { ARGS: [isLambda] });
        let def: ast.Expr | null = null;
        this.OPTION2(() => { this.CONSUME(T.Equal); def = this.SUBRULE(this.test); });
        return { kind: "arg", at: arg, arg, def } as ParamItem;
      },
    },
  ]));

  public paramName = this.RULE("paramName", (isLambda: boolean): ast.Arg => {
    const n = this.CONSUME(T.Identifier);
    let annotation: ast.Expr | null = null;
    this.OPTION({
      GATE: () => !isLambda,
      DEF: () => { this.CONSUME(T.Colon); annotation = this.SUBRULE(this.test); },
    });
    return { arg: n.image, annotation, ...span(tl(n), annotation ?? tl(n)) };
  });

  /** An f-string replacement field's expression (index.ts lexes it as if inside brackets). */
  public fieldExpr = this.RULE("fieldExpr", (): ast.Expr => {
    // (CPython parses the field as "(expr)", so a bare yield expression is one)
    const e = this.SUBRULE(this.starExprsOrYield);
    this.CONSUME(T.EndOfFile);
    this.ACTION(() => { if (e.kind === "Starred") this.fail("cannot use starred expression here", e); });
    return e;
  });
}

function foldBool(operands: ast.Expr[], ops: string[]): ast.Expr {
  const groups: ast.Expr[][] = [[operands[0]]];
  ops.forEach((op, i) => { if (op === "or") groups.push([operands[i + 1]]); else groups[groups.length - 1].push(operands[i + 1]); });
  const ands = groups.map((g): ast.Expr => g.length === 1 ? g[0] : { kind: "BoolOp", op: "and", values: g, ...span(g[0], g[g.length - 1]) });
  return ands.length === 1 ? ands[0] : { kind: "BoolOp", op: "or", values: ands, ...span(ands[0], ands[ands.length - 1]) };
}

const PREC: Record<string, number> = { "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6 };

function foldBinary(operands: ast.Expr[], ops: string[]): ast.Expr {
  const out: ast.Expr[] = [operands[0]];
  const stack: string[] = [];
  const reduce = () => {
    const right = out.pop()!, left = out.pop()!;
    const l = outer.get(left) ?? left, r = outer.get(right) ?? right; // (never runs while recording)
    out.push({ kind: "BinOp", left, op: stack.pop() as ast.BinOperator, right, line: l.line, col: l.col, endLine: r.endLine, endCol: r.endCol });
  };
  for (let i = 0; i < ops.length; i++) {
    const p = PREC[ops[i]];
    while (stack.length && PREC[stack[stack.length - 1]] >= p) reduce();
    stack.push(ops[i]);
    out.push(operands[i + 1]);
  }
  while (stack.length) reduce();
  return out[0];
}

function buildCall(items: ArgItem[], lp: Pos, rp: Pos): { args: ast.Expr[]; keywords: ast.Keyword[]; end: Pos } {
  const args: ast.Expr[] = [], keywords: ast.Keyword[] = [];
  let sawKw = false, sawKwargs = false;
  for (const it of items) {
    if (it.kind === "pos" && it.genexp) {
      if (items.length > 1) {
        throw errAt("Generator expression must be parenthesized", span(it.value, lastPos(it.value, it.genexp)));
      }
      args.push({ kind: "GeneratorExp", elt: it.value, generators: it.genexp, ...span(lp, rp) });
      continue;
    }
    if (it.kind === "pos" || it.kind === "star") {
      if (sawKwargs) {
        // CPython points at the '*', or just past a positional argument
        const v = it.value;
        if (it.kind === "star") throw errAt("iterable argument unpacking follows keyword argument unpacking", { line: v.line, col: v.col, endLine: v.line, endCol: v.col + 1 });
        throw errAt("positional argument follows keyword argument unpacking", { line: v.endLine, col: v.endCol, endLine: v.endLine, endCol: v.endCol + 1 });
      }
      if (sawKw && it.kind === "pos") {
        const v = it.value; // CPython points just past the argument
        throw errAt("positional argument follows keyword argument", { line: v.endLine, col: v.endCol, endLine: v.endLine, endCol: v.endCol + 1 });
      }
      args.push(it.value);
    } else {
      if (it.kind === "kw") {
        sawKw = true;
        if (keywords.some((k) => k.arg === it.value.arg)) throw errAt(`keyword argument repeated: ${it.value.arg}`, it.value);
      } else sawKwargs = true;
      keywords.push(it.value);
    }
  }
  return { args, keywords, end: rp };
}

function lastPos(e: ast.Expr, gens: ast.Comprehension[]): Pos {
  const g = gens[gens.length - 1];
  return g.ifs.length ? g.ifs[g.ifs.length - 1] : g.iter ?? e;
}

/** Adjacent literals: one Constant, or one JoinedStr when any part is an f-string (as CPython). */
export function joinStrings(toks: IToken[]): ast.Expr {
  const loc = span(tl(toks[0]), tl(toks[toks.length - 1]));
  const ps = toks.map((t) => t.payload as StringPayload);
  for (const p of ps) if (p.kind === "error") throw p.error;
  const bytes = ps.filter((p) => p.kind === "bytes").length;
  if (bytes && bytes !== ps.length) throw errAt("cannot mix bytes and nonbytes literals", loc);
  if (!ps.some((p) => p.kind === "fstr")) {
    const value = ps.map((p) => (p as { value: string }).value).join("");
    return { kind: "Constant", value: { type: bytes ? "bytes" : "str", value }, ...loc };
  }
  const values: ast.Expr[] = [];
  let text = "";
  const flush = () => {
    if (text) values.push({ kind: "Constant", value: { type: "str", value: text }, ...loc });
    text = "";
  };
  for (const p of ps) {
    if (p.kind === "str") { text += p.value; continue; }
    if (p.kind !== "fstr") continue;
    for (const v of p.values) {
      if (v.kind === "Constant" && v.value.type === "str") text += v.value.value;
      else { flush(); values.push(v); }
    }
  }
  flush();
  return { kind: "JoinedStr", values, ...loc };
}
