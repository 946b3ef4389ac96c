// The re module's pattern parser: CPython 3.11's re/_parser.py, ported so that a bad pattern gets its
// re.error message and position (both in UTF-16 units, as pyt's str indexes). It builds the tree that
// re-emit.ts turns into a JS RegExp; what sre has and JS lacks is refused here by name.
import { notImplementedError, overflowError, valueError } from "../objects/exceptions.js";

export const FLAG = { T: 1, I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, A: 256 } as const;
const INLINE: Record<string, number> = { i: FLAG.I, L: FLAG.L, m: FLAG.M, s: FLAG.S, x: FLAG.X, a: FLAG.A, t: FLAG.T, u: FLAG.U };
const TYPE_FLAGS = FLAG.A | FLAG.L | FLAG.U;
export const MAXREPEAT = 4294967295;

export type Category = "d" | "D" | "s" | "S" | "w" | "W";
export type ClassItem = { lo: number; hi: number } | { cat: Category };
export type At = "begin" | "end" | "bstr" | "estr" | "b" | "B";
export type Node =
  | { t: "lit"; c: number }
  | { t: "notlit"; c: number }
  | { t: "in"; neg: boolean; items: ClassItem[] }
  | { t: "any" }
  | { t: "at"; at: At }
  | { t: "repeat"; min: number; max: number; lazy: boolean; item: Node[] }
  | { t: "group"; gid: number | null; add: number; del: number; alts: Node[][] }
  | { t: "assert"; behind: boolean; neg: boolean; alts: Node[][] }
  | { t: "ref"; gid: number };

/** A bad pattern: re.py raises re.error(msg, pattern, pos). */
export class ReError {
  constructor(readonly msg: string, readonly pos: number | null) {}
}

export interface Parsed { flags: number; groups: number; names: Map<string, number>; alts: Node[][]; groupAlts: Node[][][] }

const DIGITS = "0123456789", OCT = "01234567", HEX = "0123456789abcdefABCDEF";
const isAsciiLetter = (c: string) => /^[A-Za-z]$/.test(c);
const ESCAPES: Record<string, number> = { "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92 };
const CATS: Record<string, Node> = {
  "\\A": { t: "at", at: "bstr" }, "\\Z": { t: "at", at: "estr" }, "\\b": { t: "at", at: "b" }, "\\B": { t: "at", at: "B" },
};
for (const c of "dDsSwW") CATS["\\" + c] = { t: "in", neg: false, items: [{ cat: c as Category }] };
const unsupported = (what: string) => notImplementedError(`re: ${what} are not supported by pyt`);
// Python's str.isidentifier, for group names
const isIdentifier = (s: string) => /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s);
const repr = (s: string) => (s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`);

class Tokenizer {
  index = 0;
  next: string | null = null;
  constructor(readonly s: string) { this.advance(); }
  private advance(): void {
    const s = this.s;
    if (this.index >= s.length) { this.next = null; return; }
    let ch = String.fromCodePoint(s.codePointAt(this.index)!);
    let i = this.index + ch.length;
    if (ch === "\\") {
      if (i >= s.length) throw new ReError("bad escape (end of pattern)", s.length - 1);
      const c2 = String.fromCodePoint(s.codePointAt(i)!);
      ch += c2;
      i += c2.length;
    }
    this.index = i;
    this.next = ch;
  }
  match(c: string): boolean {
    if (this.next === c) { this.advance(); return true; }
    return false;
  }
  get(): string | null { const t = this.next; this.advance(); return t; }
  getwhile(n: number, set: string): string {
    let r = "";
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !set.includes(c)) break;
      r += c;
      this.advance();
    }
    return r;
  }
  getuntil(term: string, name: string): string {
    let r = "";
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!r) throw this.error("missing " + name);
        throw this.error(`missing ${term}, unterminated name`, r.length);
      }
      if (c === term) {
        if (!r) throw this.error("missing " + name, 1);
        return r;
      }
      r += c;
    }
  }
  tell(): number { return this.index - (this.next?.length ?? 0); }
  seek(i: number): void { this.index = i; this.advance(); }
  error(msg: string, offset = 0): ReError { return new ReError(msg, this.tell() - offset); }
  checkGroupName(name: string, offset: number): void {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${repr(name)}`, name.length + offset);
  }
}

class State {
  flags = 0;
  names = new Map<string, number>();
  widths: (Node[][] | null)[] = [null]; // a group's body once closed (null while open)
  lookbehindGroups: number | null = null;

  get groups(): number { return this.widths.length; }
  openGroup(name: string | null): number {
    const gid = this.groups;
    this.widths.push(null);
    if (name !== null) {
      const was = this.names.get(name);
      if (was !== undefined) throw new ReError(`redefinition of group name ${repr(name)} as group ${gid}; was group ${was}`, null);
      this.names.set(name, gid);
    }
    return gid;
  }
  checkGroup(gid: number): boolean { return gid < this.groups && this.widths[gid] !== null; }
  checkLookbehind(gid: number, src: Tokenizer): void {
    if (this.lookbehindGroups === null) return;
    if (!this.checkGroup(gid)) throw src.error("cannot refer to an open group");
    if (gid >= this.lookbehindGroups) throw src.error("cannot refer to group defined in the same lookbehind subpattern");
  }
}

function classEscape(src: Tokenizer, esc: string): ClassItem {
  if (esc in ESCAPES) return lit(ESCAPES[esc]);
  const cat = CATS[esc];
  if (cat?.t === "in") return cat.items[0];
  const c = esc.slice(1);
  if (c === "x" || c === "u" || c === "U") return lit(hexEscape(src, esc, c));
  if (c === "N") throw unsupported("named character escapes \\N{...}");
  if (OCT.includes(c)) {
    esc += src.getwhile(2, OCT);
    const v = parseInt(esc.slice(1), 8);
    if (v > 0o377) throw src.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
    return lit(v);
  }
  if (DIGITS.includes(c) || isAsciiLetter(c)) throw src.error(`bad escape ${esc}`, esc.length);
  return lit(c.codePointAt(0)!);
}
const lit = (c: number) => ({ lo: c, hi: c });

function hexEscape(src: Tokenizer, esc: string, c: string): number {
  const n = c === "x" ? 2 : c === "u" ? 4 : 8;
  esc += src.getwhile(n, HEX);
  if (esc.length !== n + 2) throw src.error(`incomplete escape ${esc}`, esc.length);
  const v = parseInt(esc.slice(2), 16);
  if (v > 0x10ffff) throw src.error(`bad escape ${esc}`, esc.length);
  return v;
}

function escape(src: Tokenizer, esc: string, state: State): Node {
  if (esc in CATS) return CATS[esc];
  if (esc in ESCAPES) return { t: "lit", c: ESCAPES[esc] };
  const c = esc.slice(1);
  if (c === "x" || c === "u" || c === "U") return { t: "lit", c: hexEscape(src, esc, c) };
  if (c === "N") throw unsupported("named character escapes \\N{...}");
  if (c === "0") return { t: "lit", c: parseInt((esc + src.getwhile(2, OCT)).slice(1), 8) };
  if (DIGITS.includes(c)) {
    if (src.next !== null && DIGITS.includes(src.next) && src.next.length === 1) {
      esc += src.get();
      if (OCT.includes(esc[1]) && OCT.includes(esc[2]) && src.next !== null && src.next.length === 1 && OCT.includes(src.next)) {
        esc += src.get();
        const v = parseInt(esc.slice(1), 8);
        if (v > 0o377) throw src.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
        return { t: "lit", c: v };
      }
    }
    const gid = parseInt(esc.slice(1), 10);
    if (gid < state.groups) {
      if (!state.checkGroup(gid)) throw src.error("cannot refer to an open group", esc.length);
      state.checkLookbehind(gid, src);
      return { t: "ref", gid };
    }
    throw src.error(`invalid group reference ${gid}`, esc.length - 1);
  }
  if (isAsciiLetter(c)) throw src.error(`bad escape ${esc}`, esc.length);
  return { t: "lit", c: c.codePointAt(0)! };
}

function parseSub(src: Tokenizer, state: State, verbose: boolean, nested: number): Node[][] {
  const alts: Node[][] = [];
  for (;;) {
    alts.push(parseSeq(src, state, verbose, nested + 1, nested === 0 && alts.length === 0));
    if (!src.match("|")) break;
    if (nested === 0) verbose = (state.flags & FLAG.X) !== 0;
  }
  return alts;
}

function parseSeq(src: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean): Node[] {
  const seq: Node[] = [];
  for (;;) {
    const self = src.next;
    if (self === null || self === "|" || self === ")") break;
    src.get();
    if (verbose) {
      if (" \t\n\r\v\f".includes(self)) continue;
      if (self === "#") {
        for (;;) { const c = src.get(); if (c === null || c === "\n") break; }
        continue;
      }
    }
    if (self[0] === "\\" && self.length > 1) seq.push(escape(src, self, state));
    else if (!".\\[{()*+?^$|".includes(self)) seq.push({ t: "lit", c: self.codePointAt(0)! });
    else if (self === "[") seq.push(parseClass(src));
    else if ("*+?{".includes(self)) {
      const here = src.tell();
      let min = 0, max = MAXREPEAT;
      if (self === "?") max = 1;
      else if (self === "+") min = 1;
      else if (self === "{") {
        if (src.next === "}") { seq.push({ t: "lit", c: 123 }); continue; }
        let lo = "", hi = "";
        while (src.next !== null && src.next.length === 1 && DIGITS.includes(src.next)) lo += src.get();
        if (src.match(",")) { while (src.next !== null && src.next.length === 1 && DIGITS.includes(src.next)) hi += src.get(); }
        else hi = lo;
        if (!src.match("}")) { seq.push({ t: "lit", c: 123 }); src.seek(here); continue; }
        if (lo) min = Number(lo);
        if (hi) max = Number(hi);
        if (min >= MAXREPEAT || (hi && max >= MAXREPEAT)) throw overflowError("the repetition number is too large");
        if (hi && max < min) throw src.error("min repeat greater than max repeat", src.tell() - here);
      }
      const item = seq[seq.length - 1];
      if (item === undefined || item.t === "at") throw src.error("nothing to repeat", src.tell() - here + self.length);
      if (item.t === "repeat") throw src.error("multiple repeat", src.tell() - here + self.length);
      let lazy = false;
      if (src.match("?")) lazy = true;
      else if (src.next === "+") throw unsupported("possessive quantifiers (*+, ++, ?+, {m,n}+)");
      seq[seq.length - 1] = { t: "repeat", min, max, lazy, item: [item] };
    } else if (self === ".") seq.push({ t: "any" });
    else if (self === "(") {
      const r = parseGroup(src, state, verbose, nested, first && seq.length === 0);
      if (r === "flags") verbose = (state.flags & FLAG.X) !== 0;
      else if (r !== null) seq.push(r);
    } else if (self === "^") seq.push({ t: "at", at: "begin" });
    else seq.push({ t: "at", at: "end" });
  }
  return seq;
}

function parseClass(src: Tokenizer): Node {
  const here = src.tell() - 1;
  const items: ClassItem[] = [];
  const neg = src.match("^");
  for (;;) {
    let self = src.get();
    if (self === null) throw src.error("unterminated character set", src.tell() - here);
    if (self === "]" && items.length) break;
    const code1: ClassItem = self[0] === "\\" && self.length > 1 ? classEscape(src, self) : lit(self.codePointAt(0)!);
    if (src.match("-")) {
      const that = src.get();
      if (that === null) throw src.error("unterminated character set", src.tell() - here);
      if (that === "]") { items.push(code1, lit(45)); break; }
      const code2: ClassItem = that[0] === "\\" && that.length > 1 ? classEscape(src, that) : lit(that.codePointAt(0)!);
      const bad = () => src.error(`bad character range ${self}-${that}`, self!.length + 1 + that.length);
      if ("cat" in code1 || "cat" in code2 || code1.lo !== code1.hi || code2.lo !== code2.hi) throw bad();
      if (code2.lo < code1.lo) throw bad();
      items.push({ lo: code1.lo, hi: code2.lo });
    } else items.push(code1);
    self = null;
  }
  if (items.length === 1 && !("cat" in items[0]) && items[0].lo === items[0].hi) {
    return neg ? { t: "notlit", c: items[0].lo } : { t: "lit", c: items[0].lo };
  }
  return { t: "in", neg, items };
}

/** A group, an assertion, a reference, or "flags" for a global (?flags) (null: a comment). */
function parseGroup(src: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean): Node | "flags" | null {
  const start = src.tell() - 1;
  let capture = true, name: string | null = null, add = 0, del = 0;
  if (src.match("?")) {
    let ch = src.get();
    if (ch === null) throw src.error("unexpected end of pattern");
    if (ch === "P") {
      if (src.match("<")) {
        name = src.getuntil(">", "group name");
        src.checkGroupName(name, 1);
      } else if (src.match("=")) {
        const n = src.getuntil(")", "group name");
        src.checkGroupName(n, 1);
        const gid = state.names.get(n);
        if (gid === undefined) throw src.error(`unknown group name ${repr(n)}`, n.length + 1);
        if (!state.checkGroup(gid)) throw src.error("cannot refer to an open group", n.length + 1);
        state.checkLookbehind(gid, src);
        return { t: "ref", gid };
      } else {
        const c = src.get();
        if (c === null) throw src.error("unexpected end of pattern");
        throw src.error("unknown extension ?P" + c, c.length + 2);
      }
    } else if (ch === ":") capture = false;
    else if (ch === "#") {
      for (;;) {
        if (src.next === null) throw src.error("missing ), unterminated comment", src.tell() - start);
        if (src.get() === ")") return null;
      }
    } else if (ch === "=" || ch === "!" || ch === "<") {
      let behind = false, saved: number | null = null;
      if (ch === "<") {
        ch = src.get();
        if (ch === null) throw src.error("unexpected end of pattern");
        if (ch !== "=" && ch !== "!") throw src.error("unknown extension ?<" + ch, ch.length + 2);
        behind = true;
        saved = state.lookbehindGroups;
        if (saved === null) state.lookbehindGroups = state.groups;
      }
      const alts = parseSub(src, state, verbose, nested + 1);
      if (behind && saved === null) state.lookbehindGroups = null;
      if (!src.match(")")) throw src.error("missing ), unterminated subpattern", src.tell() - start);
      return { t: "assert", behind, neg: ch === "!", alts };
    } else if (ch === "(") throw unsupported("conditional groups (?(...)...)");
    else if (ch === ">") throw unsupported("atomic groups (?>...)");
    else if (ch in INLINE || ch === "-") {
      const f = parseFlags(src, state, ch);
      if (f === null) {
        if (!first) throw src.error("global flags not at the start of the expression", src.tell() - start);
        return "flags";
      }
      [add, del] = f;
      capture = false;
    } else throw src.error("unknown extension ?" + ch, ch.length + 1);
  }
  let gid: number | null = null;
  if (capture) {
    try {
      gid = state.openGroup(name);
    } catch (e) {
      if (e instanceof ReError) throw src.error(e.msg, name!.length + 1);
      throw e;
    }
  }
  const subVerbose = (verbose || (add & FLAG.X) !== 0) && !(del & FLAG.X);
  const alts = parseSub(src, state, subVerbose, nested + 1);
  if (!src.match(")")) throw src.error("missing ), unterminated subpattern", src.tell() - start);
  if (gid !== null) state.widths[gid] = alts;
  return { t: "group", gid, add, del, alts };
}

function parseFlags(src: Tokenizer, state: State, ch: string | null): [number, number] | null {
  let add = 0, del = 0;
  if (ch !== "-") {
    for (;;) {
      const flag = INLINE[ch!];
      if (ch === "L") throw src.error("bad inline flags: cannot use 'L' flag with a str pattern");
      add |= flag;
      if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      ch = src.get();
      if (ch === null) throw src.error("missing -, : or )");
      if (")-:".includes(ch)) break;
      if (!(ch in INLINE)) throw src.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing -, : or )", ch.length);
    }
  }
  if (ch === ")") { state.flags |= add; return null; }
  if (add & FLAG.T) throw src.error("bad inline flags: cannot turn on global flag", 1);
  if (ch === "-") {
    ch = src.get();
    if (ch === null) throw src.error("missing flag");
    if (!(ch in INLINE)) throw src.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing flag", ch.length);
    for (;;) {
      const flag = INLINE[ch];
      if (flag & TYPE_FLAGS) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      ch = src.get();
      if (ch === null) throw src.error("missing :");
      if (ch === ":") break;
      if (!(ch in INLINE)) throw src.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing :", ch.length);
    }
  }
  if (del & FLAG.T) throw src.error("bad inline flags: cannot turn off global flag", 1);
  if (add & del) throw src.error("bad inline flags: flag turned on and off", 1);
  return [add, del];
}

/** Parses a str pattern; throws ReError for re.error, else CPython's ValueError/OverflowError or NotImplementedError. */
export function parsePattern(pattern: string, flags: number): Parsed {
  const src = new Tokenizer(pattern);
  const state = new State();
  state.flags = flags;
  const alts = parseSub(src, state, (flags & FLAG.X) !== 0, 0);
  let f = state.flags;
  if (src.next !== null) throw src.error("unbalanced parenthesis");
  if (f & FLAG.L) throw valueError("cannot use LOCALE flag with a str pattern");
  if (!(f & FLAG.A)) f |= FLAG.U;
  else if (f & FLAG.U) throw valueError("ASCII and UNICODE flags are incompatible");
  return { flags: f, groups: state.groups - 1, names: state.names, alts, groupAlts: state.widths.map((w) => w ?? []) };
}
