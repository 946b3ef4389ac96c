// Python str methods over JS strings (CPython 3.11 semantics), and repr()/ascii() of a str.
// Indices (find, index, count, start/end arguments) are UTF-16 units, like the interpreter's
// str indexing; widths for padding (center, ljust, rjust, zfill) count code points, like CPython.
import { LibError } from "./lib-error.js";

type Idx = number | bigint | null | undefined;

/** Python's whitespace (str.isspace / split() / strip()): Zs plus bidi WS/B/S control chars. */
export const PY_WHITESPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
const WS_SET = new Set(PY_WHITESPACE);
export function isSpaceChar(c: string): boolean {
  return WS_SET.has(c);
}

function clampIdx(v: number | bigint): number {
  if (typeof v === "bigint") return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return v;
}
/** CPython's ADJUST_INDICES: None -> bounds, negatives count from the end, clamp. */
export function adjustIndices(len: number, start: Idx, end: Idx): [number, number] {
  let s = start == null ? 0 : clampIdx(start);
  let e = end == null ? len : clampIdx(end);
  if (e > len) e = len;
  else if (e < 0) { e += len; if (e < 0) e = 0; }
  if (s < 0) { s += len; if (s < 0) s = 0; }
  return [s, e];
}

function cpLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// ---- split family -------------------------------------------------------------------------

function maxsplitOf(m: Idx): number {
  if (m == null) return -1;
  const v = clampIdx(m);
  return v < 0 ? Number.MAX_SAFE_INTEGER : v;
}

export function split(s: string, sep: string | null = null, maxsplit: Idx = -1): string[] {
  let max = maxsplitOf(maxsplit);
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  if (sep === null) {
    let i = 0;
    const n = s.length;
    while (true) {
      while (i < n && WS_SET.has(s[i])) i++;
      if (i >= n) break;
      if (out.length >= max) { out.push(s.slice(i)); break; }
      let j = i;
      while (j < n && !WS_SET.has(s[j])) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  if (sep === "") throw new LibError("ValueError", "empty separator");
  let i = 0;
  while (out.length < max) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

export function rsplit(s: string, sep: string | null = null, maxsplit: Idx = -1): string[] {
  let max = maxsplitOf(maxsplit);
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  if (sep === null) {
    let i = s.length - 1;
    while (true) {
      while (i >= 0 && WS_SET.has(s[i])) i--;
      if (i < 0) break;
      if (out.length >= max) { out.push(s.slice(0, i + 1)); break; }
      let j = i;
      while (j >= 0 && !WS_SET.has(s[j])) j--;
      out.push(s.slice(j + 1, i + 1));
      i = j;
    }
    return out.reverse();
  }
  if (sep === "") throw new LibError("ValueError", "empty separator");
  let end = s.length;
  while (out.length < max) {
    if (end - sep.length < 0) break;
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const LINE_BREAKS = new Set("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029");
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  let i = 0, start = 0;
  const n = s.length;
  while (i < n) {
    if (LINE_BREAKS.has(s[i])) {
      let eol = i + 1;
      if (s[i] === "\r" && s[i + 1] === "\n") eol++;
      out.push(s.slice(start, keepends ? eol : i));
      start = i = eol;
    } else i++;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

export function partition(s: string, sep: string): [string, string, string] {
  if (sep === "") throw new LibError("ValueError", "empty separator");
  const i = s.indexOf(sep);
  return i < 0 ? [s, "", ""] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}
export function rpartition(s: string, sep: string): [string, string, string] {
  if (sep === "") throw new LibError("ValueError", "empty separator");
  const i = s.lastIndexOf(sep);
  return i < 0 ? ["", "", s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// ---- strip --------------------------------------------------------------------------------

function stripSet(chars: string | null): (c: string) => boolean {
  if (chars === null) return (c) => WS_SET.has(c);
  const set = new Set(chars);
  return (c) => set.has(c);
}
export function lstrip(s: string, chars: string | null = null): string {
  const has = stripSet(chars);
  let i = 0;
  while (i < s.length && has(s[i])) i++;
  return s.slice(i);
}
export function rstrip(s: string, chars: string | null = null): string {
  const has = stripSet(chars);
  let j = s.length;
  while (j > 0 && has(s[j - 1])) j--;
  return s.slice(0, j);
}
export function strip(s: string, chars: string | null = null): string {
  return lstrip(rstrip(s, chars), chars);
}
export function removeprefix(s: string, p: string): string {
  return p && s.startsWith(p) ? s.slice(p.length) : s;
}
export function removesuffix(s: string, p: string): string {
  return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
}

// ---- searching ----------------------------------------------------------------------------

export function find(s: string, sub: string, start?: Idx, end?: Idx): number {
  const [a, b] = adjustIndices(s.length, start, end);
  if (b - a < sub.length) return -1;
  const i = s.indexOf(sub, a);
  return i >= 0 && i + sub.length <= b ? i : -1;
}
export function rfind(s: string, sub: string, start?: Idx, end?: Idx): number {
  const [a, b] = adjustIndices(s.length, start, end);
  if (b - a < sub.length) return -1;
  const i = s.lastIndexOf(sub, b - sub.length);
  return i >= a ? i : -1;
}
export function index(s: string, sub: string, start?: Idx, end?: Idx): number {
  const i = find(s, sub, start, end);
  if (i < 0) throw new LibError("ValueError", "substring not found");
  return i;
}
export function rindex(s: string, sub: string, start?: Idx, end?: Idx): number {
  const i = rfind(s, sub, start, end);
  if (i < 0) throw new LibError("ValueError", "substring not found");
  return i;
}
export function count(s: string, sub: string, start?: Idx, end?: Idx): number {
  const [a, b] = adjustIndices(s.length, start, end);
  if (b - a < sub.length) return 0;
  if (sub === "") return b - a + 1;
  let n = 0, i = a;
  while (true) {
    const j = s.indexOf(sub, i);
    if (j < 0 || j + sub.length > b) return n;
    n++;
    i = j + sub.length;
  }
}
/** startswith; `prefix` may be a tuple (array) of strings. */
export function startswith(s: string, prefix: string | readonly string[], start?: Idx, end?: Idx): boolean {
  if (typeof prefix !== "string") return prefix.some((p) => startswith(s, p, start, end));
  const [a, b] = adjustIndices(s.length, start, end);
  if (a > s.length || b - a < prefix.length) return false;
  return s.startsWith(prefix, a);
}
export function endswith(s: string, suffix: string | readonly string[], start?: Idx, end?: Idx): boolean {
  if (typeof suffix !== "string") return suffix.some((p) => endswith(s, p, start, end));
  const [a, b] = adjustIndices(s.length, start, end);
  if (a > s.length || b - a < suffix.length) return false;
  return s.slice(0, b).endsWith(suffix);
}

export function replace(s: string, old: string, rep: string, cnt: Idx = -1): string {
  let max = maxsplitOf(cnt);
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  if (max === 0) return s;
  if (old === "") {
    // Insert `rep` before every character and at the end, at most `max` times.
    const chars = [...s];
    let out = "", n = 0;
    for (const c of chars) {
      if (n < max) { out += rep; n++; }
      out += c;
    }
    if (n < max) out += rep;
    return out;
  }
  let out = "", i = 0, n = 0;
  while (n < max) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
    n++;
  }
  return out + s.slice(i);
}

// ---- case ---------------------------------------------------------------------------------

const RE_UPPER = /\p{Uppercase}/u, RE_LOWER = /\p{Lowercase}/u, RE_TITLE = /\p{Lt}/u;
function isCased(c: string): boolean {
  return RE_UPPER.test(c) || RE_LOWER.test(c) || RE_TITLE.test(c);
}
// Title-case mappings (Unicode 14, CPython 3.11's) that are not the upper case's first character followed by
// the lower case of the rest: digraphs, Georgian (title-cased to itself), Greek with ypogegrammeni, 'ŉ'.
const TITLE_SPECIAL: Record<string, string> = {
  "\u01c4": "\u01c5", "\u01c5": "\u01c5", "\u01c6": "\u01c5", "\u01c7": "\u01c8", "\u01c8": "\u01c8",
  "\u01c9": "\u01c8", "\u01ca": "\u01cb", "\u01cb": "\u01cb", "\u01cc": "\u01cb", "\u01f1": "\u01f2",
  "\u01f2": "\u01f2", "\u01f3": "\u01f2", "\u0149": "\u02bcN",
  "\u1fb2": "\u1fba\u0345", "\u1fb3": "\u1fbc", "\u1fb4": "\u0386\u0345", "\u1fb7": "\u0391\u0342\u0345", "\u1fbc": "\u1fbc",
  "\u1fc2": "\u1fca\u0345", "\u1fc3": "\u1fcc", "\u1fc4": "\u0389\u0345", "\u1fc7": "\u0397\u0342\u0345", "\u1fcc": "\u1fcc",
  "\u1ff2": "\u1ffa\u0345", "\u1ff3": "\u1ffc", "\u1ff4": "\u038f\u0345", "\u1ff7": "\u03a9\u0342\u0345", "\u1ffc": "\u1ffc",
};
for (let cp = 0x10d0; cp <= 0x10ff; cp++) if (cp !== 0x10fb && cp !== 0x10fc) TITLE_SPECIAL[String.fromCharCode(cp)] = String.fromCharCode(cp);
for (const base of [0x1f80, 0x1f90, 0x1fa0]) {
  for (let i = 0; i < 8; i++) {
    TITLE_SPECIAL[String.fromCharCode(base + i)] = String.fromCharCode(base + 8 + i);
    TITLE_SPECIAL[String.fromCharCode(base + 8 + i)] = String.fromCharCode(base + 8 + i);
  }
}
function titleChar(c: string): string {
  const t = TITLE_SPECIAL[c];
  if (t) return t;
  const u = c.toUpperCase();
  if (u.length > 1 && [...u].length > 1) {
    const [first, ...rest] = [...u];
    return first + rest.join("").toLowerCase();
  }
  return u;
}
const RE_CASE_IGNORABLE = /[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}'.:\u00ad\u2019]/u;
/** Lower-case chars[i]; capital sigma becomes final sigma when it ends a word (CPython's
 *  handle_capital_sigma: a cased letter before, none after, skipping case-ignorables). */
function lowerAt(chars: readonly string[], i: number): string {
  const c = chars[i];
  if (c !== "\u03a3") return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && RE_CASE_IGNORABLE.test(chars[j])) j--;
  const before = j >= 0 && isCased(chars[j]);
  j = i + 1;
  while (j < chars.length && RE_CASE_IGNORABLE.test(chars[j])) j++;
  const after = j < chars.length && isCased(chars[j]);
  return before && !after ? "\u03c2" : "\u03c3";
}

export function upper(s: string): string { return s.toUpperCase(); }
export function lower(s: string): string { return s.toLowerCase(); }
/** Cherokee letters fold to their upper case (its lower case came later, in Unicode 8). */
function isCherokee(c: string): boolean {
  const cp = c.charCodeAt(0);
  return (cp >= 0x13a0 && cp <= 0x13fd) || (cp >= 0xab70 && cp <= 0xabbf);
}
export function casefold(s: string): string {
  let out = "";
  for (const c of s) {
    // Full case folding is, for nearly every character, lower(upper(c)); the exceptions that
    // matter (final sigma, dotless i) are spelled out.
    out += c === "\u03c2" ? "\u03c3" : c === "\u0131" ? c : c === "\u1e9e" ? "ss" : isCherokee(c) ? c.toUpperCase() : c.toUpperCase().toLowerCase();
  }
  return out;
}
export function swapcase(s: string): string {
  let out = "";
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (RE_UPPER.test(c)) out += lowerAt(chars, i);
    else if (RE_LOWER.test(c)) out += c.toUpperCase();
    else out += c;
  }
  return out;
}
export function capitalize(s: string): string {
  const chars = [...s];
  if (chars.length === 0) return s;
  return titleChar(chars[0]) + chars.slice(1).join("").toLowerCase();
}
export function title(s: string): string {
  let out = "", prevCased = false;
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const r = prevCased ? lowerAt(chars, i) : titleChar(c);
    out += r;
    prevCased = isCased(c);
  }
  return out;
}

// ---- padding ------------------------------------------------------------------------------

function fillChar(f: string): string {
  if (cpLen(f) !== 1) throw new LibError("TypeError", "The fill character must be exactly one character long");
  return f;
}
export function ljust(s: string, width: number, fill = " "): string {
  const f = fillChar(fill), n = width - cpLen(s);
  return n > 0 ? s + f.repeat(n) : s;
}
export function rjust(s: string, width: number, fill = " "): string {
  const f = fillChar(fill), n = width - cpLen(s);
  return n > 0 ? f.repeat(n) + s : s;
}
export function center(s: string, width: number, fill = " "): string {
  const f = fillChar(fill), marg = width - cpLen(s);
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}
export function zfill(s: string, width: number): string {
  const n = width - cpLen(s);
  if (n <= 0) return s;
  if (s[0] === "+" || s[0] === "-") return s[0] + "0".repeat(n) + s.slice(1);
  return "0".repeat(n) + s;
}
export function expandtabs(s: string, tabsize: number = 8): string {
  let out = "", col = 0;
  for (const c of s) {
    if (c === "\t") {
      if (tabsize > 0) {
        const k = tabsize - (col % tabsize);
        out += " ".repeat(k);
        col += k;
      }
    } else {
      out += c;
      col = c === "\n" || c === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

// ---- predicates ---------------------------------------------------------------------------

// Numeric_Type=Digit characters that are not decimal (\p{Nd}); covers the common ones.
const RE_DIGIT_EXTRA = /[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{1f100}-\u{1f10a}]/u;
const RE_NUMERIC_EXTRA = /[\u3007\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343-\u5345\u534c\u53c1-\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c-\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd]/u;
function every(s: string, pred: (c: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!pred(c)) return false;
  return true;
}
const RE_ND = /\p{Nd}/u, RE_N = /\p{N}/u, RE_L = /\p{L}/u;
export function isdecimal(s: string): boolean { return every(s, (c) => RE_ND.test(c)); }
export function isdigit(s: string): boolean { return every(s, (c) => RE_ND.test(c) || RE_DIGIT_EXTRA.test(c)); }
export function isnumeric(s: string): boolean { return every(s, (c) => RE_N.test(c) || RE_NUMERIC_EXTRA.test(c)); }
export function isalpha(s: string): boolean { return every(s, (c) => RE_L.test(c)); }
export function isalnum(s: string): boolean {
  return every(s, (c) => RE_L.test(c) || RE_N.test(c) || RE_NUMERIC_EXTRA.test(c));
}
export function isspace(s: string): boolean { return every(s, (c) => WS_SET.has(c)); }
export function isascii(s: string): boolean { return /^[\x00-\x7f]*$/.test(s); }
export function isupper(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (RE_LOWER.test(c) || RE_TITLE.test(c)) return false;
    if (RE_UPPER.test(c)) cased = true;
  }
  return cased;
}
export function islower(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (RE_UPPER.test(c) || RE_TITLE.test(c)) return false;
    if (RE_LOWER.test(c)) cased = true;
  }
  return cased;
}
export function istitle(s: string): boolean {
  let cased = false, prevCased = false;
  for (const c of s) {
    if (RE_UPPER.test(c) || RE_TITLE.test(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (RE_LOWER.test(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}
const RE_IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
export function isidentifier(s: string): boolean { return RE_IDENT.test(s); }

const RE_NONPRINT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
/** Code points JavaScript's newer Unicode assigns that CPython 3.11's (14.0) does not: for it they
 *  are unassigned, so not printable (repr('\U0001fae8'), an emoji of Unicode 15, stays escaped).
 *  Generated from unicodedata's Cn code points that V8's \p{Cn} no longer matches. */
const UNASSIGNED_IN_14 = new RegExp("[" +
  "\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1b4e}-\\u{1b4f}" +
  "\\u{1b7f}\\u{1c89}-\\u{1c8a}\\u{20c1}\\u{2427}-\\u{2429}\\u{2b96}\\u{2ffc}-\\u{2fff}\\u{31e4}-\\u{31e5}\\u{31ef}" +
  "\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{fbc3}-\\u{fbd2}\\u{fd90}-\\u{fd91}" +
  "\\u{fdc8}-\\u{fdce}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d85}" +
  "\\u{10d8e}-\\u{10d8f}\\u{10ec2}-\\u{10ec7}\\u{10ed0}-\\u{10ed8}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}" +
  "\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}" +
  "\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d5}\\u{113d7}-\\u{113d8}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}" +
  "\\u{11b00}-\\u{11b09}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be1}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}" +
  "\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f5a}\\u{1342f}" +
  "\\u{13439}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d79}\\u{16ea0}-\\u{16eb8}" +
  "\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}" +
  "\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1cc00}-\\u{1ccfc}\\u{1cd00}-\\u{1ceb3}\\u{1ceba}-\\u{1ced0}" +
  "\\u{1cee0}-\\u{1cef0}\\u{1d2c0}-\\u{1d2d3}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}" +
  "\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e5ff}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}" +
  "\\u{1e6fe}-\\u{1e6ff}\\u{1f6d8}\\u{1f6dc}\\u{1f774}-\\u{1f77f}\\u{1f7d9}\\u{1f8b2}-\\u{1f8bb}" +
  "\\u{1f8c0}-\\u{1f8c1}\\u{1f8d0}-\\u{1f8d8}\\u{1fa54}-\\u{1fa57}\\u{1fa75}-\\u{1fa77}\\u{1fa87}-\\u{1fa8a}" +
  "\\u{1fa8e}-\\u{1fa8f}\\u{1faad}-\\u{1faaf}\\u{1fabb}-\\u{1fabf}\\u{1fac6}\\u{1fac8}\\u{1facd}-\\u{1facf}" +
  "\\u{1fada}-\\u{1fadc}\\u{1fadf}\\u{1fae8}-\\u{1faea}\\u{1faef}\\u{1faf7}-\\u{1faf8}\\u{1fbcb}-\\u{1fbef}" +
  "\\u{1fbfa}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}" + "]", "u");
export function isPrintableChar(c: string): boolean {
  return c === " " || (!RE_NONPRINT.test(c) && (c.charCodeAt(0) < 0x88f || !UNASSIGNED_IN_14.test(c)));
}
export function isprintable(s: string): boolean {
  for (const c of s) if (!isPrintableChar(c)) return false;
  return true;
}

// ---- repr ---------------------------------------------------------------------------------

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}
function escapeChar(c: string, cp: number, quote: string, asciiOnly: boolean): string {
  if (c === quote || c === "\\") return "\\" + c;
  if (c === "\t") return "\\t";
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  if (cp < 0x20 || cp === 0x7f) return "\\x" + hex(cp, 2);
  if (cp < 0x7f) return c;
  if (asciiOnly || !isPrintableChar(c)) {
    return cp < 0x100 ? "\\x" + hex(cp, 2) : cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
  }
  return c;
}
/** repr(str): single quotes unless the text has ' and no ", escapes as CPython. */
export function strRepr(s: string, asciiOnly = false): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const c of s) out += escapeChar(c, c.codePointAt(0)!, quote, asciiOnly);
  return out + quote;
}
/** ascii(str): repr with every non-ASCII character escaped. */
export function strAscii(s: string): string {
  return strRepr(s, true);
}

/**
 * Python's string order, by code point: <0, 0 or >0. JavaScript's `<` compares UTF-16 units, which puts
 * an astral character (a surrogate pair: an emoji) below U+E000–U+FFFF (fullwidth forms, private use);
 * only that case differs, at the first unit where the strings differ.
 */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i), y = b.charCodeAt(i);
  if (x >= 0xd800 && x <= 0xdfff && y >= 0xe000) return 1;
  if (y >= 0xd800 && y <= 0xdfff && x >= 0xe000) return -1;
  return x - y;
}
