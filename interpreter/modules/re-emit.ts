// The re module's JS RegExp source for a parsed pattern (re-parse.ts). Always compiled with the u flag:
// \p{..} classes give CPython's Unicode \d \w \s, and an astral character is one character as in CPython.
// The m and s flags are never used: ^ $ . are written out, since JS's line terminators include \r,
// \u2028 and \u2029 where Python's are "\n" only, and Python's $ also matches before a final newline.
// Group numbers are kept (every Python group is one JS capture group, and no other is made).
import { FLAG, MAXREPEAT, ReError, type ClassItem, type Node, type Parsed } from "./re-parse.js";

const SETS: Record<"U" | "A", Record<"d" | "s" | "w", string>> = {
  // str.isdecimal; str.isspace; str.isalnum or "_" (letters and numbers)
  U: { d: "\\p{Nd}", s: "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000", w: "\\p{L}\\p{N}_" },
  A: { d: "0-9", s: "\\t-\\r\\x20", w: "A-Za-z0-9_" },
};

let caseGroups: Map<number, number[]> | null = null;

/** A character's simple case fold: the lowercase of its uppercase, when both are one character. */
function fold(c: number): number {
  const one = (s: string) => (s.length === (s.codePointAt(0)! > 0xffff ? 2 : 1) ? s.codePointAt(0)! : -1);
  const up = one(String.fromCodePoint(c).toUpperCase());
  const f = up < 0 ? -1 : one(String.fromCodePoint(up).toLowerCase());
  return f < 0 ? c : f;
}

/**
 * The characters IGNORECASE takes as c (c included): those of the same fold, as sre's lower() and its
 * extra cases (k K and the Kelvin sign, s S and the long s). Built once, on the first (?i:...) (~30 ms).
 */
function caseGroup(c: number): number[] {
  if (caseGroups === null) {
    caseGroups = new Map();
    for (let x = 0; x < 0x1f000; x++) {
      if (x >= 0xd800 && x < 0xe000) continue;
      const f = fold(x);
      if (f === x && String.fromCodePoint(x).toUpperCase() === String.fromCodePoint(x)) continue;
      let g = caseGroups.get(f);
      if (g === undefined) caseGroups.set(f, (g = [f]));
      if (!g.includes(x)) g.push(x);
    }
  }
  return caseGroups.get(fold(c)) ?? [c];
}

const esc = (c: number) => (/[A-Za-z0-9_ ]/.test(String.fromCodePoint(c)) ? String.fromCodePoint(c) : `\\u{${c.toString(16)}}`);

class Emitter {
  constructor(private readonly p: Parsed, private readonly jsI: boolean) {}

  sub(alts: Node[][], flags: number): string {
    return alts.map((seq) => seq.map((n) => this.node(n, flags)).join("")).join("|");
  }

  /** Characters to match for c: itself, or its case variants inside an (?i:...) the JS flags lack. */
  private variants(c: number, flags: number): number[] {
    if (!(flags & FLAG.I) || this.jsI) return [c];
    if (flags & FLAG.A) return c > 127 ? [c] : caseGroup(c).filter((v) => v < 128);
    return caseGroup(c);
  }

  private set(cat: "d" | "s" | "w", flags: number): string {
    return SETS[flags & FLAG.A ? "A" : "U"][cat];
  }

  private classParts(items: ClassItem[], flags: number): { pos: string; negs: string[] } {
    let pos = "";
    const negs: string[] = [];
    for (const it of items) {
      if ("cat" in it) {
        const lower = it.cat.toLowerCase() as "d" | "s" | "w";
        if (it.cat === lower) pos += this.set(lower, flags);
        else negs.push(this.set(lower, flags));
        continue;
      }
      pos += it.lo === it.hi ? esc(it.lo) : `${esc(it.lo)}-${esc(it.hi)}`;
      if (flags & FLAG.I && !this.jsI && it.hi - it.lo < 2000) {
        for (let c = it.lo; c <= it.hi; c++) for (const v of this.variants(c, flags)) if (v !== c) pos += esc(v);
      }
    }
    return { pos, negs };
  }

  private klass(items: ClassItem[], neg: boolean, flags: number): string {
    const { pos, negs } = this.classParts(items, flags);
    if (negs.length === 0) return `[${neg ? "^" : ""}${pos}]`;
    // A negated category beside other items: JS classes cannot hold a complement, so a union of classes
    const union = [...(pos ? [`[${pos}]`] : []), ...negs.map((s) => `[^${s}]`)].join("|");
    return neg ? `(?:(?!${union})[\\s\\S])` : `(?:${union})`;
  }

  private word(flags: number): string {
    return `[${this.set("w", flags)}]`;
  }

  node(n: Node, flags: number): string {
    switch (n.t) {
      case "lit": {
        const vs = this.variants(n.c, flags);
        return vs.length === 1 ? esc(n.c) : `[${vs.map(esc).join("")}]`;
      }
      case "notlit":
        return `[^${this.variants(n.c, flags).map(esc).join("")}]`;
      case "in":
        return this.klass(n.items, n.neg, flags);
      case "any":
        return flags & FLAG.S ? "[\\s\\S]" : "[^\\n]";
      case "at": {
        const w = this.word(flags);
        switch (n.at) {
          case "begin": return flags & FLAG.M ? "(?<=^|\\n)" : "^";
          case "end": return flags & FLAG.M ? "(?=\\n|$)" : "(?=\\n?$)";
          case "bstr": return "^";
          case "estr": return "$";
          case "b": return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
          // sre's \B never matches in an empty string
          case "B": return `(?!^$)(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
        }
        break;
      }
      case "repeat": {
        const one = n.item.length === 1 && ["lit", "notlit", "in", "any", "group"].includes(n.item[0].t);
        const body = n.item.map((x) => this.node(x, flags)).join("");
        const { min, max } = n;
        const q = max === MAXREPEAT ? (min === 0 ? "*" : min === 1 ? "+" : `{${min},}`)
          : min === 0 && max === 1 ? "?" : min === max ? `{${min}}` : `{${min},${max}}`;
        return (one ? body : `(?:${body})`) + q + (n.lazy ? "?" : "");
      }
      case "group": {
        const f = (flags | n.add) & ~n.del;
        const body = this.sub(n.alts, f);
        return n.gid === null ? `(?:${body})` : `(${body})`;
      }
      case "assert": {
        if (n.behind) {
          const [lo, hi] = width(n.alts, this.p);
          if (lo !== hi) throw new ReError("look-behind requires fixed-width pattern", null);
        }
        return `(?${n.behind ? "<" : ""}${n.neg ? "!" : "="}${this.sub(n.alts, flags)})`;
      }
      case "ref":
        // (?:) ends the number: a digit after \1 must stay a literal
        return `\\${n.gid}(?:)`;
    }
    return assertNever(n);
  }
}

function assertNever(n: never): never {
  throw new Error(`re: unknown node ${JSON.stringify(n)}`);
}

const cap = (n: number) => Math.min(n, MAXREPEAT);

/** CPython's SubPattern.getwidth: the least and most characters a sequence of alternatives matches. */
export function width(alts: Node[][], p: Parsed): [number, number] {
  let lo = Infinity, hi = 0;
  for (const seq of alts) {
    let l = 0, h = 0;
    for (const n of seq) {
      let w: [number, number];
      switch (n.t) {
        case "lit": case "notlit": case "in": case "any": w = [1, 1]; break;
        case "at": case "assert": w = [0, 0]; break;
        case "repeat": { const [a, b] = width([n.item], p); w = [cap(a * n.min), cap(b * n.max)]; break; }
        case "group": w = width(n.alts, p); break;
        case "ref": w = width(p.groupAlts[n.gid], p); break;
      }
      l = cap(l + w[0]);
      h = cap(h + w[1]);
    }
    lo = Math.min(lo, l);
    hi = Math.max(hi, h);
  }
  return [lo === Infinity ? 0 : lo, hi];
}

/** Whether a group turns IGNORECASE off: (?-i:...). */
function turnsIOff(alts: Node[][]): boolean {
  return alts.some((seq) => seq.some((n) =>
    n.t === "group" ? (n.del & FLAG.I) !== 0 || turnsIOff(n.alts)
      : n.t === "assert" ? turnsIOff(n.alts) : n.t === "repeat" ? turnsIOff([n.item]) : false));
}

/**
 * The RegExp source and flags (without the y/g that the kind of search adds). JS's i flag covers the
 * whole pattern: with a (?-i:...) in an IGNORECASE pattern, or a (?i:...) in another, the characters
 * under IGNORECASE are written out with their case variants instead (a backreference there stays exact).
 */
export function emitPattern(p: Parsed): { source: string; flags: string } {
  const jsI = (p.flags & FLAG.I) !== 0 && !turnsIOff(p.alts);
  return { source: new Emitter(p, jsI).sub(p.alts, p.flags), flags: jsI ? "dui" : "du" };
}


