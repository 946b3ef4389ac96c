// The SyntaxErrors CPython's compiler raises for a match statement's patterns (compile.c, 3.11):
// unreachable cases, names bound twice, or-patterns binding different names, duplicate mapping keys,
// repeated class-pattern attributes. Each is placed where CPython's compiler stood when it found it:
// the pattern being compiled, or for a name stored after its sub-patterns the last one compiled.
import type * as ast from "./ast.js";
import { errAt } from "./targets.js";

interface Walk {
  /** The pattern the compiler last set its location to. */
  cursor: ast.Loc;
  /** Names the pattern binds so far, in order. */
  stores: string[];
  allowIrrefutable: boolean;
}

/** Checks one case's pattern; `allowIrrefutable` for the last case and for guarded ones. */
export function checkCasePattern(p: ast.Pattern, allowIrrefutable: boolean): void {
  pattern(p, { cursor: p, stores: [], allowIrrefutable });
}

function store(name: string | null, w: Walk): void {
  if (name === null) return;
  if (name === "__debug__") throw errAt("cannot assign to __debug__", w.cursor);
  if (w.stores.includes(name)) throw errAt(`multiple assignments to name '${name}' in pattern`, w.cursor);
  w.stores.push(name);
}

/** A sub-pattern of a sequence, mapping or class pattern may be irrefutable. */
function sub(p: ast.Pattern, w: Walk): void {
  const saved = w.allowIrrefutable;
  w.allowIrrefutable = true;
  pattern(p, w);
  w.allowIrrefutable = saved;
}

function pattern(p: ast.Pattern, w: Walk): void {
  w.cursor = p;
  switch (p.kind) {
    case "MatchValue": case "MatchSingleton": return;
    case "MatchSequence":
      if (p.patterns.filter((q) => q.kind === "MatchStar").length > 1) throw errAt("multiple starred names in sequence pattern", p);
      for (const q of p.patterns) sub(q, w);
      return;
    case "MatchStar": store(p.name, w); return;
    case "MatchMapping": {
      const seen = new Map<string, true>();
      for (const k of p.keys) {
        const key = constKey(k);
        if (key === null) continue;
        if (seen.has(key.id)) throw errAt(`mapping pattern checks duplicate key (${key.repr})`, p);
        seen.set(key.id, true);
      }
      for (const q of p.patterns) sub(q, w);
      store(p.rest, w);
      return;
    }
    case "MatchClass":
      for (let i = 0; i < p.kwdAttrs.length; i++) {
        w.cursor = p.kwdPatterns[i];
        if (p.kwdAttrs[i] === "__debug__") throw errAt("cannot assign to __debug__", w.cursor);
        for (let j = i + 1; j < p.kwdAttrs.length; j++) {
          if (p.kwdAttrs[j] === p.kwdAttrs[i]) throw errAt(`attribute name repeated in class pattern: ${p.kwdAttrs[i]}`, p.kwdPatterns[j]);
        }
      }
      for (const q of p.patterns) sub(q, w);
      for (const q of p.kwdPatterns) sub(q, w);
      return;
    case "MatchAs":
      if (p.pattern === null) {
        if (!w.allowIrrefutable) {
          throw errAt(p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : "wildcard makes remaining patterns unreachable", p);
        }
        store(p.name, w);
        return;
      }
      pattern(p.pattern, w);
      store(p.name, w);
      return;
    case "MatchOr": {
      const outer = w.stores, allow = w.allowIrrefutable;
      let control: string[] | null = null;
      p.patterns.forEach((alt, i) => {
        w.stores = [];
        w.allowIrrefutable = i === p.patterns.length - 1 && allow;
        pattern(alt, w);
        if (control === null) control = w.stores;
        else if (control.length !== w.stores.length || control.some((n) => !w.stores.includes(n))) {
          throw errAt("alternative patterns bind different names", w.cursor);
        }
      });
      w.stores = outer;
      w.allowIrrefutable = allow;
      for (const n of control!) store(n, w);
      return;
    }
  }
}

/** A constant key's identity (1, 1.0 and True are one key, as in a dict) and CPython's repr of it. */
function constKey(e: ast.Expr): { id: string; repr: string } | null {
  if (e.kind === "Constant") {
    const v = e.value;
    switch (v.type) {
      case "None": return { id: "None", repr: "None" };
      case "bool": return { id: `n${v.value ? 1 : 0}`, repr: v.value ? "True" : "False" };
      case "int": return { id: `n${BigInt(v.value)}`, repr: v.value };
      case "float": return floatKey(Number(v.value));
      case "complex": return { id: Number(v.value) === 0 ? "n0" : `c0,${Number(v.value)}`, repr: `${floatRepr(Number(v.value), true)}j` };
      case "str": return { id: `s${v.value}`, repr: strRepr(v.value) };
      case "bytes": return { id: `b${v.value}`, repr: `b${strRepr(v.value)}` };
      default: return null;
    }
  }
  if (e.kind === "UnaryOp" && e.op === "-") {
    const k = constKey(e.operand);
    if (k === null || e.operand.kind !== "Constant") return null;
    const v = e.operand.value;
    if (v.type === "int") return { id: `n${-BigInt(v.value)}`, repr: v.value === "0" ? "0" : `-${v.value}` };
    if (v.type === "float") return floatKey(-Number(v.value));
    return null;
  }
  return null; // complex literals with a real part: not worth folding for this check
}

function floatKey(x: number): { id: string; repr: string } {
  const id = Number.isInteger(x) && Math.abs(x) < 2 ** 53 ? `n${x === 0 ? 0 : x}` : `f${x}`;
  return { id, repr: floatRepr(x, false) };
}

/** repr of a float as CPython writes it, for the common cases (shortest digits, `.0` on integers). */
function floatRepr(x: number, imag: boolean): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return imag ? String(x) : `${Object.is(x, -0) ? "-0" : x}.0`;
  return String(x).replace(/e([+-])(\d)$/, "e$10$2");
}

function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of s) {
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch < " " || ch === "\x7f") out += "\\x" + ch.charCodeAt(0).toString(16).padStart(2, "0");
    else out += ch;
  }
  return q + out + q;
}
