// exp, log, pow, sin and cos rounded as CPython's libm (glibc) rounds them: correctly, bar the rare
// near-halfway case. V8's Math.exp/log/pow are fdlibm's (< 1 ulp), so about one result in ten differs
// from CPython's in its last digit (`1.07 ** 3` printed 1.2250430000000003, CPython 1.225043).
// exp, log, sin and cos are table-driven and carry ~70 more bits than a double (scalar double-double
// steps, no allocation); their tables (cr-math-tables.ts) come from slower full double-double routines.

import { CR_TABLES as T } from "./cr-math-tables.js";

type DD = [number, number];

// ---- full double-double helpers (table set-up and the small-argument sin/cos) ----
function twoSum(a: number, b: number): DD {
  const s = a + b, bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}
/** a*b exactly as hi+lo (Dekker's product: JS has no fused multiply-add). */
function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ca = 134217729 * a, ah = ca - (ca - a), al = a - ah;
  const cb = 134217729 * b, bh = cb - (cb - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}
function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}
function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}
function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}
function ddDivD(a: DD, b: number): DD {
  const q1 = a[0] / b;
  const [p, e] = twoProd(q1, b);
  return quickTwoSum(q1, (((a[0] - p) - e) + a[1]) / b);
}

const LN2H = 0.6931471805599453, LN2L = 2.3190468138462996e-17;

/** exp(a) - 1 for |a| <= ln2/2 by its Taylor series raised through ten squarings (slow, ~1e-30). */
function slowExp(a: number): DD {
  const r: DD = [a / 1024, 0];
  let term: DD = r, sum: DD = r;
  for (let n = 2; n <= 9; n++) { term = ddDivD(ddMul(term, r), n); sum = ddAdd(sum, term); }
  for (let i = 0; i < 10; i++) sum = ddMul(sum, ddAdd([2, 0], sum));
  return ddAdd([1, 0], sum);
}
/** log(x) for x in [0.7, 1.5]: Newton's step y + x*exp(-y) - 1 from Math.log (slow, ~1e-30). */
function slowLog(x: number): DD {
  const y = Math.log(x);
  return ddAdd([y, 0], ddAdd(ddMulD(slowExp(-y), x), [-1, 0]));
}

// ---- tables ----
const N = 128;

/**
 * The tables the fast routines read, computed by the slow double-double routines above: 2**(j/128)
 * (j < 128); -log(128/i) of the double 128/i (90 <= i < 182); sin and cos of j/64 (j < 52); each as
 * hi + lo. cr-math-tables.ts holds them as literals (making them at run time cost ~10 ms cold);
 * test/lib/cr-math.test.ts checks the literals against this.
 */
export function computeTables(): Record<"TH" | "TL" | "LCH" | "LCL" | "SAH" | "SAL" | "CAH" | "CAL", number[]> {
  const t = { TH: [] as number[], TL: [] as number[], LCH: [] as number[], LCL: [] as number[], SAH: [] as number[], SAL: [] as number[], CAH: [] as number[], CAL: [] as number[] };
  for (let j = 0; j < N; j++) {
    // 2**(j/128) = exp(j/128 * ln2); j/128*ln2 <= ln2/2 only for j <= 64, else halve: 2 * 2**(j/128 - 1)
    const [ah, al] = ddMulD([LN2H, LN2L], j <= 64 ? j / N : j / N - 1);
    const m = ddMul(slowExp(ah), ddAdd([1, 0], [al, 0]));
    t.TH.push(j <= 64 ? m[0] : 2 * m[0]); t.TL.push(j <= 64 ? m[1] : 2 * m[1]);
  }
  for (let i = 90; i < 182; i++) {
    const l = i === N ? [0, 0] : slowLog(N / i);
    t.LCH.push(-l[0]); t.LCL.push(-l[1]);
  }
  for (let j = 0; j < 52; j++) {
    const sn = taylorTrig(j / 64, 0, true), cs = taylorTrig(j / 64, 0, false);
    t.SAH.push(sn[0]); t.SAL.push(sn[1]); t.CAH.push(cs[0]); t.CAL.push(cs[1]);
  }
  return t;
}
const TH = T.TH, TL = T.TL, SAH = T.SAH, SAL = T.SAL, CAH = T.CAH, CAL = T.CAL;
/** Indexed by i = round(128 f), f in [sqrt(1/2), sqrt(2)]: 128/i, and -log of that double (hi, lo). */
const INVC = new Float64Array(182), LCH = new Float64Array(182), LCL = new Float64Array(182);
for (let i = 90; i < 182; i++) { INVC[i] = N / i; LCH[i] = T.LCH[i - 90]; LCL[i] = T.LCL[i - 90]; }

// ---- the fast scalar routines; results in (oh, ol) ----
let oh = 0, ol = 0;
const SPLIT = 134217729;
const INV_L = N / LN2H, L1 = LN2H / N, L2 = LN2L / N;

/** exp(ah + al) = (oh + ol) * 2**(returned int), for |ah| < 746. */
function expCore(ah: number, al: number): number {
  const k = Math.round(ah * INV_L);
  const j = k & (N - 1), m = (k - j) / N;
  // k*L1 exactly as ph + pl
  const ph = k * L1;
  let c = SPLIT * k; const kh = c - (c - k), kl = k - kh;
  c = SPLIT * L1; const lh = c - (c - L1), ll = L1 - lh;
  const pl = ((kh * lh - ph) + kh * ll + kl * lh) + kl * ll;
  // r = ah + al - k*ln2/128 as rh + rl, |r| <= ln2/256
  const t = ah - ph, d = al - pl - k * L2;
  const rh = t + d, bb = rh - t, rl = (t - (rh - bb)) + (d - bb);
  // exp(r) - 1 = r + r*r/2 + r**3 * poly(r) as uh + ul
  const sh = rh * rh;
  c = SPLIT * rh; const hh = c - (c - rh), hl = rh - hh;
  const sl = ((hh * hh - sh) + 2 * hh * hl) + hl * hl;
  const a = sh * 0.5;
  const poly = sh * rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh / 40320)))));
  const uh0 = rh + a, b2 = uh0 - rh, e1 = (rh - (uh0 - b2)) + (a - b2);
  const ul = e1 + rl + sl * 0.5 + rh * rl + poly;
  const uh = uh0;
  // 2**(j/128) * (1 + u)
  const th = TH[j], tl = TL[j];
  const mh = th * uh;
  c = SPLIT * th; const xh = c - (c - th), xl = th - xh;
  c = SPLIT * uh; const yh = c - (c - uh), yl = uh - yh;
  const ml = ((xh * yh - mh) + xh * yl + xl * yh) + xl * yl;
  const lo = ml + th * ul + tl * uh + tl;
  const s = th + mh, b3 = s - th, e3 = (th - (s - b3)) + (mh - b3);
  const w = e3 + lo;
  oh = s + w; ol = w - (oh - s);
  return m;
}

/** (oh + ol) * 2**m as a double, rounding once even when the result is subnormal. */
function scaled(m: number): number {
  if (m >= -1020) {
    if (m > 1000) return (oh + ol) * 2 ** 1000 * 2 ** (m - 1000);
    return (oh + ol) * 2 ** m;
  }
  // In units of the smallest subnormal: round a + b to an integer without rounding a + b first.
  const a = oh * 2 ** (m + 1074), b = ol * 2 ** (m + 1074);
  if (a >= 2 ** 52) return (oh + ol) * 2 ** (m + 1074) * 2 ** -1074; // normal after all: exact scalings
  let n = (a + 2 ** 52) - 2 ** 52;
  const d = (a - n) + b;
  if (d > 0.5 || (d === 0.5 && n % 2 === 1)) n += 1;
  else if (d < -0.5 || (d === -0.5 && n % 2 === 1)) n -= 1;
  return n * 2 ** -1074;
}

const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);

/** log(x) for finite x > 0, as oh + ol. */
function logCore(x: number): void {
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 2 ** 54; e = -54; }
  f64[0] = x;
  const hi = u32[1];
  e += (hi >>> 20) - 1023;
  u32[1] = (hi & 0x000fffff) | 0x3ff00000;
  let f = f64[0];
  if (f > Math.SQRT2) { f *= 0.5; e += 1; }
  const i = Math.round(f * N), invc = INVC[i];
  // r = f*invc - 1 as rh + rl (f*invc within 0.6% of 1, so ph - 1 is exact)
  const ph = f * invc;
  let c = SPLIT * f; const fh = c - (c - f), fl = f - fh;
  c = SPLIT * invc; const ih = c - (c - invc), il = invc - ih;
  const pl = ((fh * ih - ph) + fh * il + fl * ih) + fl * il;
  const t = ph - 1;
  const rh = t + pl, bb = rh - t, rl = (t - (rh - bb)) + (pl - bb);
  // log1p(r) = r - r*r/2 + r**3 * poly(r)
  const sh = rh * rh;
  c = SPLIT * rh; const hh = c - (c - rh), hl = rh - hh;
  const sl = ((hh * hh - sh) + 2 * hh * hl) + hl * hl;
  const a = -sh * 0.5;
  const poly = sh * rh * (1 / 3 - rh * (1 / 4 - rh * (1 / 5 - rh * (1 / 6 - rh * (1 / 7 - rh * (1 / 8 - rh * (1 / 9 - rh / 10)))))));
  const s1 = rh + a, b1 = s1 - rh, e1 = (rh - (s1 - b1)) + (a - b1);
  const lo1 = e1 + rl - sl * 0.5 - rh * rl + poly;
  // e*ln2 + (-log invc) + log1p(r)
  const eh = e * LN2H;
  c = SPLIT * e; const gh = c - (c - e), gl = e - gh;
  c = SPLIT * LN2H; const nh = c - (c - LN2H), nl = LN2H - nh;
  const el = ((gh * nh - eh) + gh * nl + gl * nh) + gl * nl + e * LN2L;
  const lh = LCH[i];
  const t1 = eh + lh, b2 = t1 - eh, t2 = (eh - (t1 - b2)) + (lh - b2) + el + LCL[i];
  const u1 = t1 + s1, b3 = u1 - t1, u2 = (t1 - (u1 - b3)) + (s1 - b3) + t2 + lo1;
  oh = u1 + u2; ol = u2 - (oh - u1);
}

export function crExp(x: number): number {
  if (!(Math.abs(x) < 709)) {
    if (Number.isNaN(x)) return x;
    if (x > 709.782712893384) return Infinity;
    if (x < -745.1332191019412) return 0;
  }
  return scaled(expCore(x, 0));
}

export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  logCore(x);
  return oh;
}

/** C99 pow for doubles, correctly rounded (CPython's float ** float and math.pow call libm pow). */
export function crPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) return x === -1 ? 1 : x ** y;
  if (x === 0 || !Number.isFinite(x)) return x ** y;
  if (y === 1) return x;
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1) sign = -1;
    x = -x;
  }
  if (y === 2) return sign * (x * x);
  if (y === 0.5) return sign * Math.sqrt(x);
  logCore(x);
  // y * log(x) as ph + pl
  const lh = oh, ll = ol, ph = y * lh;
  let c = SPLIT * y; const yh = c - (c - y), yl = y - yh;
  c = SPLIT * lh; const hh = c - (c - lh), hl = lh - hh;
  const pl = ((yh * hh - ph) + yh * hl + yl * hh) + yl * hl + y * ll;
  if (ph > 709.79) return sign * Infinity;
  if (ph < -745.2) return sign * 0;
  return sign * scaled(expCore(ph, pl));
}

/** sin (odd) or cos of r = rh + rl, |r| <= pi/4, by its Taylor series in double-double (table set-up). */
function taylorTrig(rh: number, rl: number, odd: boolean): DD {
  const r2 = ddMul([rh, rl], [rh, rl]);
  let term: DD = odd ? [rh, rl] : [1, 0], sum: DD = term;
  for (let n = odd ? 2 : 1; n < 40; n += 2) {
    term = ddDivD(ddMul(term, r2), -(n * (n + 1)));
    sum = ddAdd(sum, term);
    if (Math.abs(term[0]) < 1e-36 * Math.abs(sum[0])) break;
  }
  return sum;
}
// pi/2 as three doubles
const P1 = 1.5707963267948966, P2 = 6.123233995736766e-17, P3 = -1.4973849048591698e-33;
/** sin and cos of t (|t| < 1e5) as (sh + sl, ch + cl); returns the quadrant k mod 4 of t = r + k*pi/2. */
let sh = 0, sl = 0, ch = 0, cl = 0;
function sinCosCore(t: number): number {
  const k = Math.round(t / P1);
  // r = t - k*P1 - k*P2 - k*P3 as rh + rl (k*P1 exact as a double-double)
  const p = k * P1;
  let c = SPLIT * k; const kh = c - (c - k), kl = k - kh;
  c = SPLIT * P1; const ph = c - (c - P1), pl = P1 - ph;
  const pe = ((kh * ph - p) + kh * pl + kl * ph) + kl * pl;
  const t0 = t - p; // exact: t and k*P1 are within a factor of two (or k = 0)
  const q = k * P2, qc = SPLIT * P2, qh = qc - (qc - P2), ql = P2 - qh;
  const qe = ((kh * qh - q) + kh * ql + kl * qh) + kl * ql;
  // near a multiple of pi/2 r is tiny, so every step is an exact two-sum
  const a0 = t0 - q, a0b = a0 - t0, a0e = (t0 - (a0 - a0b)) + (-q - a0b);
  const rh0 = a0 - pe, b0 = rh0 - a0, re0 = (a0 - (rh0 - b0)) + (-pe - b0) + a0e - qe - k * P3;
  const rh = rh0 + re0, rl = re0 - (rh - rh0);
  // r = a + b with a = j/64 from the tables, |b| <= 1/128
  const j = Math.round(rh * 64), aj = Math.abs(j);
  const bh = rh - j / 64, bl = rl;
  const b2 = bh * bh;
  // sin b = bh + sbl, cos b = 1 + cbh + cbl
  const sbl = bl - bh * b2 * (1 / 6 - b2 * (1 / 120 - b2 * (1 / 5040 - b2 / 362880)));
  c = SPLIT * bh; const xh = c - (c - bh), xl = bh - xh;
  const b2l = ((xh * xh - b2) + 2 * xh * xl) + xl * xl + 2 * bh * bl;
  const cbh = -0.5 * b2, cbl = -0.5 * b2l + b2 * b2 * (1 / 24 - b2 * (1 / 720 - b2 / 40320));
  const sah = j < 0 ? -SAH[aj] : SAH[aj], sal = j < 0 ? -SAL[aj] : SAL[aj], cah = CAH[aj], cal = CAL[aj];
  // sin r = Sa + Sa*(cos b - 1) + Ca*sin b;  cos r = Ca + Ca*(cos b - 1) - Sa*sin b
  c = SPLIT * sah; const sah1 = c - (c - sah), sah2 = sah - sah1;
  c = SPLIT * cah; const cah1 = c - (c - cah), cah2 = cah - cah1;
  c = SPLIT * cbh; const cb1 = c - (c - cbh), cb2 = cbh - cb1;
  const m1 = sah * cbh, m1e = ((sah1 * cb1 - m1) + sah1 * cb2 + sah2 * cb1) + sah2 * cb2;
  const m2 = cah * bh, m2e = ((cah1 * xh - m2) + cah1 * xl + cah2 * xh) + cah2 * xl;
  const m3 = cah * cbh, m3e = ((cah1 * cb1 - m3) + cah1 * cb2 + cah2 * cb1) + cah2 * cb2;
  const m4 = sah * bh, m4e = ((sah1 * xh - m4) + sah1 * xl + sah2 * xh) + sah2 * xl;
  // sin: sah + m2 + m1 + small
  let u = sah + m2, bb = u - sah, ue = (sah - (u - bb)) + (m2 - bb);
  let v = u + m1; bb = v - u; ue += (u - (v - bb)) + (m1 - bb);
  ue += sal + m1e + m2e + sah * cbl + sal * cbh + cah * sbl + cal * bh;
  sh = v + ue; sl = ue - (sh - v);
  // cos: cah - m4 + m3 + small
  u = cah - m4; bb = u - cah; ue = (cah - (u - bb)) + (-m4 - bb);
  v = u + m3; bb = v - u; ue += (u - (v - bb)) + (m3 - bb);
  ue += cal - m4e + m3e + cah * cbl + cal * cbh - sah * sbl - sal * bh;
  ch = v + ue; cl = ue - (ch - v);
  return ((k % 4) + 4) % 4;
}
export function crSin(t: number): number {
  if (!(Math.abs(t) < 1e5)) return Math.sin(t);
  if (t === 0) return t;
  const q = sinCosCore(t);
  return q === 0 ? sh : q === 1 ? ch : q === 2 ? -sh : -ch;
}
export function crCos(t: number): number {
  if (!(Math.abs(t) < 1e5)) return Math.cos(t);
  const q = sinCosCore(t);
  return q === 0 ? ch : q === 1 ? -sh : q === 2 ? -ch : sh;
}
export function crTan(t: number): number {
  if (!(Math.abs(t) < 1e5)) return Math.tan(t);
  if (t === 0) return t;
  const q = sinCosCore(t);
  // tan = sin/cos, or -cos/sin in the odd quadrants: one double-double division
  const odd = q % 2 === 1;
  const ah = odd ? -ch : sh, al = odd ? -cl : sl, bh = odd ? sh : ch, bl = odd ? sl : cl;
  const q1 = ah / bh;
  const [p, pe] = twoProd(q1, bh);
  return q1 + ((((ah - p) - pe) + al) - q1 * bl) / bh;
}
