// Shared helpers for the interpreter/lib tests: decode the CPython-generated JSON fixtures
// (see gen_fixtures.py for the encoding) and compare results, collecting every mismatch.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { LibError } from "../../interpreter/lib/lib-error.js";
import { norm } from "../../interpreter/lib/int-ops.js";

/** A Python float in test data (plain JS numbers are Python ints). */
export class F { constructor(readonly x: number) {} }
export class Tup { constructor(readonly items: unknown[]) {} }
export class Obj { readonly real = 5; }

export type Case = [string, unknown[], unknown];

export function parseFloatRepr(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan") return NaN;
  return Number(s);
}
function decodeInt(s: string): number | bigint {
  return norm(s.startsWith("-") ? -BigInt(s.slice(1)) : BigInt(s));
}

/** Decode a fixture value into test-side values (F for floats, Tup for tuples, Map for dicts). */
export function decode(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(decode);
  const o = v as Record<string, unknown>;
  if ("i" in o) return decodeInt(o.i as string);
  if ("f" in o) return new F(parseFloatRepr(o.f as string));
  if ("t" in o) return new Tup((o.t as unknown[]).map(decode));
  if ("d" in o) return new Map((o.d as [unknown, unknown][]).map(([k, x]) => [decode(k), decode(x)]));
  if ("obj" in o) return new Obj();
  throw new Error("bad fixture value " + JSON.stringify(v));
}
/** Unwrap F/Tup to raw JS numbers/arrays, as lib functions take them. */
export function raw(v: unknown): unknown {
  if (v instanceof F) return v.x;
  if (v instanceof Tup) return v.items.map(raw);
  if (Array.isArray(v)) return v.map(raw);
  return v;
}

export function loadFixture<T = Case[]>(name: string): T {
  const p = fileURLToPath(new URL(`./fixtures/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(p, "utf8")) as T;
}

/** Does `actual` match the encoded `expected`? Floats compare by bits (incl. -0.0 and nan). */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== "object") return actual === expected;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  const o = expected as Record<string, unknown>;
  if ("i" in o) return (typeof actual === "number" || typeof actual === "bigint") && BigInt(actual) === BigInt(decodeInt(o.i as string));
  if ("f" in o) return typeof actual === "number" && Object.is(actual, parseFloatRepr(o.f as string));
  if ("t" in o) return matches(actual, o.t);
  throw new Error("cannot compare " + JSON.stringify(expected));
}

function show(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `${x}n` : Object.is(x, -0) ? "-0" : x));
}

/** Run every case; all mismatches are reported together. Arguments arrive raw (floats as JS
 *  numbers, tuples as arrays) except for the functions named in `typed`, which get F/Tup/Map. */
export function runCases(cases: Case[], impls: Record<string, unknown>, typed: string[] = []): number {
  const bad: string[] = [];
  let ran = 0;
  for (const [fn, encArgs, expected] of cases) {
    const impl = impls[fn] as ((...args: unknown[]) => unknown) | undefined;
    if (!impl) throw new Error(`no implementation for fixture function ${fn}`);
    const args = typed.includes(fn) ? encArgs.map(decode) : encArgs.map((a) => raw(decode(a)));
    ran++;
    const label = `${fn}(${show(encArgs)})`;
    const err = expected !== null && typeof expected === "object" && "err" in (expected as object)
      ? (expected as { err: string; msg: string }) : null;
    try {
      const actual = impl(...args);
      if (err) bad.push(`${label}: expected ${err.err}: ${err.msg}, got ${show(actual)}`);
      else if (!matches(actual, expected)) bad.push(`${label}: expected ${show(expected)}, got ${show(actual)}`);
    } catch (e) {
      if (!(e instanceof LibError)) bad.push(`${label}: internal error ${(e as Error).stack}`);
      else if (!err) bad.push(`${label}: expected ${show(expected)}, raised ${e.pyType}: ${e.message}`);
      else if (e.pyType !== err.err || e.message !== err.msg) bad.push(`${label}: expected ${err.err}: ${err.msg}, raised ${e.pyType}: ${e.message}`);
    }
  }
  expect(bad).toEqual([]);
  return ran;
}
