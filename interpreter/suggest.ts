// "Did you mean: 'x'?" for NameError and AttributeError, as CPython 3.11's suggestions.c: a
// Levenshtein distance with case-insensitive substitutions costing less, over the frame's local
// names, then globals, then builtins (NameError) or dir(obj) (AttributeError).
import { PyObject, PyType, PyValue, typeOf } from "./objects/object.js";
import { PyBaseException, NameError, AttributeError } from "./objects/exceptions.js";
import { builtinsDict } from "./registry.js";
import { PyModule } from "./objects/module.js";

const MAX_CANDIDATE_ITEMS = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2, CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.slice(s); b = b.slice(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.slice(0, a.length - e); b = b.slice(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, t = MOVE_COST; i < a.length; i++, t += MOVE_COST) buffer.push(t);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b.charCodeAt(bi);
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a.charCodeAt(i));
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function calculateSuggestion(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  for (const item of dir) {
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDist - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDist) { best = item; bestDist = d; }
  }
  return best;
}

/** dir(obj)'s names, sorted (enough of CPython's object.__dir__ for suggestions). */
export function dirNames(obj: PyValue): string[] {
  const names = new Set<string>();
  // None, numbers and strings are JS primitives here (null, number, bigint, string): no instance dict.
  const d = obj !== null && typeof obj === "object" ? (obj as PyObject).dict : undefined;
  if (d) for (const k of d.keys()) if (typeof k === "string") names.add(k);
  if (!(obj instanceof PyModule)) {
    const types = obj instanceof PyType ? obj.mro : typeOf(obj).mro;
    for (const t of types) for (const [k] of t.ownEntries()) names.add(k);
  }
  return [...names].sort();
}

/** The suggestion for an exception about to be printed, or null. */
export function suggestionFor(exc: PyBaseException): string | null {
  const info = exc.suggest;
  if (!info) return null;
  if (exc.cls === NameError && info.kind === "name") {
    return calculateSuggestion(info.varnames, info.name)
      ?? calculateSuggestion(info.globals.keys().filter((k): k is string => typeof k === "string"), info.name)
      ?? calculateSuggestion(builtinsDict.keys().filter((k): k is string => typeof k === "string"), info.name);
  }
  if (exc.cls === AttributeError && info.kind === "attr") return calculateSuggestion(dirNames(info.obj), info.name);
  return null;
}
