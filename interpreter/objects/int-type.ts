// Methods of int, bool and float beyond what primitives.ts (the core's constructors, repr, hash,
// __format__) gives: bit_length, bit_count, as_integer_ratio, conjugate, real/imag/
// numerator/denominator, __index__/__int__/__float__/__trunc__/__round__/__abs__ for user code, and
// float.is_integer/as_integer_ratio/hex/fromhex.
import { PyValue, PyFloat, fillType, intType, floatType, PyType } from "./object.js";
import { typeError, valueError, overflowError, toPyException, tn, notImplementedError } from "./exceptions.js";
import { arity, noKwargs } from "../protocol/call.js";
import { getset } from "./getset.js";
import { PyTuple } from "./tuple.js";
import * as I from "../lib/int-ops.js";
import { asInt } from "./args.js";
import { PyIntSub, intOf, floatOf } from "./primitives.js";
import { fullHash, exactHashes } from "./hashing.js";

function lib<T>(f: () => T): T {
  try { return f(); } catch (e) { throw toPyException(e); }
}
type IntV = number | bigint | boolean | PyIntSub;
const iv = (v: IntV): number | bigint => { const i = intOf(v); return typeof i === "boolean" ? +i : i; };

fillType(intType, {
  methods: {
    bit_length: (s: IntV, args, kw) => { noKwargs("int.bit_length", kw); arity("int.bit_length", args, 0, 0); return I.bitLength(iv(s)); },
    bit_count: (s: IntV, args, kw) => {
      noKwargs("int.bit_count", kw);
      arity("int.bit_count", args, 0, 0);
      let v = I.big(iv(s)); if (v < 0n) v = -v;
      let c = 0; while (v) { c += Number(v & 1n); v >>= 1n; }
      return c;
    },
    conjugate: (s: IntV, args, kw) => { noKwargs("int.conjugate", kw); arity("int.conjugate", args, 0, 0); return iv(s); },
    // (they exist, as in CPython, but say what pyt lacks instead of "'int' object has no attribute")
    to_bytes: () => { throw notImplementedError("int.to_bytes() is not supported in pyt (there is no bytes type)"); },
    as_integer_ratio: (s: IntV, args, kw) => { noKwargs("int.as_integer_ratio", kw); arity("int.as_integer_ratio", args, 0, 0); return new PyTuple([iv(s), 1]); },
    __index__: (s: IntV) => iv(s),
    __int__: (s: IntV) => iv(s),
    __trunc__: (s: IntV) => iv(s),
    __floor__: (s: IntV) => iv(s),
    __ceil__: (s: IntV) => iv(s),
    __getnewargs__: (s: IntV) => new PyTuple([iv(s)]),
    __float__: (s: IntV) => new PyFloat(lib(() => I.intToFloat(iv(s)))),
    __abs__: (s: IntV) => I.intAbs(iv(s)),
    __neg__: (s: IntV) => I.intNeg(iv(s)),
    __invert__: (s: IntV) => I.bitInvert(iv(s)),
    __round__: (s: IntV, args) => (args.length && args[0] !== null ? lib(() => I.intRound(iv(s), asInt(args[0]))) : iv(s)),
  },
  classMethods: {
    from_bytes: () => { throw notImplementedError("int.from_bytes() is not supported in pyt (there is no bytes type)"); },
  },
  attrs: {
    real: getset("real", (s: IntV) => iv(s)),
    imag: getset("imag", () => 0),
    numerator: getset("numerator", (s: IntV) => iv(s)),
    denominator: getset("denominator", () => 1),
  },
});

function floatRatio(x: number): PyTuple {
  if (Number.isNaN(x)) throw valueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw overflowError("cannot convert Infinity to integer ratio");
  const [m, e] = I.floatToRatio(x);
  let num = m, den = 1n;
  if (e > 0) num = m << BigInt(e);
  else den = 1n << BigInt(-e);
  // reduce by powers of two
  while (den > 1n && (num & 1n) === 0n) { num >>= 1n; den >>= 1n; }
  return new PyTuple([I.norm(num), I.norm(den)]);
}

function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  x = Math.abs(x);
  if (x === 0) return sign + "0x0.0p+0";
  let e = Math.floor(Math.log2(x));
  if (e < -1022) e = -1022;
  let m = x / 2 ** e;
  while (m >= 2) { m /= 2; e++; }
  while (m < 1 && e > -1022) { m *= 2; e--; }
  const lead = Math.floor(m);
  let frac = m - lead;
  let digits = "";
  for (let i = 0; i < 13; i++) { frac *= 16; const d = Math.floor(frac); digits += d.toString(16); frac -= d; }
  return `${sign}0x${lead}.${digits}p${e >= 0 ? "+" : ""}${e}`;
}

// a float subclass's instance that keeps float's __hash__ hashes as its value (hash(Celsius(3.5)) == hash(3.5))
exactHashes.set(floatType, (v: PyFloat) => BigInt(I.floatHash(v.value)));
fillType(floatType, {
  methods: {
    is_integer: (v: PyFloat, args, kw) => { noKwargs("float.is_integer", kw); arity("float.is_integer", args, 0, 0); return Number.isInteger(v.value); },
    as_integer_ratio: (v: PyFloat, args, kw) => { noKwargs("float.as_integer_ratio", kw); arity("float.as_integer_ratio", args, 0, 0); return floatRatio(v.value); },
    conjugate: (v: PyFloat, args, kw) => { noKwargs("float.conjugate", kw); arity("float.conjugate", args, 0, 0); return floatOf(v); },
    hex: (v: PyFloat, args, kw) => { noKwargs("float.hex", kw); arity("float.hex", args, 0, 0); return floatHex(v.value); },
    __float__: (v: PyFloat) => floatOf(v),
    // the exact 61-bit hash (the slot's JS number loses bits), as hash() gives it
    __hash__: (v: PyFloat) => fullHash(floatOf(v)),
    __int__: (v: PyFloat) => lib(() => I.intFromFloat(v.value)),
    __trunc__: (v: PyFloat) => lib(() => I.intFromFloat(v.value)),
    __floor__: (v: PyFloat) => lib(() => I.intFromFloat(Math.floor(v.value))),
    __ceil__: (v: PyFloat) => lib(() => I.intFromFloat(Math.ceil(v.value))),
    __getnewargs__: (v: PyFloat) => new PyTuple([floatOf(v)]),
    __abs__: (v: PyFloat) => new PyFloat(Math.abs(v.value)),
    __neg__: (v: PyFloat) => new PyFloat(-v.value),
    __round__: (v: PyFloat, args) => {
      if (!args.length || args[0] === null) {
        if (Number.isNaN(v.value)) throw valueError("cannot convert float NaN to integer");
        if (!Number.isFinite(v.value)) throw overflowError("cannot convert float infinity to integer");
        return lib(() => I.roundHalfEven(v.value));
      }
      return new PyFloat(lib(() => I.floatRound(v.value, asInt(args[0]))));
    },
  },
  attrs: {
    real: getset("real", (v: PyFloat) => floatOf(v)),
    imag: getset("imag", () => new PyFloat(0)),
  },
  classMethods: {
    fromhex: (_cls: PyType, args, kw) => {
      noKwargs("float.fromhex", kw); arity("float.fromhex", args, 1, 1);
      const s = args[0];
      if (typeof s !== "string") throw typeError(`fromhex() argument must be str, not ${tn(s)}`);
      const m = /^\s*([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?\s*$/i.exec(s);
      if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw valueError("invalid hexadecimal floating-point string");
      let v = 0;
      for (const c of m[2]) v = v * 16 + parseInt(c, 16);
      let scale = 1 / 16;
      for (const c of m[3] ?? "") { v += parseInt(c, 16) * scale; scale /= 16; }
      v *= 2 ** Number(m[4] ?? 0);
      return new PyFloat(m[1] === "-" ? -v : v);
    },
  },
});
