// math.erf/erfc (the method of the fdlibm/glibc 2.36 libm that CPython 3.11 calls, with its grouping of
// the polynomial terms so results agree to the bit), math.gamma/lgamma (CPython 3.11's own Lanczos
// m_tgamma/m_lgamma), and the IEEE helpers remainder, nextafter and ulp.
import { LibError } from "./lib-error.js";
import { crExp, crLog, crPow, crSin, crCos } from "./cr-math.js";

const domain = (): LibError => new LibError("ValueError", "math domain error");
const range = (): LibError => new LibError("OverflowError", "math range error");

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const u64 = new BigUint64Array(f64.buffer);
/** The high 32 bits of x's IEEE representation (little-endian host). */
function highWord(x: number): number { f64[0] = x; return u32[1] | 0; }
/** x with its low 32 bits cleared. */
function clearLow(x: number): number { f64[0] = x; u32[0] = 0; return f64[0]; }

const efx = 1.28379167095512586316e-01, erx = 8.45062911510467529297e-01, tiny = 1e-300;
const pp = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const qq = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const pa = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const qa = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const ra = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const sa = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const rb = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const sb = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** erf(x)-x over x for |x| < 0.84375: P/Q in z = x*x. */
function smallRatio(z: number): number {
  const z2 = z * z, z4 = z2 * z2;
  const r = pp[0] + z * pp[1] + z2 * (pp[2] + z * pp[3]) + z4 * pp[4];
  const s = 1 + z * qq[1] + z2 * (qq[2] + z * qq[3]) + z4 * (qq[4] + z * qq[5]);
  return r / s;
}
/** P/Q in s = |x|-1 for 0.84375 <= |x| < 1.25. */
function midRatio(s: number): number {
  const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  const p = pa[0] + s * pa[1] + s2 * (pa[2] + s * pa[3]) + s4 * (pa[4] + s * pa[5]) + s6 * pa[6];
  const q = 1 + s * qa[1] + s2 * (qa[2] + s * qa[3]) + s4 * (qa[4] + s * qa[5]) + s6 * qa[6];
  return p / q;
}
/** exp(-x*x-0.5625+R/S)/x for 1.25 <= x < 28; `ix` the high word of x (selects the interval). */
function tail(x: number, ix: number, cut: number): number {
  const s = 1 / (x * x), s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  let R: number, S: number;
  if (ix < cut) {
    const s8 = s4 * s4;
    R = ra[0] + s * ra[1] + s2 * (ra[2] + s * ra[3]) + s4 * (ra[4] + s * ra[5]) + s6 * (ra[6] + s * ra[7]);
    S = 1 + s * sa[1] + s2 * (sa[2] + s * sa[3]) + s4 * (sa[4] + s * sa[5]) + s6 * (sa[6] + s * sa[7]) + s8 * sa[8];
  } else {
    R = rb[0] + s * rb[1] + s2 * (rb[2] + s * rb[3]) + s4 * (rb[4] + s * rb[5]) + s6 * rb[6];
    S = 1 + s * sb[1] + s2 * (sb[2] + s * sb[3]) + s4 * (sb[4] + s * sb[5]) + s6 * (sb[6] + s * sb[7]);
  }
  const z = clearLow(x);
  return (crExp(-z * z - 0.5625) * crExp((z - x) * (z + x) + R / S)) / x;
}

export function erf(x: number): number {
  const hx = highWord(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return ix < 0x00800000 ? 0.0625 * (16.0 * x + (16.0 * efx) * x) : x + efx * x;
    return x + x * smallRatio(x * x);
  }
  if (ix < 0x3ff40000) return hx >= 0 ? erx + midRatio(Math.abs(x) - 1) : -erx - midRatio(Math.abs(x) - 1);
  if (ix >= 0x40180000) return hx >= 0 ? 1 - tiny : tiny - 1;
  const r = tail(Math.abs(x), ix, 0x4006db6e);
  return hx >= 0 ? 1 - r : r - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallRatio(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const q = midRatio(Math.abs(x) - 1);
    return hx >= 0 ? (1 - erx) - q : 1 + (erx + q);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - tiny;
    const r = tail(Math.abs(x), ix, 0x4006db6d);
    return hx > 0 ? r : 2 - r;
  }
  return hx > 0 ? 0 : 2 - tiny;
}

// CPython 3.11 mathmodule.c: Lanczos approximation with g = 6.024680040776729583740234375, N = 13.
const lanczosG = 6.024680040776729583740234375, lanczosGMinusHalf = 5.524680040776729583740234375;
const lanczosNum = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const lanczosDen = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const logPi = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) { num = num * x + lanczosNum[i]; den = den * x + lanczosDen[i]; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + lanczosNum[i]; den = den / x + lanczosDen[i]; }
  }
  return num / den;
}
/** sin(pi*x), exact at the integers and half-integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2, n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(Math.PI * y); break;
    case 1: r = crCos(Math.PI * (y - 0.5)); break;
    case 2: r = crSin(Math.PI * (1 - y)); break;
    case 3: r = -crCos(Math.PI * (y - 1.5)); break;
    default: r = crSin(Math.PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw domain();
  }
  if (x === 0) throw domain();
  if (x === Math.floor(x)) {
    if (x < 0) throw domain();
    if (x <= 23) { let f = 1; for (let i = 2; i < x; i++) f *= i; return f; }
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) throw range();
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    throw range();
  }
  const y = absx + lanczosGMinusHalf;
  let z: number;
  if (absx > lanczosGMinusHalf) z = (y - absx) - lanczosGMinusHalf;
  else z = (y - lanczosGMinusHalf) - absx;
  z = (z * lanczosG) / y;
  let r: number;
  if (x < 0) {
    r = (((-Math.PI / sinpi(absx)) / absx) * crExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= crPow(y, absx - 0.5);
    else { const sp = crPow(y, absx / 2 - 0.25); r /= sp; r /= sp; }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140) r *= crPow(y, absx - 0.5);
    else { const sp = crPow(y, absx / 2 - 0.25); r *= sp; r *= sp; }
  }
  if (!Number.isFinite(r)) throw range();
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domain();
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -crLog(absx);
  let r = crLog(lanczosSum(absx)) - lanczosG;
  r += (absx - 0.5) * (crLog(absx + lanczosG - 0.5) - 1);
  if (x < 0) r = logPi - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r;
  if (!Number.isFinite(r)) throw range();
  return r;
}

/** IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even (CPython's m_remainder). */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) throw domain();
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy, c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) throw domain();
  return x;
}

/** The next float after x towards y (C99 nextafter). */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  f64[0] = x;
  if ((x < y) === (x > 0)) u64[0] += 1n; else u64[0] -= 1n;
  return f64[0];
}

/** The value of the least significant bit of x. */
export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}
