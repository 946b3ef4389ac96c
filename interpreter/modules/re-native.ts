// _pyt_re: the native half of the re module (re.py is the rest). A pattern is known here by its text
// and flags only, so Pattern and Match stay plain Python data that threads can share: each worker keeps
// its own cache of compiled RegExps, made again from (pattern, flags) on first use in that worker.
//   compile(pattern, flags)  (flags, groups, groupindex) or [msg, pos] for re.error
//   match(pattern, flags, string, pos, endpos, mode)  the spans (2 ints a group, -1 unmatched) or None;
//                            mode 0 match, 1 search, 2 fullmatch
//   scan(pattern, flags, string, pos, endpos, limit)  the spans of successive matches as sre's
//                            findall/sub/split loop finds them (an empty match must be followed by one
//                            that ends further on), at most limit of them (0: all)
// Indices are UTF-16 units, as pyt's str indexes.
import { PyValue } from "../objects/object.js";
import { registerModule, nativeFunction } from "../registry.js";
import { PyModule } from "../objects/module.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { typeError, notImplementedError } from "../objects/exceptions.js";
import { parsePattern, ReError } from "./re-parse.js";
import { emitPattern } from "./re-emit.js";

interface Compiled {
  flags: number;
  groups: number;
  names: Map<string, number>;
  source: string;
  jsFlags: string;
  sticky?: RegExp;
  global?: RegExp;
  full?: RegExp;
  advance?: RegExp;
}

const cache = new Map<number, Map<string, Compiled>>();

function compiled(pattern: string, flags: number): Compiled {
  let byFlags = cache.get(flags);
  if (byFlags === undefined) cache.set(flags, (byFlags = new Map()));
  let c = byFlags.get(pattern);
  if (c === undefined) {
    const p = parsePattern(pattern, flags);
    const { source, flags: jsFlags } = emitPattern(p);
    c = { flags: p.flags, groups: p.groups, names: p.names, source, jsFlags };
    try {
      global(c);
    } catch (e) {
      // a translation JS refuses: said plainly rather than as an internal error
      throw notImplementedError(`re: pyt cannot run this pattern as a JS RegExp (${(e as Error).message})`);
    }
    if (byFlags.size > 512) byFlags.clear();
    byFlags.set(pattern, c);
  }
  return c;
}

const sticky = (c: Compiled) => (c.sticky ??= new RegExp(c.source, c.jsFlags + "y"));
const global = (c: Compiled) => (c.global ??= new RegExp(c.source, c.jsFlags + "g"));
const full = (c: Compiled) => (c.full ??= new RegExp(`(?:${c.source})$`, c.jsFlags + "y"));
// A match that must end past where it starts: group 1 takes the rest of the string there, and the end
// may not leave exactly that rest (the pattern's own groups move up by one).
const advance = (c: Compiled) =>
  (c.advance ??= new RegExp(`(?=([\\s\\S]*))(?:${c.source.replace(/\\(\d+)\(\?:\)/g, (_, d) => `\\${+d + 1}(?:)`)})(?!\\1$)`, c.jsFlags + "y"));

type Spans = number[];

function spansOf(m: RegExpExecArray, groups: number, shift: number): Spans {
  const ind = m.indices!;
  const out: number[] = [];
  for (let g = 0; g <= groups; g++) {
    const span = ind[g === 0 ? 0 : g + shift];
    if (span === undefined) out.push(-1, -1);
    else out.push(span[0], span[1]);
  }
  return out;
}

function exec(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** One search from pos in s (already cut at endpos); mustAdvance: not an empty match at pos. */
function search(c: Compiled, s: string, pos: number, mustAdvance: boolean): Spans | null {
  if (mustAdvance) {
    const m = exec(advance(c), s, pos);
    if (m !== null) return spansOf(m, c.groups, 1);
    if (pos >= s.length) return null;
    pos += s.codePointAt(pos)! > 0xffff ? 2 : 1;
  }
  const m = exec(global(c), s, pos);
  return m === null ? null : spansOf(m, c.groups, 0);
}

function bounds(s: string, pos: PyValue, endpos: PyValue): [string, number, number] {
  const n = s.length;
  let p = typeof pos === "number" ? pos : 0, e = typeof endpos === "number" ? endpos : n;
  p = Math.max(0, Math.min(p, n));
  e = Math.max(0, Math.min(e, n));
  return [e < n ? s.slice(0, e) : s, p, e];
}

function str(v: PyValue, what: string): string {
  if (typeof v !== "string") throw typeError(`${what} must be str`);
  return v;
}

const tuple = (spans: Spans) => new PyTuple(spans);

registerModule("_pyt_re", () => {
  const m = new PyModule("_pyt_re");
  const d = m.globals;
  const def = (name: string, fn: (args: PyValue[]) => PyValue) => d.setStr(name, nativeFunction(name, (args) => fn(args)));
  def("compile", ([pattern, flags]) => {
    try {
      const c = compiled(str(pattern, "pattern"), flags as number);
      const names = new PyDict();
      for (const [k, v] of c.names) names.setStr(k, v);
      return new PyTuple([c.flags, c.groups, names]);
    } catch (e) {
      if (e instanceof ReError) return new PyList([e.msg, e.pos]);
      throw e;
    }
  });
  def("match", ([pattern, flags, string, pos, endpos, mode]) => {
    const c = compiled(pattern as string, flags as number);
    const [s, p, e] = bounds(str(string, "string"), pos, endpos);
    if (e < p) return null;
    if (mode === 1) {
      const r = search(c, s, p, false);
      return r === null ? null : tuple(r);
    }
    const r = exec(mode === 2 ? full(c) : sticky(c), s, p);
    return r === null ? null : tuple(spansOf(r, c.groups, 0));
  });
  def("scan", ([pattern, flags, string, pos, endpos, limit]) => {
    const c = compiled(pattern as string, flags as number);
    const [s, p0, e] = bounds(str(string, "string"), pos, endpos);
    const out: PyValue[] = [];
    if (e < p0) return new PyList(out);
    const max = typeof limit === "number" && limit > 0 ? limit : Infinity;
    let p = p0, mustAdvance = false;
    while (out.length < max && p <= s.length) {
      const r = search(c, s, p, mustAdvance);
      if (r === null) break;
      out.push(tuple(r));
      mustAdvance = r[1] === r[0];
      p = r[1];
    }
    return new PyList(out);
  });
  return m;
});
