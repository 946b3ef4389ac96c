// The parser's grammar (chevrotain's GAST: each rule's productions) as data. Building the parser ran every
// rule in chevrotain's recording mode to learn its productions, then removed the recording methods again
// (15-20 ms of the host's start-up, on every `pyt` command: MainThread waits for the host's parse). The
// productions depend only on the grammar, so the bundles carry them (GAST_TABLE, filled by
// tools/bundle.mjs from recordGast()) and the parser takes them instead of recording (skipRecording).
import {
  Alternation,
  Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Rule,
  Terminal,
  type TokenType,
} from "chevrotain";

const KINDS = [
  Rule,
  NonTerminal,
  Alternative,
  Alternation,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionWithSeparator,
  RepetitionMandatoryWithSeparator,
  Terminal,
] as const;

/** A production: its class (index in KINDS), its own fields (token types by name), its productions. */
export interface GastNode {
  k: number;
  f: Record<string, string | number | boolean | { token: string }>;
  d?: GastNode[];
}
export type GastTable = Record<string, GastNode>;

interface Production {
  _definition?: Production[];
  [field: string]: unknown;
}

/** The rules' productions as data (fields set later, such as a NonTerminal's resolved rule, left out). */
export function serializeGast(rules: Record<string, Rule>): GastTable {
  const node = (p: Production): GastNode => {
    const k = KINDS.findIndex((cls) => p.constructor === cls);
    if (k < 0) throw new Error(`internal: unknown grammar production ${p.constructor.name}`);
    const f: GastNode["f"] = {};
    for (const [name, v] of Object.entries(p)) {
      if (name === "_definition" || name === "referencedRule") continue;
      if (typeof v === "object" && v !== null && "tokenTypeIdx" in v) f[name] = { token: (v as TokenType).name };
      else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") f[name] = v;
      else throw new Error(`internal: grammar production field ${name} cannot be recorded`);
    }
    const out: GastNode = { k, f };
    // A NonTerminal's definition is its rule's, once resolved: its own stays empty.
    if (p._definition !== undefined && k !== 1) out.d = p._definition.map(node);
    return out;
  };
  const table: GastTable = {};
  for (const [name, rule] of Object.entries(rules)) table[name] = node(rule as unknown as Production);
  return table;
}

/** The rules' productions from the table, as chevrotain's classes hold them (constructors not run). */
export function restoreGast(table: GastTable, tokens: readonly TokenType[]): Record<string, Rule> {
  const byName = new Map(tokens.map((t) => [t.name, t]));
  const node = (n: GastNode): Production => {
    const p = Object.create(KINDS[n.k].prototype as object) as Production;
    if (n.k === 1) p._definition = [];
    for (const [name, v] of Object.entries(n.f)) p[name] = typeof v === "object" ? byName.get(v.token) : v;
    if (n.d !== undefined) p._definition = n.d.map(node);
    return p;
  };
  const rules: Record<string, Rule> = {};
  for (const [name, n] of Object.entries(table)) rules[name] = node(n) as unknown as Rule;
  return rules;
}

/** chevrotain's recording steps (not in its public typings). */
interface Recorder {
  enableRecording(): void;
  disableRecording(): void;
  topLevelRuleRecord(name: string, def: unknown): Rule;
}

/**
 * Makes `parser`'s performSelfAnalysis take its rules' productions from `rules` instead of recording
 * them (the rest of the analysis, resolving the rules and the lookahead functions, runs as before).
 */
export function skipRecording(parser: object, rules: Record<string, Rule>): void {
  const p = parser as Recorder;
  p.enableRecording = () => {};
  p.disableRecording = () => {};
  p.topLevelRuleRecord = (name) => {
    const rule = rules[name];
    if (rule === undefined) throw new Error(`internal: the bundled grammar has no rule ${name}`);
    return rule;
  };
}
