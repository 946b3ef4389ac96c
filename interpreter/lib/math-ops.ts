// The parts of Python's math module that Math.* does not give exactly: exact integer functions
// (factorial, gcd, lcm, isqrt, comb, perm), float->int floor/ceil/trunc, Shewchuk fsum, and the
// float functions with CPython's "math domain error" / "math range error" rules.
import { LibError } from "./lib-error.js";
import { crExp, crLog, crPow, crSin, crCos, crTan } from "./cr-math.js";
import { big, norm, intFromFloat, floatToRatio, ldexpRaw, type PyInt } from "./int-ops.js";

export const pi = Math.PI, e = Math.E, tau = 2 * Math.PI, inf = Infinity, nan = NaN;

const domain = (): LibError => new LibError("ValueError", "math domain error");
const range = (): LibError => new LibError("OverflowError", "math range error");

export function factorial(n: PyInt): PyInt {
  if (n < 0) throw new LibError("ValueError", "factorial() not defined for negative values");
  const k = Number(n);
  if (k <= 18) { let r = 1; for (let i = 2; i <= k; i++) r *= i; return r; }
  // Product tree keeps the multiplications balanced for large n.
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 8) { let r = 1n; for (let i = lo; i <= hi; i++) r *= BigInt(i); return r; }
    const mid = (lo + hi) >> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return norm(prod(2, k));
}

function bgcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}
export function gcd(...xs: PyInt[]): PyInt {
  let g = 0n;
  for (const x of xs) g = bgcd(g, big(x));
  return norm(g);
}
export function lcm(...xs: PyInt[]): PyInt {
  let l = 1n;
  for (const x of xs) {
    const b = big(x);
    if (b === 0n) return 0;
    l = (l * (b < 0n ? -b : b)) / bgcd(l, b);
  }
  return norm(l);
}
export function isqrt(n: PyInt): PyInt {
  if (n < 0) throw new LibError("ValueError", "isqrt() argument must be nonnegative");
  if (typeof n === "number") {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  // a float estimate while n fits a double; past 2**1024 one from its bit length (Number(n) is Infinity)
  const bits = n.toString(2).length;
  let x = bits <= 1000 ? BigInt(Math.floor(Math.sqrt(Number(n)))) : 1n << BigInt((bits + 1) >> 1);
  if (x === 0n) x = 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) { if (x * x <= n && (x + 1n) * (x + 1n) > n) break; }
    if (y === x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return norm(x);
}
export function comb(n: PyInt, k: PyInt): PyInt {
  if (n < 0) throw new LibError("ValueError", "n must be a non-negative integer");
  if (k < 0) throw new LibError("ValueError", "k must be a non-negative integer");
  let N = big(n), K = big(k);
  if (K > N) return 0;
  if (N - K < K) K = N - K;
  let r = 1n;
  for (let i = 1n; i <= K; i++) r = (r * (N - K + i)) / i;
  return norm(r);
}
export function perm(n: PyInt, k: PyInt | null = null): PyInt {
  if (k === null) return factorial(n);
  if (n < 0) throw new LibError("ValueError", "n must be a non-negative integer");
  if (k < 0) throw new LibError("ValueError", "k must be a non-negative integer");
  const N = big(n), K = big(k);
  if (K > N) return 0;
  let r = 1n;
  for (let i = 0n; i < K; i++) r *= N - i;
  return norm(r);
}

export function floor(x: number): PyInt { return intFromFloat(Math.floor(x)); }
export function ceil(x: number): PyInt { return intFromFloat(Math.ceil(x)); }
export function trunc(x: number): PyInt { return intFromFloat(Math.trunc(x)); }

/** math.fsum: exact sum (Shewchuk / CPython msum), correctly rounded. */
export function fsum(xs: Iterable<number>): number {
  const partials: number[] = [];
  let specialSum = 0, infSum = 0;
  for (let x of xs) {
    const xsave = x;
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new LibError("OverflowError", "intermediate overflow in fsum");
        if (Number.isNaN(xsave)) specialSum += xsave; else { infSum += xsave; specialSum += xsave; }
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new LibError("ValueError", "-inf + inf in fsum");
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

export function isclose(a: number, b: number, relTol = 1e-9, absTol = 0): boolean {
  if (relTol < 0 || absTol < 0) throw new LibError("ValueError", "tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

/** Natural log of an int or float, exact enough for huge ints (CPython's loghelper). */
function lnOf(x: PyInt | number, f: (v: number) => number, isInt: boolean): number {
  if (isInt || typeof x === "bigint") {
    const b = big(x as PyInt);
    if (b <= 0n) throw domain();
    const d = Number(b);
    if (Number.isFinite(d)) return f(d);
    // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e*log(2)
    const bits = b.toString(2).length;
    const m = Number(b >> BigInt(bits - 60)) / 2 ** 60;
    return f(m) + bits * f(2);
  }
  const v = x as number;
  if (Number.isNaN(v)) return v;
  if (v <= 0) throw domain();
  return f(v);
}
/** math.log(x[, base]); isInt tells whether x (a number) is a Python int. */
export function log(x: PyInt | number, base: PyInt | number | null = null, xIsInt = false, baseIsInt = false): number {
  const num = lnOf(x, crLog, xIsInt);
  if (base === null) return num;
  const den = lnOf(base, crLog, baseIsInt);
  if (den === 0) throw new LibError("ZeroDivisionError", "float division by zero");
  return num / den;
}
export function log2(x: PyInt | number, isInt = false): number { return lnOf(x, Math.log2, isInt); }
export function log10(x: PyInt | number, isInt = false): number { return lnOf(x, Math.log10, isInt); }
export function log1p(x: number): number {
  if (x <= -1) throw domain();
  return Math.log1p(x);
}
export function sqrt(x: number): number {
  if (x < 0) throw domain();
  return Math.sqrt(x);
}
export function exp(x: number): number {
  const r = crExp(x);
  if (r === Infinity && Number.isFinite(x)) throw range();
  return r;
}

/** math.pow with C99 special cases and CPython's errors. */
export function pow(x: number, y: number): number {
  if (Number.isNaN(x)) return y === 0 ? 1 : x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (x === 1 || y === 0) return 1;
  if (x === -1 && !Number.isFinite(y)) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x ** y;
  if (x === 0 && y < 0) throw domain();
  if (x < 0 && !Number.isInteger(y)) throw domain();
  const r = crPow(x, y);
  if (!Number.isFinite(r)) throw range();
  return r;
}

/** One-argument functions: NaN from a non-NaN input is a domain error; an infinite result
 *  from a finite input is a range error for exp-like functions, else a domain error. */
const UNARY: Record<string, [(x: number) => number, boolean]> = {
  sin: [crSin, false], cos: [crCos, false], tan: [crTan, false],
  asin: [Math.asin, false], acos: [Math.acos, false], atan: [Math.atan, false],
  sinh: [Math.sinh, true], cosh: [Math.cosh, true], tanh: [Math.tanh, false],
  asinh: [Math.asinh, false], acosh: [Math.acosh, false], atanh: [Math.atanh, false],
  exp: [crExp, true], expm1: [Math.expm1, true], exp2: [(x) => 2 ** x, true],
  cbrt: [Math.cbrt, false], fabs: [Math.abs, false],
};
export function mathUnary(name: string, x: number): number {
  const entry = UNARY[name];
  if (!entry) throw new Error(`mathUnary: unknown function ${name}`);
  const [fn, canOverflow] = entry;
  if ((name === "sin" || name === "cos" || name === "tan") && !Number.isFinite(x) && !Number.isNaN(x)) throw domain();
  const r = fn(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? range() : domain();
  return r;
}

export function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}
export function fmod(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || y === 0) throw domain();
  return x % y;
}
export function modf(x: number): [number, number] {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? [x, x] : [copysign(0, x), x];
  const i = Math.trunc(x);
  return [copysign(x - i, x), i];
}
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const [m, e] = floatToRatio(Math.abs(x));
  const bits = m.toString(2).length;
  const mant = Number(m) / 2 ** bits;
  return [x < 0 ? -mant : mant, e + bits];
}
export function ldexp(x: number, i: PyInt): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (i > 10000) throw range();
  if (i < -10000) return copysign(0, x);
  let r = x, n = Number(i);
  while (n > 1000) { r *= 2 ** 1000; n -= 1000; }
  while (n < -1000) { r *= 2 ** -1000; n += 1000; }
  // Split the last step so subnormal results round once.
  if (n < -1000 + 53) { r *= 2 ** (n + 53); r *= 2 ** -53; } else r *= 2 ** n;
  if (!Number.isFinite(r)) throw range();
  return r;
}
export function hypot(...xs: number[]): number {
  let anyNan = false;
  for (const x of xs) {
    if (x === Infinity || x === -Infinity) return Infinity;
    if (Number.isNaN(x)) anyNan = true;
  }
  if (anyNan) return NaN;
  return exactNorm(xs);
}

/** sqrt(sum of squares), correctly rounded, computed exactly with BigInt (CPython 3.11's
 *  vector_norm is correctly rounded in all but vanishingly rare cases). */
function exactNorm(xs: readonly number[]): number {
  const parts = xs.filter((x) => x !== 0).map((x) => floatToRatio(Math.abs(x)));
  if (parts.length === 0) return 0;
  const emin = Math.min(...parts.map(([, e]) => e));
  let S = 0n;
  for (const [m, e] of parts) S += (m * m) << BigInt(2 * (e - emin));
  // sqrt(S) * 2^emin; scale S by 4^k so the integer root has at least 55 bits.
  const k = Math.max(0, 56 - Math.floor(S.toString(2).length / 2));
  const T = S << BigInt(2 * k);
  let q = big(isqrt(norm(T)));
  if (q * q !== T) q |= 1n;
  return ldexpRaw(Number(q), emin - k);
}
export function dist(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) throw new LibError("ValueError", "both points must have the same number of dimensions");
  return hypot(...p.map((v, i) => v - q[i]));
}
export function degrees(x: number): number { return x * (180 / Math.PI); }
export function radians(x: number): number { return x * (Math.PI / 180); }
export function isfinite(x: number): boolean { return Number.isFinite(x); }
export function isinf(x: number): boolean { return x === Infinity || x === -Infinity; }
export function isnan(x: number): boolean { return Number.isNaN(x); }

/** math.prod over ints (exact); float products are plain multiplication by the caller. */
export function prodInts(xs: Iterable<PyInt>, start: PyInt = 1): PyInt {
  let r = big(start);
  for (const x of xs) r *= big(x);
  return norm(r);
}
