// Python int arithmetic over the interpreter's int representation (number when a safe integer,
// else bigint), plus the int/float bridges CPython defines exactly: true division, round(),
// float // and %, int() from str/float, bin/oct/hex text, and hash() of ints and floats.
import { LibError } from "./lib-error.js";
import { strRepr } from "./str-methods.js";

export type PyInt = number | bigint;

/** Normalise a bigint: safe integers become numbers. */
export function norm(b: bigint): PyInt {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
export function big(v: PyInt | boolean): bigint {
  return typeof v === "bigint" ? v : BigInt(typeof v === "boolean" ? (v ? 1 : 0) : v);
}
function num(v: PyInt | boolean): PyInt {
  return typeof v === "boolean" ? (v ? 1 : 0) : v;
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}
export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) - big(b));
}
export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}
export function intNeg(a: PyInt): PyInt {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : norm(-a);
}
export function intAbs(a: PyInt): PyInt {
  return typeof a === "number" ? Math.abs(a) : norm(a < 0n ? -a : a);
}
export function intSign(a: PyInt): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}
export function intCompare(a: PyInt, b: PyInt): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** a // b with Python's floor semantics. */
export function floorDiv(a: PyInt, b: PyInt): PyInt {
  if (b === 0 || b === 0n) throw new LibError("ZeroDivisionError", "integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const q = Math.floor(a / b);
    // a / b is inexact beyond 2^53 only when |a| is huge; safe ints divide exactly enough here
    // except near the rounding boundary, so verify with the remainder.
    const r = a - q * b;
    if (Number.isSafeInteger(q * b) && (b > 0 ? r >= 0 && r < b : r <= 0 && r > b)) return q === 0 ? 0 : q;
  }
  const A = big(a), B = big(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return norm(q);
}

/** a % b with the sign of b. */
export function mod(a: PyInt, b: PyInt): PyInt {
  if (b === 0 || b === 0n) throw new LibError("ZeroDivisionError", "integer modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const A = big(a), B = big(b);
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return norm(r);
}

export function divmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (b === 0 || b === 0n) throw new LibError("ZeroDivisionError", "integer division or modulo by zero");
  return [floorDiv(a, b), mod(a, b)];
}

/** Exact a ** b for b >= 0. A negative exponent is the caller's job (it yields a float:
 *  `intToFloat(a) ** b`, with ZeroDivisionError "0.0 cannot be raised to a negative power" for a == 0). */
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw new Error("intPow: negative exponent must be handled by the caller");
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) ** big(b));
}

/** pow(a, b, m) with Python's rules (negative b means modular inverse). */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let M = big(m);
  if (M === 0n) throw new LibError("ValueError", "pow() 3rd argument cannot be 0");
  const neg = M < 0n;
  if (neg) M = -M;
  let A = big(a), B = big(b);
  if (B < 0n) {
    A = modInverse(A, M);
    B = -B;
  }
  A = ((A % M) + M) % M;
  let r = 1n % M;
  while (B > 0n) {
    if (B & 1n) r = (r * A) % M;
    A = (A * A) % M;
    B >>= 1n;
  }
  if (neg && r !== 0n) r -= M;
  return norm(r);
}
function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new LibError("ValueError", "base is not invertible for the given modulus");
  return ((s0 % m) + m) % m;
}

export function lshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw new LibError("ValueError", "negative shift count");
  if (a === 0) return 0;
  if (typeof n === "bigint" || n > 1e9) throw new LibError("OverflowError", "too many digits in integer");
  if (typeof a === "number" && n < 31 && Math.abs(a) < 2 ** 21) return a * 2 ** n;
  return norm(big(a) << BigInt(n));
}
export function rshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw new LibError("ValueError", "negative shift count");
  if (typeof n === "bigint" || n > 1e9) return a < 0 ? -1 : 0;
  if (typeof a === "number") return n >= 64 ? (a < 0 ? -1 : 0) : Math.floor(a / 2 ** n);
  return norm(a >> BigInt(n));
}
function isI32(v: PyInt): v is number {
  return typeof v === "number" && v >= -2147483648 && v <= 2147483647;
}
export function bitAnd(a: PyInt, b: PyInt): PyInt {
  if (isI32(a) && isI32(b)) return a & b;
  return norm(big(a) & big(b));
}
export function bitOr(a: PyInt, b: PyInt): PyInt {
  if (isI32(a) && isI32(b)) return a | b;
  return norm(big(a) | big(b));
}
export function bitXor(a: PyInt, b: PyInt): PyInt {
  if (isI32(a) && isI32(b)) return a ^ b;
  return norm(big(a) ^ big(b));
}
/** ~a == -a - 1 */
export function bitInvert(a: PyInt): PyInt {
  return intSub(intNeg(a), 1);
}
export function bitLength(a: PyInt): number {
  if (typeof a === "number") {
    const x = Math.abs(a);
    return x === 0 ? 0 : x < 2 ** 31 ? 32 - Math.clz32(x) : x.toString(2).length;
  }
  return (a < 0n ? -a : a).toString(2).length;
}

// ---- text <-> int -------------------------------------------------------------------------

/** sys.set_int_max_str_digits (0: no limit): CPython 3.11's cap on decimal int <-> str conversions. */
let MAX_STR_DIGITS = 4300;
export function getIntMaxStrDigits(): number { return MAX_STR_DIGITS; }
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < 640) throw new LibError("ValueError", "maxdigits must be 0 or larger than 640");
  MAX_STR_DIGITS = n;
}
const PY_WS = /^[ \t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[ \t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/** Map Unicode decimal digits (e.g. Arabic-Indic, fullwidth) to ASCII, as int() accepts them. */
function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (c) => {
    if (c >= "0" && c <= "9") return c;
    let cp = c.codePointAt(0)!;
    // Decimal digits come in contiguous runs of ten starting at a code point whose value is 0.
    let k = 0;
    while (k < 10 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) { cp--; k++; }
    return String(k % 10);
  });
}

/** int(s, base) */
export function intFromString(s: string, base: number = 10): PyInt {
  if (base !== 0 && (base < 2 || base > 36)) throw new LibError("ValueError", "int() base must be >= 2 and <= 36, or 0");
  const fail = (): never => {
    throw new LibError("ValueError", `invalid literal for int() with base ${base}: ${strRepr(s)}`);
  };
  let t = asciiDigits(s.replace(PY_WS, ""));
  let neg = false;
  if (t[0] === "+" || t[0] === "-") { neg = t[0] === "-"; t = t.slice(1); }
  let b = base;
  const pre = t.slice(0, 2).toLowerCase();
  const prefixBase = pre === "0x" ? 16 : pre === "0o" ? 8 : pre === "0b" ? 2 : 0;
  let prefixed = false;
  if (prefixBase && (b === 0 || b === prefixBase)) { b = prefixBase; t = t.slice(2); prefixed = true; }
  if (b === 0) {
    b = 10;
    if (/^0+(_?0)*$/.test(t)) return 0;
    if (t[0] === "0") fail();
  }
  // Underscores: single, between digits (or right after a base prefix).
  if (prefixed && t[0] === "_") t = t.slice(1);
  if (t === "" || t[0] === "_" || t.endsWith("_") || t.includes("__")) fail();
  t = t.replace(/_/g, "").toLowerCase();
  for (const c of t) {
    const d = c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c >= "a" && c <= "z" ? c.charCodeAt(0) - 87 : 99;
    if (d >= b) fail();
  }
  if ((b & (b - 1)) !== 0 && MAX_STR_DIGITS > 0 && t.length > MAX_STR_DIGITS) {
    throw new LibError("ValueError", `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${t.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let v: bigint;
  if (b === 10) v = BigInt(t);
  else if (b === 16) v = BigInt("0x" + t);
  else if (b === 8) v = BigInt("0o" + t);
  else if (b === 2) v = BigInt("0b" + t);
  else {
    v = 0n;
    const B = BigInt(b);
    for (let i = 0; i < t.length; i += 8) {
      const chunk = t.slice(i, i + 8);
      v = v * B ** BigInt(chunk.length) + BigInt(parseInt(chunk, b));
    }
  }
  return norm(neg ? -v : v);
}

/** str(int): decimal text, with CPython 3.11's 4300-digit limit. */
export function intToDecimal(v: PyInt | boolean): string {
  const s = String(num(v));
  if (typeof v === "bigint" && MAX_STR_DIGITS > 0 && s.length - (v < 0n ? 1 : 0) > MAX_STR_DIGITS) {
    throw new LibError("ValueError", `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** bin/oct/hex text: intToString(-5, 2) == "-0b101"; prefix=false gives bare digits ("-101"). */
export function intToString(v: PyInt | boolean, base: 2 | 8 | 10 | 16, prefix = true): string {
  if (base === 10) return intToDecimal(v);
  const n = num(v);
  const neg = n < 0;
  const digits = (neg ? (typeof n === "bigint" ? -n : -n) : n).toString(base);
  const p = prefix ? (base === 2 ? "0b" : base === 8 ? "0o" : "0x") : "";
  return (neg ? "-" : "") + p + digits;
}

// ---- int <-> float ------------------------------------------------------------------------

/** int(x) for a float: truncates; exact for large values. */
export function intFromFloat(x: number): PyInt {
  if (Number.isNaN(x)) throw new LibError("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new LibError("OverflowError", "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/** float(v) for an int. */
export function intToFloat(v: PyInt | boolean): number {
  const x = Number(num(v));
  if (!Number.isFinite(x)) throw new LibError("OverflowError", "int too large to convert to float");
  return x;
}

/** x * 2**e without intermediate overflow/underflow (one final rounding for normal results). */
export function ldexpRaw(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; if (!Number.isFinite(x)) return x; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; if (x === 0) return x; }
  return x * 2 ** e;
}

/** a / b for ints, correctly rounded like CPython. */
export function intTrueDiv(a: PyInt | boolean, b: PyInt | boolean): number {
  const A0 = num(a), B0 = num(b);
  if (B0 === 0 || B0 === 0n) throw new LibError("ZeroDivisionError", "division by zero");
  if (typeof A0 === "number" && typeof B0 === "number") return A0 / B0;
  let A = big(A0), B = big(B0);
  const neg = (A < 0n) !== (B < 0n);
  if (A < 0n) A = -A;
  if (B < 0n) B = -B;
  if (A === 0n) return neg ? -0 : 0;
  const la = A.toString(2).length, lb = B.toString(2).length;
  // Scale so the quotient has at least 55 significant bits, then fold the remainder into a sticky bit.
  const shift = 55 - (la - lb);
  const N = shift >= 0 ? A << BigInt(shift) : A;
  const D = shift >= 0 ? B : B << BigInt(-shift);
  let q = N / D;
  if (N % D !== 0n) q |= 1n;
  const r = ldexpRaw(Number(q), -shift);
  if (!Number.isFinite(r)) throw new LibError("OverflowError", "integer division result too large for a float");
  return neg ? -r : r;
}

/** x // y for floats (Python semantics). */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw new LibError("ZeroDivisionError", "float floor division by zero");
  return floatDivmodRaw(x, y)[0];
}
/** x % y for floats: result has the sign of y. */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw new LibError("ZeroDivisionError", "float modulo");
  return floatDivmodRaw(x, y)[1];
}
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw new LibError("ZeroDivisionError", "float divmod()");
  return floatDivmodRaw(x, y);
}
function floatDivmodRaw(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

// ---- round() ------------------------------------------------------------------------------

/** round(x) for a float: nearest int, ties to even. */
export function roundHalfEven(x: number): PyInt {
  if (!Number.isFinite(x)) return intFromFloat(x);
  const f = Math.floor(x);
  const d = x - f;
  const r = d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  return intFromFloat(r);
}

/** Exact m, e with x == m * 2**e (m a bigint, x finite). */
export function floatToRatio(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else { m |= 1n << 52n; e = exp - 1075; }
  if (hi >>> 31) m = -m;
  return [m, e];
}

/** Round the exact value n/d (d > 0) to an integer, ties to even. */
export function divRoundHalfEven(n: bigint, d: bigint): bigint {
  let q = n / d, r = n % d;
  if (r < 0n) { q -= 1n; r += d; }
  const c = 2n * r;
  if (c > d || (c === d && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** round(x, ndigits) for a float, exactly as CPython (correctly rounded, ties to even). */
export function floatRound(x: number, ndigits: PyInt): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  const nd = Number(ndigits);
  const [m, e] = floatToRatio(Math.abs(x));
  let N = m, D = 1n;
  if (e >= 0) N <<= BigInt(e); else D <<= BigInt(-e);
  if (nd >= 0) N *= 10n ** BigInt(nd); else D *= 10n ** BigInt(-nd);
  const q = divRoundHalfEven(N, D);
  const r = Number(`${q}e${-nd}`);
  if (!Number.isFinite(r)) throw new LibError("OverflowError", "rounded value too large to represent");
  return x < 0 ? -r : r;
}

/** round(v, ndigits) for an int. */
export function intRound(v: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return v;
  const p = 10n ** big(intNeg(ndigits));
  return norm(divRoundHalfEven(big(v), p) * p);
}

// ---- hash ---------------------------------------------------------------------------------

const HASH_MOD = (1n << 61n) - 1n;

/** hash(int) as CPython: |v| mod (2**61 - 1) with v's sign, and -1 becomes -2. */
export function intHash(v: PyInt | boolean): PyInt {
  const n = num(v);
  if (typeof n === "number" && Math.abs(n) < 2 ** 53 && Math.abs(n) < 2305843009213693951) {
    return n === -1 ? -2 : n;
  }
  const B = big(n);
  let h = (B < 0n ? -B : B) % HASH_MOD;
  if (B < 0n) h = -h;
  if (h === -1n) h = -2n;
  return norm(h);
}

/** hash(float) as CPython (equal to the int hash for integral values). NaN hashes to 0 here
 *  (CPython uses the object's identity). */
export function floatHash(x: number): PyInt {
  if (Number.isNaN(x)) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  const [m, e] = floatToRatio(x);
  const M = m < 0n ? -m : m;
  // 2**61 == 1 (mod P), so 2**e == 2**(e mod 61).
  const ee = ((e % 61) + 61) % 61;
  let h = ((M % HASH_MOD) << BigInt(ee)) % HASH_MOD;
  if (m < 0n) h = -h;
  if (h === -1n) h = -2n;
  return norm(h);
}
