// The patterns of `case` clauses (CPython 3.11's patterns rules, PEP 634), as a parser base class between
// the expressions (parser-expr.ts) and the statements (parser.ts, which has match and case themselves),
// and the test of whether a line beginning with the name `match` is a match statement.
// Patterns are not expressions: `as`, `*rest`, `**rest` and keyword sub-patterns have their own rules, and
// only literals and dotted names may be values, so they are parsed here rather than converted from an Expr.
import type { IOrAlt, IToken } from "chevrotain";
import type * as ast from "./ast.js";
import * as T from "./tokens.js";
import { errAt } from "./targets.js";
import { PyExprParser, joinStrings, markParenthesized, span, tl, type Pos } from "./parser-expr.js";

type ClassArg = { kw: IToken | null; p: ast.Pattern };
type MappingItem = { key: ast.Expr; p: ast.Pattern } | { rest: IToken };
type ClassArgs = { args: ClassArg[]; end: Pos };

export class PyPatternParser extends PyExprParser {
  private _closedAlts?: IOrAlt<ast.Pattern>[];

  /**
   * `match` is a soft keyword: a line `match <subject>:` begins a match statement, and `match = 3`,
   * `match(x)`, `match.group()` stay expressions (CPython tries match_stmt first and backtracks; a
   * logical line that ends in ':' cannot be a simple statement anyway).
   */
  protected matchAhead(): boolean {
    const t = this.la(1);
    const n = this.la(2).tokenType;
    if ([T.Equal, T.Dot, T.Colon, T.Comma, T.Newline, T.Semicolon, T.ColonEqual, T.EndOfFile].includes(n) || n.CATEGORIES?.includes(T.AugAssign)) return false;
    let last = t;
    for (let i = 2; ; i++) {
      const u = this.la(i);
      if (u.tokenType === T.EndOfFile || u.tokenType === T.Newline) break;
      last = u;
    }
    return last.tokenType === T.Colon;
  }

  /**
   * `match x` and the like, with no ':': no simple statement has a name followed by one of these tokens
   * (but `match not in y`), so CPython's error is its match statement's "expected ':'".
   */
  protected matchWithoutColon(): boolean {
    const n = this.la(2).tokenType;
    if (n === T.Not) return this.la(3).tokenType !== T.In;
    return n === T.Identifier || n === T.NumberLit || n === T.StringLit || n === T.LBrace || n === T.None || n === T.True
      || n === T.False || n === T.Ellipsis || n === T.Lambda || n === T.Tilde;
  }

  /** A case's patterns: one pattern, or an open sequence `a, *b` (a MatchSequence without brackets). */
  public patterns = this.RULE("patterns", (): ast.Pattern => {
    const first = this.SUBRULE(this.maybeStarPattern);
    const items = [first];
    let last: Pos = first, comma = false, more = true;
    this.MANY({
      GATE: () => more,
      DEF: () => {
        last = tl(this.CONSUME(T.Comma)); comma = true; more = false;
        this.OPTION(() => { const p = this.SUBRULE2(this.maybeStarPattern); items.push(p); last = p; more = true; });
      },
    });
    return this.ACTION(() => {
      if (comma) return { kind: "MatchSequence", patterns: items, ...span(first, last) } as ast.Pattern;
      // `case *a:`: CPython's open sequence needs its comma
      if (first.kind === "MatchStar") this.fail("invalid syntax", tl(this.la(1)));
      return first;
    })!;
  });

  public maybeStarPattern = this.RULE("maybeStarPattern", (): ast.Pattern => this.OR([
    {
      ALT: () => {
        const s = this.CONSUME(T.Star);
        const n = this.CONSUME(T.Identifier);
        return { kind: "MatchStar", name: n.image === "_" ? null : n.image, ...span(tl(s), tl(n)) } as ast.Pattern;
      },
    },
    { ALT: () => this.SUBRULE(this.pattern) },
  ]));

  /** An or-pattern, possibly `as NAME`. */
  public pattern = this.RULE("pattern", (): ast.Pattern => {
    const p = this.SUBRULE(this.orPattern);
    let r = p;
    this.OPTION(() => {
      this.CONSUME(T.As);
      const n = this.SUBRULE(this.asTarget);
      r = { kind: "MatchAs", pattern: p, name: n?.image, ...span(p, tl(n)) };
    });
    return r;
  });

  /** The name after `as`, with CPython's messages for `_` and for anything but a name. */
  public asTarget = this.RULE("asTarget", (): IToken => this.OR([
    {
      ALT: () => {
        const n = this.CONSUME(T.Identifier);
        this.ACTION(() => { if (n.image === "_") this.fail("cannot use '_' as a target", tl(n)); });
        return n;
      },
    },
    {
      GATE: () => this.la(1).tokenType !== T.Identifier,
      ALT: () => { const e = this.SUBRULE(this.bitOr); return this.ACTION(() => this.fail("invalid pattern target", e))!; },
    },
  ]));

  public orPattern = this.RULE("orPattern", (): ast.Pattern => {
    const ps = [this.SUBRULE(this.closedPattern)];
    this.MANY(() => { this.CONSUME(T.VBar); ps.push(this.SUBRULE2(this.closedPattern)); });
    return ps.length === 1 ? ps[0] : { kind: "MatchOr", patterns: ps, ...span(ps[0], ps[ps.length - 1]) };
  });

  public closedPattern = this.RULE("closedPattern", (): ast.Pattern => this.OR((this._closedAlts ??= [
    { ALT: () => { const v = this.SUBRULE(this.literalExpr); return this.ACTION(() => literalPattern(v))!; } },
    { ALT: () => this.SUBRULE(this.namePattern) },
    { ALT: () => this.SUBRULE(this.groupPattern) },
    { ALT: () => this.SUBRULE(this.listPattern) },
    { ALT: () => this.SUBRULE(this.mappingPattern) },
  ])));

  /** A literal: a signed number or complex literal, strings, None, True, False (also mapping keys). */
  public literalExpr = this.RULE("literalExpr", (): ast.Expr => this.OR([
    { ALT: () => this.SUBRULE(this.signedNumber) },
    {
      ALT: () => {
        const toks: IToken[] = [];
        this.AT_LEAST_ONE(() => toks.push(this.CONSUME(T.StringLit)));
        return this.ACTION(() => {
          const e = joinStrings(toks);
          if (e.kind === "JoinedStr") this.fail("patterns may only match literals and attribute lookups", e);
          return e;
        })!;
      },
    },
    { ALT: () => ({ kind: "Constant", value: { type: "None" }, ...tl(this.CONSUME(T.None)) }) as ast.Expr },
    { ALT: () => ({ kind: "Constant", value: { type: "bool", value: true }, ...tl(this.CONSUME(T.True)) }) as ast.Expr },
    { ALT: () => ({ kind: "Constant", value: { type: "bool", value: false }, ...tl(this.CONSUME(T.False)) }) as ast.Expr },
  ]));

  /** `-1`, `2.5`, `1+2j`, `-1-2j`: a real part and an imaginary part, nothing more. */
  public signedNumber = this.RULE("signedNumber", (): ast.Expr => {
    let minus: IToken | null = null;
    this.OPTION(() => { minus = this.CONSUME(T.Minus); });
    const n = this.CONSUME(T.NumberLit);
    let e: ast.Expr = numberConst(n);
    if (minus !== null) e = { kind: "UnaryOp", op: "-", operand: e, ...span(tl(minus), e) };
    this.OPTION2(() => {
      const op = this.OR([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME2(T.Minus) }]);
      const m = this.CONSUME2(T.NumberLit);
      e = this.ACTION(() => {
        const real = numberConst(n), imag = numberConst(m);
        if (real.value.type === "complex") this.fail("real number required in complex literal", real);
        if (imag.value.type !== "complex") this.fail("imaginary number required in complex literal", imag);
        return { kind: "BinOp", left: e, op: op.image as ast.BinOperator, right: imag, ...span(e, imag) } as ast.Expr;
      })!;
    });
    return e;
  });

  /** A capture `x`, the wildcard `_`, a value `a.b`, or a class pattern `a.B(...)`. */
  public namePattern = this.RULE("namePattern", (): ast.Pattern => {
    const first = this.CONSUME(T.Identifier);
    let e: ast.Expr = { kind: "Name", id: first.image, ctx: "Load", ...tl(first) };
    let dotted = false;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      const n = this.CONSUME2(T.Identifier);
      e = { kind: "Attribute", value: e, attr: n.image, ctx: "Load", ...span(e, tl(n)) };
      dotted = true;
    });
    let args: ClassArgs | null = null;
    this.OPTION(() => { args = this.SUBRULE(this.classArgs); });
    return this.ACTION(() => {
      if (args !== null) return classPattern(e, args);
      if (dotted) return { kind: "MatchValue", value: e, ...span(e, e) } as ast.Pattern;
      return { kind: "MatchAs", pattern: null, name: first.image === "_" ? null : first.image, ...tl(first) } as ast.Pattern;
    })!;
  });

  public classArgs = this.RULE("classArgs", (): ClassArgs => {
    this.CONSUME(T.LParen);
    const args: ClassArg[] = [];
    let more = true;
    this.OPTION(() => {
      args.push(this.SUBRULE(this.classArg));
      this.MANY({
        GATE: () => more,
        DEF: () => { this.CONSUME(T.Comma); more = false; this.OPTION2(() => { args.push(this.SUBRULE2(this.classArg)); more = true; }); },
      });
    });
    const rp = this.CONSUME(T.RParen);
    return { args, end: tl(rp) };
  });

  public classArg = this.RULE("classArg", (): ClassArg => this.OR([
    {
      ALT: () => {
        const kw = this.CONSUME(T.Identifier);
        this.CONSUME(T.Equal);
        return { kw, p: this.SUBRULE(this.pattern) };
      },
    },
    { ALT: () => ({ kw: null, p: this.SUBRULE2(this.pattern) }) },
  ]));

  /** `(p)` is p itself; `()`, `(p,)`, `(p, q)` are sequences. */
  public groupPattern = this.RULE("groupPattern", (): ast.Pattern => {
    const lp = this.CONSUME(T.LParen);
    const items = this.SUBRULE(this.sequenceItems);
    const rp = this.CONSUME(T.RParen);
    return this.ACTION(() => {
      const loc = span(tl(lp), tl(rp));
      if (items.length === 1 && !items.comma) {
        if (items[0].kind === "MatchStar") this.fail("invalid syntax", tl(rp));
        markParenthesized(items[0], loc);
        return items[0];
      }
      return { kind: "MatchSequence", patterns: [...items], ...loc } as ast.Pattern;
    })!;
  });

  public listPattern = this.RULE("listPattern", (): ast.Pattern => {
    const lb = this.CONSUME(T.LBracket);
    const items = this.SUBRULE(this.sequenceItems);
    const rb = this.CONSUME(T.RBracket);
    return this.ACTION(() => ({ kind: "MatchSequence", patterns: [...items], ...span(tl(lb), tl(rb)) }) as ast.Pattern)!;
  });

  /** Comma-separated items of a bracketed sequence pattern (maybe none, maybe a trailing comma). */
  public sequenceItems = this.RULE("sequenceItems", (): ast.Pattern[] & { comma?: boolean } => {
    const items: ast.Pattern[] & { comma?: boolean } = [];
    let more = true;
    this.OPTION(() => {
      items.push(this.SUBRULE(this.maybeStarPattern));
      this.MANY({
        GATE: () => more,
        DEF: () => {
          this.CONSUME(T.Comma); items.comma = true; more = false;
          this.OPTION2(() => { items.push(this.SUBRULE2(this.maybeStarPattern)); more = true; });
        },
      });
    });
    return items;
  });

  public mappingPattern = this.RULE("mappingPattern", (): ast.Pattern => {
    const lb = this.CONSUME(T.LBrace);
    const items: MappingItem[] = [];
    let more = true;
    this.OPTION(() => {
      items.push(this.SUBRULE(this.mappingItem));
      this.MANY({
        GATE: () => more,
        DEF: () => {
          this.CONSUME(T.Comma); more = false;
          // `**rest` comes last: CPython's grammar stops there and the next item is unexpected
          this.ACTION(() => { if ("rest" in items[items.length - 1] && this.la(1).tokenType !== T.RBrace) this.fail("invalid syntax", tl(this.la(1))); });
          this.OPTION2(() => { items.push(this.SUBRULE2(this.mappingItem)); more = true; });
        },
      });
    });
    const rb = this.CONSUME(T.RBrace);
    return this.ACTION(() => {
      const keys: ast.Expr[] = [], patterns: ast.Pattern[] = [];
      let rest: string | null = null;
      for (const it of items) {
        if ("rest" in it) rest = it.rest.image;
        else { keys.push(it.key); patterns.push(it.p); }
      }
      return { kind: "MatchMapping", keys, patterns, rest, ...span(tl(lb), tl(rb)) } as ast.Pattern;
    })!;
  });

  public mappingItem = this.RULE("mappingItem", (): MappingItem => this.OR([
    {
      ALT: () => {
        this.CONSUME(T.DoubleStar);
        const rest = this.CONSUME(T.Identifier);
        this.ACTION(() => { if (rest.image === "_") this.fail("invalid syntax", tl(rest)); });
        return { rest };
      },
    },
    {
      ALT: () => {
        const key = this.SUBRULE(this.mappingKey);
        this.CONSUME(T.Colon);
        return { key, p: this.SUBRULE(this.pattern) };
      },
    },
  ]));

  /** A literal or a dotted name (`a.b`: a bare name would be a capture, which a key cannot be). */
  public mappingKey = this.RULE("mappingKey", (): ast.Expr => this.OR([
    { ALT: () => this.SUBRULE(this.literalExpr) },
    {
      ALT: () => {
        const first = this.CONSUME(T.Identifier);
        let e: ast.Expr = { kind: "Name", id: first.image, ctx: "Load", ...tl(first) };
        this.AT_LEAST_ONE(() => {
          this.CONSUME(T.Dot);
          const n = this.CONSUME2(T.Identifier);
          e = { kind: "Attribute", value: e, attr: n.image, ctx: "Load", ...span(e, tl(n)) };
        });
        return e;
      },
    },
  ]));
}

function numberConst(t: IToken): ast.Constant {
  return { kind: "Constant", value: t.payload, ...tl(t) };
}

/** None, True and False are compared with `is`; other literals with `==`. */
function literalPattern(v: ast.Expr): ast.Pattern {
  if (v.kind === "Constant" && (v.value.type === "None" || v.value.type === "bool")) return { kind: "MatchSingleton", value: v.value, ...span(v, v) };
  return { kind: "MatchValue", value: v, ...span(v, v) };
}

function classPattern(cls: ast.Expr, c: ClassArgs): ast.Pattern {
  const patterns: ast.Pattern[] = [], kwdAttrs: string[] = [], kwdPatterns: ast.Pattern[] = [];
  for (let i = 0; i < c.args.length; i++) {
    const a = c.args[i];
    if (a.kw !== null) { kwdAttrs.push(a.kw.image); kwdPatterns.push(a.p); continue; }
    if (kwdAttrs.length > 0) {
      // CPython underlines the run of positional patterns that follows a keyword one
      let j = i;
      while (j + 1 < c.args.length && c.args[j + 1].kw === null) j++;
      throw errAt("positional patterns follow keyword patterns", span(a.p, c.args[j].p));
    }
    patterns.push(a.p);
  }
  return { kind: "MatchClass", cls, patterns, kwdAttrs, kwdPatterns, ...span(cls, c.end) };
}
