// printf-style formatting, `fmt % values`, ported from CPython's PyUnicode_Format: mapping keys,
// flags - + space # 0, width/precision (with *), codes s r a d i u o x X e E f F g G c %, and the
// same argument-consumption rules and TypeError/ValueError messages.
import { LibError } from "./lib-error.js";
import { floatBody } from "./float-repr.js";
import { intFromFloat, intToDecimal, type PyInt } from "./int-ops.js";

export interface PercentCallbacks {
  /** The items when `v` is a tuple, else null. */
  tupleItems(v: unknown): readonly unknown[] | null;
  /** True when `v` supports `[]` lookup and is neither a tuple nor a str (CPython's test). */
  isMapping(v: unknown): boolean;
  getItem(mapping: unknown, key: string): unknown;
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
  typeName(v: unknown): string;
  /** An int for int, bool and __index__ objects; null otherwise. */
  toIndex(v: unknown): PyInt | null;
  /** A float for float, int and __float__ objects; null otherwise (int() semantics for %d). */
  toFloat(v: unknown): number | null;
}

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

function typeErr(msg: string): LibError {
  return new LibError("TypeError", msg);
}

/** fmt % rhs */
export function percentFormat(fmt: string, rhs: unknown, cbs: PercentCallbacks): string {
  const items = cbs.tupleItems(rhs);
  let args: unknown = rhs;
  let arglen = items ? items.length : -1;
  let argidx = items ? 0 : -2;
  let argItems = items;
  const dict = !items && typeof rhs !== "string" && cbs.isMapping(rhs) ? rhs : null;

  const nextArg = (): unknown => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? args : argItems![i];
    }
    throw typeErr("not enough arguments for format string");
  };
  const intArg = (): number => {
    const v = nextArg();
    const n = typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" ? v : null;
    if (n === null) throw typeErr("* wants int");
    return Number(n);
  };

  let out = "";
  let p = 0;
  const n = fmt.length;
  while (p < n) {
    const q = fmt.indexOf("%", p);
    if (q < 0) { out += fmt.slice(p); break; }
    out += fmt.slice(p, q);
    p = q + 1;
    if (p >= n) throw new LibError("ValueError", "incomplete format");
    if (fmt[p] === "%") { out += "%"; p++; continue; }

    if (fmt[p] === "(") {
      if (dict === null) throw typeErr("format requires a mapping");
      let depth = 1;
      const ks = ++p;
      while (p < n && depth > 0) {
        if (fmt[p] === "(") depth++;
        else if (fmt[p] === ")") depth--;
        p++;
      }
      if (depth > 0) throw new LibError("ValueError", "incomplete format key");
      const key = fmt.slice(ks, p - 1);
      args = cbs.getItem(dict, key);
      argItems = null;
      arglen = -1;
      argidx = -2;
    }
    let flags = 0;
    for (; p < n; p++) {
      const c = fmt[p];
      if (c === "-") flags |= F_LJUST;
      else if (c === "+") flags |= F_SIGN;
      else if (c === " ") flags |= F_BLANK;
      else if (c === "#") flags |= F_ALT;
      else if (c === "0") flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (fmt[p] === "*") {
      width = intArg();
      if (width < 0) { flags |= F_LJUST; width = -width; }
      p++;
    } else {
      while (p < n && fmt[p] >= "0" && fmt[p] <= "9") width = Math.max(width, 0) * 10 + (fmt.charCodeAt(p++) - 48);
    }
    let prec = -1;
    if (fmt[p] === ".") {
      p++;
      if (fmt[p] === "*") {
        prec = intArg();
        if (prec < 0) prec = 0;
        p++;
      } else {
        prec = 0;
        while (p < n && fmt[p] >= "0" && fmt[p] <= "9") prec = prec * 10 + (fmt.charCodeAt(p++) - 48);
      }
    }
    if (p >= n) throw new LibError("ValueError", "incomplete format");
    const typeIdx = p;
    const ch = String.fromCodePoint(fmt.codePointAt(p)!);
    p += ch.length;

    const v = nextArg();
    let body: string;
    let numeric = true;
    let prefixLen = 0; // sign and 0x-style prefix before which zero padding goes
    switch (ch) {
      case "s": case "r": case "a": {
        numeric = false;
        body = ch === "s" ? (typeof v === "string" ? v : cbs.str(v)) : ch === "r" ? cbs.repr(v) : cbs.ascii(v);
        if (prec >= 0) {
          const cps = [...body];
          if (cps.length > prec) body = cps.slice(0, prec).join("");
        }
        break;
      }
      case "d": case "i": case "u": case "o": case "x": case "X": {
        let iv: PyInt | null = typeof v === "boolean" ? (v ? 1 : 0) : typeof v === "number" || typeof v === "bigint" ? v : cbs.toIndex(v);
        if (iv === null) {
          const fv = ch === "d" || ch === "i" || ch === "u" ? cbs.toFloat(v) : null;
          if (fv === null) {
            const what = ch === "o" || ch === "x" || ch === "X" ? "an integer" : "a real number";
            throw typeErr(`%${ch} format: ${what} is required, not ${cbs.typeName(v)}`);
          }
          iv = intFromFloat(fv);
        }
        const neg = iv < 0;
        const a = neg ? (typeof iv === "bigint" ? -iv : -iv) : iv;
        let digits = ch === "o" ? a.toString(8) : ch === "x" ? a.toString(16) : ch === "X" ? a.toString(16).toUpperCase() : intToDecimal(a);
        if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
        const prefix = flags & F_ALT && ch !== "d" && ch !== "i" && ch !== "u" ? (ch === "o" ? "0o" : ch === "x" ? "0x" : "0X") : "";
        const sign = neg ? "-" : flags & F_SIGN ? "+" : flags & F_BLANK ? " " : "";
        body = sign + prefix + digits;
        prefixLen = sign.length + prefix.length;
        break;
      }
      case "e": case "E": case "f": case "F": case "g": case "G": {
        const fv = typeof v === "boolean" ? (v ? 1 : 0) : typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : cbs.toFloat(v);
        if (fv === null) throw typeErr(`must be real number, not ${cbs.typeName(v)}`);
        if (typeof v === "bigint" && !Number.isFinite(fv)) throw new LibError("OverflowError", "int too large to convert to float");
        const digits = floatBody(fv, ch, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0);
        const neg = fv < 0 || Object.is(fv, -0);
        const sign = neg ? "-" : flags & F_SIGN ? "+" : flags & F_BLANK ? " " : "";
        body = sign + digits;
        prefixLen = sign.length;
        break;
      }
      case "c": {
        numeric = false;
        if (typeof v === "string") {
          if ([...v].length !== 1) throw typeErr("%c requires int or char");
          body = v;
        } else {
          const iv = typeof v === "boolean" ? (v ? 1 : 0) : typeof v === "number" || typeof v === "bigint" ? v : cbs.toIndex(v);
          if (iv === null) throw typeErr("%c requires int or char");
          if (iv < 0 || iv > 0x10ffff) throw new LibError("OverflowError", "%c arg not in range(0x110000)");
          body = String.fromCodePoint(Number(iv));
        }
        break;
      }
      default: {
        const cp = ch.codePointAt(0)!;
        const shown = cp >= 32 && cp < 127 ? ch : "?";
        throw new LibError("ValueError", `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${typeIdx}`);
      }
    }
    const len = [...body].length;
    if (width > len) {
      const padN = width - len;
      if (flags & F_LJUST) body += " ".repeat(padN);
      else if (numeric && flags & F_ZERO) body = body.slice(0, prefixLen) + "0".repeat(padN) + body.slice(prefixLen);
      else body = " ".repeat(padN) + body;
    }
    out += body;
  }
  if (argidx < arglen && dict === null) throw typeErr("not all arguments converted during string formatting");
  return out;
}
