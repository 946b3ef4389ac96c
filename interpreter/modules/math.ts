// The math module over lib/math-ops (CPython's exact integer functions, domain/range errors, fsum).
// Float arguments accept int, bool, float and objects with __float__, with CPython's TypeError.
import { PyValue, PyFloat, typeOf } from "../objects/object.js";
import { registerModule, nativeFunction } from "../registry.js";
import { PyModule } from "../objects/module.js";
import { PyTuple } from "../objects/tuple.js";
import { typeError, toPyException, tn } from "../objects/exceptions.js";
import { arity, callBound, noKwargs, positional, kwargsOf } from "../protocol/call.js";
import { toArray } from "../protocol/iter.js";
import { binaryOp } from "../protocol/ops.js";
import * as M from "../lib/math-ops.js";
import * as S from "../lib/math-special.js";
import * as I from "../lib/int-ops.js";
import { indexValue } from "../objects/args.js";

function lib<T>(f: () => T): T {
  try { return f(); } catch (e) { throw toPyException(e); }
}
function num(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return +v;
  if (typeof v === "bigint") return lib(() => I.intToFloat(v));
  const f = typeOf(v).lookup("__float__");
  if (f != null) {
    const r = callBound(f, v, []);
    if (r instanceof PyFloat) return r.value;
  }
  const ix = typeOf(v).lookup("__index__");
  if (ix != null) return num(callBound(ix, v, []));
  throw typeError(`must be real number, not ${tn(v)}`);
}
function intArg(fname: string, v: PyValue): number | bigint {
  const i = indexValue(v);
  if (i === null) throw typeError(`'${tn(v)}' object cannot be interpreted as an integer`);
  return i;
}
const F = (x: number) => new PyFloat(x);
const isIntVal = (v: PyValue) => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";

function mathModule(): PyModule {
  const m = new PyModule("math");
  const d = m.globals;
  const def = (name: string, fn: (args: PyValue[]) => PyValue, min: number, max = min) =>
    d.setStr(name, nativeFunction(name, (args, kw) => { noKwargs(name, kw); arity(name, args, min, max); return lib(() => fn(args)); }));
  d.setStr("pi", F(M.pi)); d.setStr("e", F(M.e)); d.setStr("tau", F(M.tau));
  d.setStr("inf", F(Infinity)); d.setStr("nan", F(NaN));
  for (const name of ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "expm1", "fabs", "cbrt", "exp2"]) {
    def(name, ([x]) => F(M.mathUnary(name, num(x))), 1);
  }
  def("exp", ([x]) => F(M.exp(num(x))), 1);
  def("sqrt", ([x]) => F(M.sqrt(num(x))), 1);
  def("log1p", ([x]) => F(M.log1p(num(x))), 1);
  def("log", (a) => {
    const x = a[0], b = a.length > 1 ? a[1] : null;
    return F(M.log(isIntVal(x) ? (indexValue(x) as number | bigint) : num(x), b === null ? null : isIntVal(b) ? (indexValue(b) as number | bigint) : num(b), isIntVal(x), b !== null && isIntVal(b)));
  }, 1, 2);
  def("log2", ([x]) => F(M.log2(isIntVal(x) ? (indexValue(x) as number | bigint) : num(x), isIntVal(x))), 1);
  def("log10", ([x]) => F(M.log10(isIntVal(x) ? (indexValue(x) as number | bigint) : num(x), isIntVal(x))), 1);
  def("pow", ([x, y]) => F(M.pow(num(x), num(y))), 2);
  def("atan2", ([y, x]) => F(Math.atan2(num(y), num(x))), 2);
  def("copysign", ([x, y]) => F(M.copysign(num(x), num(y))), 2);
  def("fmod", ([x, y]) => F(M.fmod(num(x), num(y))), 2);
  def("modf", ([x]) => { const [a, b] = M.modf(num(x)); return new PyTuple([F(a), F(b)]); }, 1);
  def("frexp", ([x]) => { const [a, b] = M.frexp(num(x)); return new PyTuple([F(a), b]); }, 1);
  def("ldexp", ([x, i]) => F(M.ldexp(num(x), intArg("ldexp", i))), 2);
  def("erf", ([x]) => F(S.erf(num(x))), 1);
  def("erfc", ([x]) => F(S.erfc(num(x))), 1);
  def("gamma", ([x]) => F(S.gamma(num(x))), 1);
  def("lgamma", ([x]) => F(S.lgamma(num(x))), 1);
  def("remainder", ([x, y]) => F(S.remainder(num(x), num(y))), 2);
  def("ulp", ([x]) => F(S.ulp(num(x))), 1);
  def("nextafter", ([x, y]) => F(S.nextafter(num(x), num(y))), 2);
  def("degrees", ([x]) => F(M.degrees(num(x))), 1);
  def("radians", ([x]) => F(M.radians(num(x))), 1);
  def("isfinite", ([x]) => M.isfinite(num(x)), 1);
  def("isinf", ([x]) => M.isinf(num(x)), 1);
  def("isnan", ([x]) => M.isnan(num(x)), 1);
  const rounder = (name: "floor" | "ceil" | "trunc") => def(name, ([x]) => {
    if (isIntVal(x)) return indexValue(x)!;
    if (!(x instanceof PyFloat)) {
      const f = typeOf(x).lookup(`__${name}__`);
      if (f != null) return callBound(f, x, []);
      // (trunc has no float fallback in CPython)
      if (name === "trunc") throw typeError(`type ${tn(x)} doesn't define __trunc__ method`);
    }
    return M[name](num(x));
  }, 1);
  rounder("floor"); rounder("ceil"); rounder("trunc");
  def("factorial", ([x]) => {
    if (x instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
    return M.factorial(intArg("factorial", x));
  }, 1);
  def("isqrt", ([x]) => M.isqrt(intArg("isqrt", x)), 1);
  def("comb", ([n, k]) => M.comb(intArg("comb", n), intArg("comb", k)), 2);
  def("perm", (a) => M.perm(intArg("perm", a[0]), a.length > 1 && a[1] !== null ? intArg("perm", a[1]) : null), 1, 2);
  d.setStr("gcd", nativeFunction("gcd", (args, kw) => { noKwargs("gcd", kw); return lib(() => M.gcd(...args.map((a) => intArg("gcd", a)))); }));
  d.setStr("lcm", nativeFunction("lcm", (args, kw) => { noKwargs("lcm", kw); return lib(() => M.lcm(...args.map((a) => intArg("lcm", a)))); }));
  d.setStr("hypot", nativeFunction("hypot", (args, kw) => { noKwargs("hypot", kw); return F(lib(() => M.hypot(...args.map(num)))); }));
  def("fsum", ([it]) => F(M.fsum(toArray(it).map(num))), 1);
  def("dist", ([p, q]) => F(M.dist(toArray(p).map(num), toArray(q).map(num))), 2);
  d.setStr("isclose", nativeFunction("isclose", (args, kw) => {
    const pos = positional(args, kw);
    if (pos.length !== 2) throw typeError(`isclose() takes exactly 2 positional arguments (${pos.length} given)`);
    const k = kwargsOf(args, kw);
    const rel = k.has("rel_tol") ? num(k.get("rel_tol")!) : 1e-9, abs = k.has("abs_tol") ? num(k.get("abs_tol")!) : 0;
    return lib(() => M.isclose(num(pos[0]), num(pos[1]), rel, abs));
  }));
  d.setStr("prod", nativeFunction("prod", (args, kw) => {
    const pos = positional(args, kw);
    arity("prod", pos, 1, 1);
    let acc: PyValue = kwargsOf(args, kw).get("start") ?? 1;
    for (const x of toArray(pos[0])) acc = binaryOp("*", acc, x);
    return acc;
  }));
  return m;
}
registerModule("math", mathModule);
