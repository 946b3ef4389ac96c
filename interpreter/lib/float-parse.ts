// float(str): CPython's accepted syntax (surrounding whitespace, sign, single underscores between
// digits, Unicode decimal digits, inf/infinity/nan in any case) with correctly rounded results.
import { LibError } from "./lib-error.js";
import { strRepr, PY_WHITESPACE } from "./str-methods.js";

const WS = `[${PY_WHITESPACE}]`;
const TRIM = new RegExp(`^${WS}+|${WS}+$`, "g");
const DIGITS = String.raw`\d(?:_?\d)*`;
const DECIMAL = new RegExp(String.raw`^(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);

function toAsciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (c) => {
    if (c >= "0" && c <= "9") return c;
    let cp = c.codePointAt(0)!, k = 0;
    while (k < 10 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) { cp--; k++; }
    return String(k % 10);
  });
}

/** float(s) for a str argument. */
export function floatFromString(s: string): number {
  let t = toAsciiDigits(s.replace(TRIM, ""));
  let sign = 1;
  if (t[0] === "+" || t[0] === "-") { sign = t[0] === "-" ? -1 : 1; t = t.slice(1); }
  const low = t.toLowerCase();
  if (low === "inf" || low === "infinity") return sign * Infinity;
  if (low === "nan") return NaN;
  if (!DECIMAL.test(t)) throw new LibError("ValueError", `could not convert string to float: ${strRepr(s)}`);
  return sign * Number(t.replace(/_/g, ""));
}
