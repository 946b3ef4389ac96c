// The match statement (PEP 634, CPython 3.11's semantics). Each pattern compiles to a closure that tests
// a value and writes what it captures into a per-case array; the names are stored only once the whole
// pattern has matched (before the guard), as CPython does, so a failed match binds nothing. The array is
// the case's own and reused, unless a match re-enters the same case (a user __eq__ or property matching
// again), which then gets a fresh one.
import type * as ast from "../../grammar/ast.js";
import type { Compiler } from "./compiler.js";
import { Frame, Exec, NORMAL } from "../frame.js";
import { PyValue, PyType, PyObject, typeOf, objectType, intType, boolType, floatType, strType } from "../objects/object.js";
import { PyList, listType } from "../objects/list.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { PyDict, dictType, dictMerge } from "../objects/dict.js";
import { PyRange } from "../objects/range.js";
import { setType, frozensetType } from "../objects/set.js";
import { typeError, valueError, isExc, AttributeError, tn } from "../objects/exceptions.js";
import { getattrOpt } from "../protocol/attr.js";
import { compare, truthy, lenOf } from "../protocol/ops.js";
import { call, callBound } from "../protocol/call.js";
import { getitem, delitem } from "../protocol/items.js";
import { iterate } from "../protocol/iter.js";
import { repr } from "../protocol/repr.js";
import { rt } from "../state.js";
import { at } from "./errors.js";
import { importModule } from "./imports.js";
import { patternNames } from "../../grammar/pattern-names.js";

/** Tests `v`; captures go to `caps` at the slot of their name. */
type Matcher = (v: PyValue, caps: PyValue[], f: Frame) => boolean;
/** A case: the body's completion code, or NO_MATCH. */
type Case = (f: Frame, v: PyValue) => number;
const NO_MATCH = -1;
const NO_CAPTURES: PyValue[] = [];

export function compileMatch(c: Compiler, s: ast.Match): Exec {
  const subject = c.expr(s.subject);
  const cases = s.cases.map((k) => compileCase(c, k, s));
  const n = cases.length;
  return (f) => {
    const v = subject(f);
    for (let i = 0; i < n; i++) {
      const r = cases[i](f, v);
      if (r !== NO_MATCH) return r;
    }
    return NORMAL;
  };
}

function compileCase(c: Compiler, k: ast.MatchCase, s: ast.Match): Case {
  const m = compileCasePattern(c, k, s);
  const guard = k.guard ? c.expr(k.guard) : null;
  const body = c.block(k.body);
  return (f, v) => {
    if (!m(f, v)) return NO_MATCH;
    if (guard !== null) { const g = guard(f); if (!(g === true || (g !== false && truthy(g)))) return NO_MATCH; }
    return body(f);
  };
}

/**
 * A case's pattern: tests `v` and, once the whole pattern matched, stores the names it captures. The
 * guard and the body are the caller's (a generator's match runs them as generators: generator-body.ts).
 */
export function compileCasePattern(c: Compiler, k: ast.MatchCase, s: ast.Match): (f: Frame, v: PyValue) => boolean {
  const names = [...new Set(patternNames(k.pattern))];
  const slots = new Map(names.map((n, i) => [n, i]));
  const m = compilePattern(c, k.pattern, slots);
  const n = names.length;
  if (n === 0) return (f, v) => m(v, NO_CAPTURES, f);
  const stores = names.map((id) => c.store({ kind: "Name", id, ctx: "Store", line: s.line, col: s.col, endLine: s.endLine, endCol: s.endCol }));
  let spare: PyValue[] | null = new Array<PyValue>(n);
  return (f, v) => {
    const caps = spare ?? new Array<PyValue>(n);
    spare = null; // (left null if the match raises: the next one allocates)
    const ok = m(v, caps, f);
    if (ok) for (let i = 0; i < n; i++) stores[i](f, caps[i]);
    for (let i = 0; i < n; i++) caps[i] = undefined as unknown as PyValue;
    spare = caps;
    return ok;
  };
}

const always: Matcher = () => true;

function compilePattern(c: Compiler, p: ast.Pattern, slots: Map<string, number>): Matcher {
  switch (p.kind) {
    case "MatchAs": {
      const sub = p.pattern === null ? null : compilePattern(c, p.pattern, slots);
      if (p.name === null) return sub ?? always;
      const k = slots.get(p.name)!;
      if (sub === null) return (v, caps) => { caps[k] = v; return true; };
      return (v, caps, f) => { if (!sub(v, caps, f)) return false; caps[k] = v; return true; };
    }
    case "MatchOr": {
      const alts = p.patterns.map((q) => compilePattern(c, q, slots));
      return (v, caps, f) => {
        for (let i = 0; i < alts.length; i++) if (alts[i](v, caps, f)) return true;
        return false;
      };
    }
    case "MatchSingleton": {
      const x = p.value.type === "None" ? null : p.value.type === "bool" ? p.value.value : undefined;
      return (v) => v === x;
    }
    case "MatchValue": return valuePattern(c, p);
    case "MatchSequence": return sequencePattern(c, p, slots);
    case "MatchMapping": return mappingPattern(c, p, slots);
    case "MatchClass": return classPattern(c, p, slots);
    case "MatchStar": throw new Error("internal: a star pattern outside a sequence pattern");
  }
}

/** `v == value`; a literal's value is computed once, a dotted name's at every match (it may be rebound). */
function valuePattern(c: Compiler, p: ast.MatchValue): Matcher {
  const ev = c.expr(p.value);
  const literal = isLiteral(p.value);
  let cached: PyValue | undefined;
  return (v, caps, f) => {
    let x: PyValue;
    if (literal) x = cached === undefined ? (cached = ev(f)) : cached;
    else x = ev(f);
    if (typeof x === "string" || typeof x === "number") {
      if (typeof v === typeof x) return v === x;
      // what never equals a str or an int literal: no compare() call for the usual mismatches
      if (typeof x === "string" ? v === null || typeof v === "number" || typeof v === "boolean" || isPlainContainer(v)
        : typeof v === "string" || v === null || isPlainContainer(v)) return false;
    }
    try {
      const r = compare("==", v, x);
      return r === true || (r !== false && truthy(r));
    } catch (err) { throw at(err, p); }
  };
}

/** An exact tuple, list or dict: its __eq__ is False for anything but its own type. */
function isPlainContainer(v: PyValue): boolean {
  if (!(v instanceof PyObject)) return false;
  const t = v.cls;
  return t === tupleType || t === listType || t === dictType;
}

function isLiteral(e: ast.Expr): boolean {
  if (e.kind === "Constant") return true;
  if (e.kind === "UnaryOp") return isLiteral(e.operand);
  if (e.kind === "BinOp") return isLiteral(e.left) && isLiteral(e.right);
  return false;
}

// ---- sequences ----

/** collections.abc.Sequence as CPython's Py_TPFLAGS_SEQUENCE has it: never str, bytes or a mapping. */
function isSequence(v: PyValue): boolean {
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true;
  if (!(v instanceof PyObject) || v instanceof PyDict) return false;
  const t = typeOf(v);
  if (t.isSubtype(strType)) return false;
  return abcInstance(v, "Sequence");
}

function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  if (!(v instanceof PyObject) || v instanceof PyList || v instanceof PyTuple) return false;
  return abcInstance(v, "Mapping");
}

/**
 * isinstance(v, collections.abc.<name>), as a flag of v's type (CPython's Py_TPFLAGS_SEQUENCE/MAPPING,
 * which a class gets by deriving from the ABC or by being registered with it). Only collections' deque
 * and ChainMap, and classes made after collections.abc was imported, can be one: with neither module
 * imported yet, no object is (CPython imports collections.abc at start-up; pyt on demand). The answer is
 * kept per type until abc's invalidation counter moves (a register() call).
 */
function abcInstance(v: PyValue, name: "Sequence" | "Mapping"): boolean {
  let abc = rt.modules.get("collections.abc");
  if (abc === undefined) {
    if (rt.modules.get("collections") === undefined) return false;
    abc = importModule("collections.abc");
  }
  const counter = rt.modules.get("abc")?.globals.getStr("_abc_invalidation_counter");
  if (counter !== abcCounter) { abcCounter = counter; flags = new WeakMap(); }
  const t = typeOf(v);
  let f = flags.get(t);
  if (f === undefined) flags.set(t, f = {});
  const known = f[name];
  if (known !== undefined) return known;
  const cls = abc.globals.getStr(name);
  return (f[name] = cls instanceof PyType && isInstance(v, cls));
}
let abcCounter: PyValue | undefined;
let flags = new WeakMap<PyType, { Sequence?: boolean; Mapping?: boolean }>();

/** CPython's PyObject_IsInstance: the exact type, a metaclass's __instancecheck__, or a subtype. */
function isInstance(v: PyValue, cls: PyType): boolean {
  const t = typeOf(v);
  if (t === cls) return true;
  const meta = typeOf(cls);
  if (meta !== typeOf(objectType)) {
    const check = meta.lookup("__instancecheck__");
    if (check != null) return truthy(callBound(check, cls, [v]));
  }
  return t.isSubtype(cls);
}

function sequencePattern(c: Compiler, p: ast.MatchSequence, slots: Map<string, number>): Matcher {
  const pats = p.patterns, n = pats.length;
  const star = pats.findIndex((q) => q.kind === "MatchStar");
  const isWild = (q: ast.Pattern) => q.kind === "MatchAs" && q.pattern === null && q.name === null;
  const starWild = star >= 0 && (pats[star] as ast.MatchStar).name === null;
  const subs: (Matcher | null)[] = pats.map((q) => (q.kind === "MatchStar" || isWild(q) ? null : compilePattern(c, q, slots)));
  const starSlot = star >= 0 && !starWild ? slots.get((pats[star] as ast.MatchStar).name!)! : -1;
  const after = star >= 0 ? n - star - 1 : 0;
  const minLen = star >= 0 ? n - 1 : n;
  const onlyWild = subs.every((s) => s === null) && starSlot < 0;

  /** The items of v (length len) matched: at i (before the star), or counted from the end (after it). */
  const matchItems = (get: (i: number) => PyValue, len: number, caps: PyValue[], f: Frame): boolean => {
    for (let i = 0; i < n; i++) {
      const s = subs[i];
      if (s === null) continue;
      const x = get(i < star || star < 0 ? i : len - (n - i));
      if (x === undefined || !s(x, caps, f)) return false; // (undefined: a list an __eq__ shortened)
    }
    return true;
  };
  const restOf = (get: (i: number) => PyValue, len: number): PyList => {
    const rest: PyValue[] = [];
    for (let i = star; i < len - after; i++) rest.push(get(i));
    return new PyList(rest);
  };

  return (v, caps, f) => {
    // exact lists and tuples: their items, read in place (no closure, no copy)
    if (v instanceof PyTuple && v.cls === tupleType) {
      const items = v.items, len = items.length;
      if (star < 0 ? len !== n : len < minLen) return false;
      for (let i = 0; i < n; i++) {
        const s = subs[i];
        if (s !== null && !s(items[star < 0 || i < star ? i : len - (n - i)], caps, f)) return false;
      }
      if (starSlot >= 0) caps[starSlot] = new PyList(items.slice(star, len - after));
      return true;
    }
    if (v instanceof PyList && v.cls === listType) {
      const len = v.length;
      if (star < 0 ? len !== n : len < minLen) return false;
      for (let i = 0; i < n; i++) {
        const s = subs[i];
        if (s === null) continue;
        const x = v.getItem(star < 0 || i < star ? i : len - (n - i));
        if (x === undefined || !s(x, caps, f)) return false; // (undefined: a list an __eq__ shortened)
      }
      if (starSlot >= 0) caps[starSlot] = restOf((i) => v.getItem(i), len);
      return true;
    }
    let len: number;
    try {
      if (!isSequence(v)) return false;
      len = star < 0 || minLen > 0 ? lenOf(v) : minLen;
    } catch (err) { throw at(err, p); }
    if (star < 0 ? len !== n : len < minLen) return false;
    if (onlyWild) return true;
    // CPython subscripts when the star is a wildcard (`[a, *_, b]`), else unpacks by iterating
    let items: PyValue[] | null = null;
    if (!starWild) {
      try {
        items = [];
        const it = iterate(v);
        for (let x = it.next(); x !== undefined; x = it.next()) items.push(x);
      } catch (err) { throw at(err, p); }
      if (star < 0 ? items.length !== n : items.length < minLen) {
        const m = items.length;
        throw at(star < 0 ? valueError(m < n ? `not enough values to unpack (expected ${n}, got ${m})` : `too many values to unpack (expected ${n})`)
          : valueError(`not enough values to unpack (expected at least ${minLen}, got ${m})`), p);
      }
      len = items.length;
    }
    const got = items;
    // (CPython computes an index after the star as len(v) - k, calling len() again)
    const get = got !== null ? (i: number) => got[i] : (i: number) => {
      try { return getitem(v, i < star ? i : lenOf(v) - (len - i)); } catch (err) { throw at(err, p); }
    };
    if (!matchItems(get, len, caps, f)) return false;
    if (starSlot >= 0) caps[starSlot] = restOf(get, len);
    return true;
  };
}

// ---- mappings ----

let missing: PyValue | null = null;

function mappingPattern(c: Compiler, p: ast.MatchMapping, slots: Map<string, number>): Matcher {
  const keys = p.keys.map((k) => ({ ev: c.expr(k), literal: isLiteral(k), value: undefined as PyValue | undefined }));
  const subs = p.patterns.map((q) => compilePattern(c, q, slots));
  const n = keys.length;
  const restSlot = p.rest === null ? -1 : slots.get(p.rest)!;
  const allLiteral = keys.every((k) => k.literal);
  const keyAt = (i: number, f: Frame): PyValue => {
    const k = keys[i];
    if (!k.literal) return k.ev(f);
    return k.value === undefined ? (k.value = k.ev(f)) : k.value;
  };
  return (v, caps, f) => {
    let ks: PyValue[] | null = null;
    try {
      if (!isMapping(v)) return false;
      if (n > 0 && (v instanceof PyDict && v.cls === dictType ? v.size : lenOf(v)) < n) return false;
      if (!allLiteral) {
        // (literal keys were checked for duplicates when compiled; a dotted name's value only now)
        ks = [];
        for (let i = 0; i < n; i++) {
          const k = keyAt(i, f);
          for (const seen of ks) {
            const r = compare("==", seen, k);
            if (r === true || (r !== false && truthy(r))) throw valueError(`mapping pattern checks duplicate key (${repr(k)})`);
          }
          ks.push(k);
        }
      }
    } catch (err) { throw at(err, p); }
    if (v instanceof PyDict && v.cls === dictType) {
      for (let i = 0; i < n; i++) {
        const x = v.get(ks !== null ? ks[i] : keyAt(i, f));
        if (x === undefined || !subs[i](x, caps, f)) return false;
      }
    } else {
      // CPython's MATCH_KEYS: every key's subject.get(key, <missing>) first, then the sub-patterns
      const values: PyValue[] = [];
      try {
        const get = getattrOpt(v, "get");
        if (get === undefined) throw typeError(`'${tn(v)}' object has no attribute 'get'`);
        missing ??= call(objectType, []);
        for (let i = 0; i < n; i++) {
          const x = call(get, [ks !== null ? ks[i] : keyAt(i, f), missing]);
          if (x === missing) return false;
          values.push(x);
        }
      } catch (err) { throw at(err, p); }
      for (let i = 0; i < n; i++) if (!subs[i](values[i], caps, f)) return false;
    }
    if (restSlot >= 0) {
      const rest = new PyDict();
      try {
        dictMerge(rest, v);
        for (let i = 0; i < n; i++) delitem(rest, ks !== null ? ks[i] : keyAt(i, f));
      } catch (err) { throw at(err, p); }
      caps[restSlot] = rest;
    }
    return true;
  };
}

// ---- classes ----

/** Types whose one positional sub-pattern matches the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF = [boolType, floatType, intType, strType, listType, tupleType, dictType, setType, frozensetType];

function classPattern(c: Compiler, p: ast.MatchClass, slots: Map<string, number>): Matcher {
  const cls = c.expr(p.cls);
  const pos = p.patterns.map((q) => compilePattern(c, q, slots));
  const kw = p.kwdPatterns.map((q) => compilePattern(c, q, slots));
  const kwAttrs = p.kwdAttrs;
  const npos = pos.length, nkw = kw.length;
  // CPython's MATCH_CLASS checks each attribute name as it reads the attribute, in order
  const dup = (t: PyType, name: string) => at(typeError(`${t.name}() got multiple sub-patterns for attribute ${repr(name)}`), p);
  return (v, caps, f) => {
    const t = cls(f);
    let args: PyValue[] | null = null;
    try {
      if (!(t instanceof PyType)) throw typeError("called match pattern must be a type");
      if (!isInstance(v, t)) return false;
      if (npos > 0) args = matchArgs(t, npos);
    } catch (err) { throw at(err, p); }
    for (let i = 0; i < npos; i++) {
      let x: PyValue | undefined = v;
      if (args !== null) {
        const name = args[i];
        if (typeof name !== "string") throw at(typeError(`__match_args__ elements must be strings (got ${tn(name)})`), p);
        for (let j = 0; j < i; j++) if (args[j] === name) throw dup(t as PyType, name);
        x = attrOrMiss(v, name, p);
      }
      if (x === undefined || !pos[i](x, caps, f)) return false;
    }
    for (let i = 0; i < nkw; i++) {
      const name = kwAttrs[i];
      if (args !== null) for (let j = 0; j < npos; j++) if (args[j] === name) throw dup(t as PyType, name);
      const x = attrOrMiss(v, name, p);
      if (x === undefined || !kw[i](x, caps, f)) return false;
    }
    return true;
  };
}

/** The attribute names (__match_args__) the positional sub-patterns read; null: the one sub-pattern
 *  matches the subject itself (int(x), str(s)...). */
function matchArgs(t: PyType, npos: number): PyValue[] | null {
  const ma = attrOrMiss(t, "__match_args__", null);
  let args: PyValue[] = [];
  let matchSelf = false;
  if (ma === undefined) matchSelf = MATCH_SELF.some((b) => t.isSubtype(b));
  else if (ma instanceof PyTuple) args = ma.items;
  else throw typeError(`${t.name}.__match_args__ must be a tuple (got ${tn(ma)})`);
  const allowed = matchSelf ? 1 : args.length;
  if (npos > allowed) {
    throw typeError(`${t.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${npos} given)`);
  }
  return matchSelf ? null : args;
}

/** getattr(v, name), undefined when it raises AttributeError (no match). */
function attrOrMiss(v: PyValue, name: string, p: ast.Loc | null): PyValue | undefined {
  try {
    return getattrOpt(v, name);
  } catch (err) {
    if (isExc(err, AttributeError)) return undefined;
    throw p === null ? err : at(err, p);
  }
}
