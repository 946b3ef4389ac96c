// Chevrotain's LL(k) lookahead, with the paths computed ahead of time. Building the parser used to spend
// ~30 ms (of ~45) computing each OR/OPTION/MANY's lookahead paths from the grammar, on every start of the
// `pyt` command. The paths depend only on the grammar, so the bundles carry them (LOOKAHEAD_TABLE,
// filled by tools/bundle.mjs from recordLookahead()) and the parser only turns them into functions, as
// chevrotain's buildAlternativesLookAheadFunc / buildSingleAlternativeLookaheadFunction do: same paths,
// same choice. A production missing from the table (unbundled code, tests) gets its paths computed.
import {
  getLookaheadPaths,
  LLkLookaheadStrategy,
  type ILookaheadStrategy,
  type ILookaheadValidationError,
  type IOrAlt,
  type OptionalProductionType,
  type Rule,
  type TokenType,
} from "chevrotain";
import { LOOKAHEAD_TABLE } from "./lookahead-table.js";

/** Per alternative, per path, the token names (an OPTION/MANY has one alternative: its inside). */
export type NamedPaths = string[][][];
export type LookaheadTable = Record<string, NamedPaths>;

/** Chevrotain's token types carry these (not in its public typings). */
interface IndexedTokenType extends TokenType {
  tokenTypeIdx: number;
  isParent?: boolean;
  categoryMatches?: number[];
  categoryMatchesMap?: Record<number, boolean>;
}
interface Token {
  tokenTypeIdx: number;
}
interface Lookahead {
  LA_FAST(i: number): Token;
}
type Paths = IndexedTokenType[][][];

/** chevrotain's tokenStructuredMatcher: the type itself, or one of a category's members. */
function matches(token: Token, type: IndexedTokenType): boolean {
  return token.tokenTypeIdx === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap![token.tokenTypeIdx] === true);
}

function firstMatchingPath(parser: Lookahead, alt: IndexedTokenType[][]): boolean {
  nextPath: for (const path of alt) {
    for (let i = 0; i < path.length; i++) if (!matches(parser.LA_FAST(i + 1), path[i])) continue nextPath;
    return true;
  }
  return false;
}

function oneTokenEach(paths: IndexedTokenType[][]): boolean {
  return paths.every((path) => path.length === 1);
}

/** Which alternative of an OR the next tokens choose (undefined: none). */
function alternationFunction(alts: Paths, hasPredicates: boolean): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
  if (hasPredicates) {
    return function (this: Lookahead, orAlts?: IOrAlt<unknown>[]) {
      for (let t = 0; t < alts.length; t++) {
        const gate = orAlts![t].GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
        if (firstMatchingPath(this, alts[t])) return t;
      }
      return undefined;
    };
  }
  if (alts.every(oneTokenEach)) {
    const choice: Record<number, number> = {};
    alts.forEach((alt, idx) => {
      for (const path of alt) {
        const type = path[0];
        if (!(type.tokenTypeIdx in choice)) choice[type.tokenTypeIdx] = idx;
        for (const member of type.categoryMatches ?? []) if (!(member in choice)) choice[member] = idx;
      }
    });
    return function (this: Lookahead) {
      return choice[this.LA_FAST(1).tokenTypeIdx];
    };
  }
  return function (this: Lookahead) {
    for (let t = 0; t < alts.length; t++) if (firstMatchingPath(this, alts[t])) return t;
    return undefined;
  };
}

/** Whether the next tokens enter an OPTION/MANY/AT_LEAST_ONE (its inside paths). */
function optionalFunction(alt: IndexedTokenType[][]): () => boolean {
  if (oneTokenEach(alt)) {
    const types = alt.map((path) => path[0]);
    if (types.length === 1 && (types[0].categoryMatches ?? []).length === 0) {
      const expected = types[0].tokenTypeIdx;
      return function (this: Lookahead) {
        return this.LA_FAST(1).tokenTypeIdx === expected;
      };
    }
    const enters: boolean[] = [];
    for (const type of types) {
      enters[type.tokenTypeIdx] = true;
      for (const member of type.categoryMatches ?? []) enters[member] = true;
    }
    return function (this: Lookahead) {
      return enters[this.LA_FAST(1).tokenTypeIdx] === true;
    };
  }
  return function (this: Lookahead) {
    return firstMatchingPath(this, alt);
  };
}

/** The lookahead strategy of PyParser: paths from `table` where it has them, else computed (and recorded). */
export class TabledLookahead implements ILookaheadStrategy {
  /** Every production's paths as this parser used them: recordLookahead() returns it. */
  readonly recorded: LookaheadTable = {};
  private readonly _llk: ILookaheadStrategy;
  private readonly _tokens: Map<string, IndexedTokenType>;

  constructor(
    tokens: readonly TokenType[],
    maxLookahead: number,
    private readonly _table: LookaheadTable = LOOKAHEAD_TABLE,
  ) {
    this._llk = new LLkLookaheadStrategy({ maxLookahead });
    this._tokens = new Map(tokens.map((t) => [t.name, t as IndexedTokenType]));
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this._llk.validate(options);
  }

  buildLookaheadForAlternation(o: { prodOccurrence: number; rule: Rule; maxLookahead: number; hasPredicates: boolean }) {
    const key = `${o.rule.name} Alternation ${o.prodOccurrence} ${o.maxLookahead}`;
    const paths = this._paths(key, () =>
      getLookaheadPaths({ occurrence: o.prodOccurrence, rule: o.rule, prodType: "Alternation", maxLookahead: o.maxLookahead }),
    );
    return alternationFunction(paths, o.hasPredicates);
  }

  buildLookaheadForOptional(o: { prodOccurrence: number; prodType: OptionalProductionType; rule: Rule; maxLookahead: number }) {
    const key = `${o.rule.name} ${o.prodType} ${o.prodOccurrence} ${o.maxLookahead}`;
    // chevrotain computes [inside, after] and decides on the inside paths alone.
    const paths = this._paths(key, () =>
      getLookaheadPaths({ occurrence: o.prodOccurrence, rule: o.rule, prodType: o.prodType, maxLookahead: o.maxLookahead }).slice(0, 1),
    );
    return optionalFunction(paths[0]);
  }

  private _paths(key: string, compute: () => TokenType[][][]): Paths {
    const named = this._table[key] ?? compute().map((alt) => alt.map((path) => path.map((t) => t.name)));
    this.recorded[key] = named;
    return named.map((alt) => alt.map((path) => path.map((name) => this._tokens.get(name)!)));
  }
}
