// Numeric builtins: abs, round (banker's, ndigits), divmod, pow (3-argument), bin/oct/hex, chr/ord,
// sum (start; no strings), min/max (key, default, several arguments), with CPython's messages.
import { PyValue, PyFloat, typeOf, NotImplemented } from "../objects/object.js";
import { registerBuiltin } from "../registry.js";
import { typeError, valueError, overflowError, toPyException, tn } from "../objects/exceptions.js";
import { arity, callBound, noKwargs, call, positional, kwargsOf } from "../protocol/call.js";
import { binaryOp, compare, truthy } from "../protocol/ops.js";
import { iterate } from "../protocol/iter.js";
import { indexValue, asInt, parseArgs } from "../objects/args.js";
import * as I from "../lib/int-ops.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList, listType } from "../objects/list.js";
import type { PyIterator } from "../objects/object.js";

function lib<T>(f: () => T): T {
  try { return f(); } catch (e) { throw toPyException(e); }
}

registerBuiltin("abs", (args, kw) => {
  noKwargs("abs", kw); arity("abs", args, 1, 1);
  const x = args[0];
  if (typeof x === "number") return Math.abs(x);
  if (typeof x === "bigint") return I.intAbs(x);
  if (typeof x === "boolean") return +x;
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.value));
  const f = typeOf(x).lookup("__abs__");
  if (f == null) throw typeError(`bad operand type for abs(): '${tn(x)}'`);
  return callBound(f, x, []);
});

registerBuiltin("round", (args, kw) => {
  const [x, nd] = parseArgs("round", args, kw, ["number", "ndigits"], 2, 1);
  const ndigits = nd === undefined ? null : nd;
  if (x instanceof PyFloat) {
    if (ndigits === null) {
      if (Number.isNaN(x.value)) throw valueError("cannot convert float NaN to integer");
      if (!Number.isFinite(x.value)) throw overflowError("cannot convert float infinity to integer");
      return lib(() => I.roundHalfEven(x.value));
    }
    return new PyFloat(lib(() => I.floatRound(x.value, asInt(ndigits))));
  }
  if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean") {
    const v = typeof x === "boolean" ? +x : x;
    if (ndigits === null) return v;
    return lib(() => I.intRound(v, asInt(ndigits)));
  }
  const f = typeOf(x!).lookup("__round__");
  if (f == null) throw typeError(`type ${tn(x!)} doesn't define __round__ method`);
  return callBound(f, x!, ndigits === null ? [] : [ndigits]);
});

function isIntLike(v: PyValue): v is number | bigint | boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
}
function numF(v: PyValue): number | null {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return +v;
  if (typeof v === "bigint") return lib(() => I.intToFloat(v));
  return null;
}

registerBuiltin("divmod", (args, kw) => {
  noKwargs("divmod", kw);
  if (args.length !== 2) throw typeError(`divmod expected 2 arguments, got ${args.length}`);
  const [a, b] = args;
  if (isIntLike(a) && isIntLike(b)) {
    const [q, r] = lib(() => I.divmod(typeof a === "boolean" ? +a : a, typeof b === "boolean" ? +b : b));
    return new PyTuple([q, r]);
  }
  const x = numF(a), y = numF(b);
  if (x !== null && y !== null) {
    const [q, r] = lib(() => I.floatDivmod(x, y));
    return new PyTuple([new PyFloat(q), new PyFloat(r)]);
  }
  const fa = typeOf(a).lookup("__divmod__");
  if (fa != null) { const r = callBound(fa, a, [b]); if (r !== NotImplemented) return r; }
  const fb = typeOf(b).lookup("__rdivmod__");
  if (fb != null) { const r = callBound(fb, b, [a]); if (r !== NotImplemented) return r; }
  throw typeError(`unsupported operand type(s) for divmod(): '${tn(a)}' and '${tn(b)}'`);
});

registerBuiltin("pow", (args, kw) => {
  const [base, exp, mod] = parseArgs("pow", args, kw, ["base", "exp", "mod"], 3, 2);
  if (mod === undefined || mod === null) return binaryOp("**", base!, exp!);
  if (!isIntLike(base!) || !isIntLike(exp!) || !isIntLike(mod)) {
    const f = typeOf(base!).lookup("__pow__");
    if (f != null && !(base instanceof PyFloat) && !isIntLike(base!)) return callBound(f, base!, [exp!, mod]);
    // (CPython: a float among numbers is this message; a non-number makes the ternary op unsupported)
    const isNum = (v: PyValue) => isIntLike(v) || v instanceof PyFloat;
    if (isNum(base!) && isNum(exp!) && isNum(mod)) throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    throw typeError(`unsupported operand type(s) for ** or pow(): '${tn(base!)}', '${tn(exp!)}', '${tn(mod)}'`);
  }
  const ib = (v: number | bigint | boolean) => (typeof v === "boolean" ? +v : v);
  return lib(() => I.intPowMod(ib(base as number), ib(exp as number), ib(mod as number)));
});

function intBase(name: string, base: 2 | 8 | 16) {
  registerBuiltin(name, (args, kw) => {
    noKwargs(name, kw); arity(name, args, 1, 1);
    const v = indexValue(args[0]);
    if (v === null) throw typeError(`'${tn(args[0])}' object cannot be interpreted as an integer`);
    return I.intToString(v, base);
  });
}
intBase("bin", 2); intBase("oct", 8); intBase("hex", 16);

registerBuiltin("chr", (args, kw) => {
  noKwargs("chr", kw); arity("chr", args, 1, 1);
  const v = asInt(args[0]);
  if (typeof v === "bigint") throw overflowError("Python int too large to convert to C int");
  if (v < 0 || v > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(v);
});
registerBuiltin("ord", (args, kw) => {
  noKwargs("ord", kw); arity("ord", args, 1, 1);
  const s = args[0];
  if (typeof s !== "string") throw typeError(`ord() expected string of length 1, but ${tn(s)} found`);
  const cp = s.codePointAt(0);
  const n = cp !== undefined && cp > 0xffff && s.length === 2 ? 1 : s.length;
  if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
  return cp!;
});

registerBuiltin("sum", (args, kw) => {
  // (sum's iterable is positional-only, so CPython counts positional arguments when it is missing)
  if (args.length - (kw?.length ?? 0) === 0) throw typeError("sum() takes at least 1 positional argument (0 given)");
  const [iterable, startArg] = parseArgs("sum", args, kw, ["iterable", "start"], 2, 1);
  let acc: PyValue = startArg === undefined ? 0 : startArg;
  if (typeof acc === "string") throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof Object && typeOf(acc).name === "bytes") throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  const src = iterable!;
  // An exact list is read by index as its iterator would (live length), without the iterator object.
  const list = src instanceof PyList && src.cls === listType ? src : null;
  let i = 0;
  const it: PyIterator = list !== null ? { next: () => (i < list.length ? list.getItem(i++) : undefined) } : iterate(src);
  let x: PyValue | undefined;
  if (typeof acc === "number" || typeof acc === "bigint") {
    // Ints: a safe-integer part plus a bigint carry, exact, with one bigint addition per 2**53 of
    // growth instead of one per item once the total passes 2**53 (sum of a million squares).
    let small = typeof acc === "number" ? acc : 0;
    let carry = typeof acc === "bigint" ? acc : 0n;
    if (list !== null) {
      // Adding numbers runs no Python code, so none can change the list meanwhile (no copy: a million
      // items' copy was 10% of a comprehension-and-sum); at the first non-int the live list is read on
      // from the next index.
      const items = list.readItems();
      const n = items.length;
      for (; i < n; i++) {
        x = items[i];
        if (typeof x !== "number") break;
        const t = small + x;
        if (Number.isSafeInteger(t)) small = t;
        else { carry += BigInt(small); small = x; }
      }
      if (i < n) i++; else x = undefined;
    } else {
      for (x = it.next(); typeof x === "number"; x = it.next()) {
        const t = small + x;
        if (Number.isSafeInteger(t)) small = t;
        else { carry += BigInt(small); small = x; }
      }
    }
    acc = carry === 0n ? small : I.norm(carry + BigInt(small));
  } else x = it.next();
  for (; x !== undefined; x = it.next()) {
    if (typeof acc === "number" && typeof x === "number") {
      const s: number = acc + x;
      if (Number.isSafeInteger(s)) { acc = s; continue; }
    }
    if (acc instanceof PyFloat && x instanceof PyFloat) { acc = new PyFloat(acc.value + x.value); continue; }
    acc = binaryOp("+", acc, x);
  }
  return acc;
});

function minmax(name: "min" | "max", op: "<" | ">") {
  registerBuiltin(name, (args, kw) => {
    const pos = positional(args, kw);
    const kws = kwargsOf(args, kw);
    let key: PyValue = null, dflt: PyValue | undefined;
    for (const [k, v] of kws) {
      if (k === "key") key = v;
      else if (k === "default") dflt = v;
      else throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
    }
    if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    if (pos.length > 1 && dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    const it = pos.length === 1 ? iterate(pos[0]) : iterate(new PyTuple(pos));
    let best: PyValue | undefined, bestKey: PyValue | undefined;
    for (let x = it.next(); x !== undefined; x = it.next()) {
      const k = key === null ? x : call(key, [x]);
      if (best === undefined) { best = x; bestKey = k; continue; }
      let better: boolean;
      if (typeof k === "number" && typeof bestKey === "number") better = op === "<" ? k < bestKey : k > bestKey;
      else better = truthy(compare(op, k, bestKey!));
      if (better) { best = x; bestKey = k; }
    }
    if (best === undefined) {
      if (dflt !== undefined) return dflt;
      throw valueError(`${name}() arg is an empty sequence`);
    }
    return best;
  });
}
minmax("min", "<");
minmax("max", ">");
