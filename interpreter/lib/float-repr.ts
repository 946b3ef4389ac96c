// Text of a float: repr()/str() (shortest round-tripping digits, CPython's switch to exponent
// form), and the correctly rounded digit strings behind format types e, f, g, % and 'r'.
// Rounding is done on the exact binary value with BigInt, ties to even, like CPython's dtoa.
import { floatToRatio, divRoundHalfEven } from "./int-ops.js";

/** repr(x) / str(x) for a float. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  return sign + shortestBody(Math.abs(x), true);
}

/** Shortest digits of |x| (x finite, >= 0) as [digits, E] with value = d.ddd × 10^E. */
export function shortestDigits(ax: number): [string, number] {
  if (ax === 0) return ["0", 0];
  const s = ax.toExponential();
  const k = s.indexOf("e");
  return [s.slice(0, k).replace(".", ""), Number(s.slice(k + 1))];
}

function expSuffix(e: number, upper = false): string {
  const a = Math.abs(e);
  return (upper ? "E" : "e") + (e < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
}

/** Place digits d1d2d3... (value d1.d2d3 × 10^E) in fixed notation. */
function placeFixed(digits: string, E: number): string {
  if (E < 0) return "0." + "0".repeat(-E - 1) + digits;
  if (digits.length <= E + 1) return digits + "0".repeat(E + 1 - digits.length);
  return digits.slice(0, E + 1) + "." + digits.slice(E + 1);
}

/** repr body of |x|; addDot0 appends ".0" to integral fixed output. */
function shortestBody(ax: number, addDot0: boolean): string {
  const [digits, E] = shortestDigits(ax);
  if (E < -4 || E >= 16) {
    return (digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits) + expSuffix(E);
  }
  const f = placeFixed(digits, E);
  return addDot0 && !f.includes(".") ? f + ".0" : f;
}

/** round(|x| × 10^prec) to an integer, ties to even (x finite, >= 0). */
function scaledRound(ax: number, scale: number): bigint {
  const [m, e] = floatToRatio(ax);
  let N = m, D = 1n;
  if (e >= 0) N <<= BigInt(e); else D <<= BigInt(-e);
  if (scale >= 0) N *= 10n ** BigInt(scale); else D *= 10n ** BigInt(-scale);
  return divRoundHalfEven(N, D);
}

/** |x| rounded to p significant digits: [digits (length p), E] with value d.ddd × 10^E. */
export function roundSig(ax: number, p: number): [string, number] {
  if (ax === 0) return ["0".repeat(p), 0];
  let E = Math.floor(Math.log10(ax));
  for (;;) {
    const n = scaledRound(ax, p - 1 - E);
    const s = n.toString();
    if (s.length > p) { E++; continue; }
    if (s.length < p) { E--; continue; }
    if (s === "1" + "0".repeat(p - 1)) {
      // A value just below 10^E may have rounded up to exactly 10^(p-1) under a too-high estimate.
      const s2 = scaledRound(ax, p - E).toString();
      if (s2.length === p) return [s2, E - 1];
    }
    return [s, E];
  }
}

/** |x| with exactly prec digits after the point, correctly rounded ('f'). */
export function fixedBody(ax: number, prec: number, alt = false): string {
  // JavaScript's toFixed rounds the exact value to the nearest too, but a tie upwards where CPython rounds
  // it to even. y is |x| * 10^prec within 2^-13 (below 2^40), so a tie's fraction is within that of 0.5:
  // far from 0.5 there is none, and toFixed (~5x faster than the exact division below) says the same.
  if (prec <= 20) {
    const y = ax * 10 ** prec;
    if (y < 2 ** 40) {
      const fraction = y - Math.floor(y);
      if (fraction < 0.49 || fraction > 0.51) {
        const s = ax.toFixed(prec);
        return prec === 0 && alt ? s + "." : s;
      }
    }
  }
  const s = scaledRound(ax, prec).toString().padStart(prec + 1, "0");
  const ip = s.slice(0, s.length - prec);
  return prec > 0 ? ip + "." + s.slice(s.length - prec) : alt ? ip + "." : ip;
}

/** |x| as d.ddd e±XX with prec digits after the point ('e'). */
export function expBody(ax: number, prec: number, alt = false, upper = false): string {
  const [d, E] = roundSig(ax, prec + 1);
  const mant = d.length > 1 ? d[0] + "." + d.slice(1) : alt ? d + "." : d;
  return mant + expSuffix(E, upper);
}

function stripZeros(s: string): string {
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** 'g' body of |x|. addDot0: the type-less-with-precision variant (keeps a ".0", switches to
 *  exponent form one digit earlier). */
export function generalBody(ax: number, prec: number, alt = false, upper = false, addDot0 = false): string {
  const p = prec === 0 ? 1 : prec;
  const [d, E] = roundSig(ax, p);
  const useExp = E < -4 || E >= (addDot0 ? p - 1 : p);
  if (useExp) {
    let mant = d.length > 1 ? d[0] + "." + d.slice(1) : alt ? d + "." : d;
    if (!alt) mant = stripZeros(mant);
    return mant + expSuffix(E, upper);
  }
  let f = placeFixed(d, E);
  if (alt) {
    if (!f.includes(".")) f += ".";
  } else {
    f = stripZeros(f);
  }
  if (addDot0 && !f.includes(".")) f += ".0";
  else if (addDot0 && f.endsWith(".")) f += "0";
  return f;
}

export type FloatType = "e" | "E" | "f" | "F" | "g" | "G" | "%" | "n" | "" | "r";

/** The unsigned text of |x| for a format type ('' = str()-like, 'r' = repr); inf/nan included. */
export function floatBody(x: number, type: FloatType, precision: number | null, alt = false): string {
  const upper = type === "E" || type === "F" || type === "G";
  const ax = Math.abs(x);
  if (!Number.isFinite(ax)) {
    const t = Number.isNaN(ax) ? "nan" : "inf";
    return (upper ? t.toUpperCase() : t) + (type === "%" ? "%" : "");
  }
  switch (type) {
    case "e": case "E": return expBody(ax, precision ?? 6, alt, upper);
    case "f": case "F": return fixedBody(ax, precision ?? 6, alt);
    case "%": {
      const v = ax * 100;
      return (Number.isFinite(v) ? fixedBody(v, precision ?? 6, alt) : "inf") + "%";
    }
    case "g": case "G": case "n": return generalBody(ax, precision ?? 6, alt, upper);
    case "": case "r":
      if (precision === null) {
        return shortestBody(ax, true);
      }
      return generalBody(ax, precision, alt, false, true);
  }
}
