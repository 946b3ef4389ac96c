// The random module over lib's CPython-exact Mersenne Twister: seed, random, randint, randrange,
// choice, shuffle, uniform, sample, choices, gauss, getrandbits and the common distributions
// (expovariate, triangular, normalvariate...). The module functions share one generator per worker
// (CPython's hidden Random instance); random.Random(seed) makes another with the same methods.
// Once threads run, that one generator is shared by every thread, as CPython's is, and so is a Random
// that reaches another thread: the state lives in a shared heap block that each call takes under a lock
// (random-shared.ts), so random.seed(42) in main and random.randint() in the threads it starts draw
// CPython's sequence.
import { crExp, crLog, crPow, crCos } from "../lib/cr-math.js";
import { PyObject, PyValue, PyFloat, defineType, PYTHON_IN_CPYTHON } from "../objects/object.js";
import { registerModule, nativeFunction } from "../registry.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { repr } from "../protocol/repr.js";
import { typeError, indexError, valueError, toPyException, tn } from "../objects/exceptions.js";
import { arity, positional, kwargsOf } from "../protocol/call.js";
import { toArray } from "../protocol/iter.js";
import { getitem, setitem } from "../protocol/items.js";
import { binaryOp, lenOf } from "../protocol/ops.js";
import { MersenneTwister } from "../lib/random-mt.js";
import { indexValue, parseArgs } from "../objects/args.js";
import { fullHash } from "../objects/hashing.js";
import { typeOf } from "../objects/object.js";
import { S, T_RANDOM, registerExtCodec } from "../shared/codec.js";
import { GenState, withGenerator, shareGenerator, adoptBlock } from "./random-shared.js";
import { sharingStartHooks } from "../shared/hooks.js";

function lib<T>(f: () => T): T {
  try { return f(); } catch (e) { throw toPyException(e); }
}
function num(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number" || typeof v === "boolean") return +v;
  if (typeof v === "bigint") return Number(v);
  throw typeError(`must be real number, not ${tn(v)}`);
}
function int(v: PyValue): number | bigint {
  const i = indexValue(v);
  if (i === null) throw typeError(`'${tn(v)}' object cannot be interpreted as an integer`);
  return i;
}

function seedWith(mt: MersenneTwister, a: PyValue | undefined): void {
  if (a === undefined || a === null) mt.seed(null);
  else if (typeof a === "number" || typeof a === "bigint" || typeof a === "boolean" || typeof a === "string") mt.seed(a);
  else if (a instanceof PyFloat) mt.seedFromHash(fullHash(a) as number);
  else throw typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

/** The generator methods, over a given Mersenne Twister: the module's functions and Random's methods. */
type GenMethod = (mt: MersenneTwister, args: PyValue[], kw: string[] | null) => PyValue;
const methods: [string, GenMethod][] = [];
const def = (name: string, fn: GenMethod) => { methods.push([name, fn]); };
def("seed", (mt, args, kw) => {
  const [a] = parseArgs("seed", args, kw, ["a", "version"], 2, 0, "py");
  seedWith(mt, a);
  return null;
});
def("random", (mt, args) => { arity("random", args, 0, 0); return new PyFloat(mt.random()); });
def("getrandbits", (mt, args) => { arity("getrandbits", args, 1, 1); return mt.getrandbits(Number(int(args[0]))); });
def("randint", (mt, args) => {
  if (args.length !== 2) throw typeError(`Random.randint() missing ${2 - args.length} required positional argument${args.length === 1 ? "" : "s"}: ${args.length === 1 ? "'b'" : "'a' and 'b'"}`);
  return mt.randint(int(args[0]), int(args[1]));
});
def("randrange", (mt, args, kw) => {
  const [start, stop, step] = parseArgs("randrange", args, kw, ["start", "stop", "step"], 3, 1, "py");
  return mt.randrange(int(start!), stop === undefined || stop === null ? null : int(stop), step === undefined ? 1 : int(step), step !== undefined);
});
def("choice", (mt, args) => {
  arity("choice", args, 1, 1);
  const seq = args[0];
  const n = lenOf(seq);
  if (n === 0) throw indexError("Cannot choose from an empty sequence");
  return getitem(seq, mt.choiceIndex(n));
});
def("shuffle", (mt, args) => {
  arity("shuffle", args, 1, 1);
  const x = args[0];
  if (x instanceof PyList) { const items = x.snapshot(); mt.shuffle(items); x.replaceAll(items); return null; }
  const n = lenOf(x);
  const idx = Array.from({ length: n }, (_, i) => i);
  const vals = idx.map((i) => getitem(x, i));
  mt.shuffle(idx);
  idx.forEach((j, i) => setitem(x, i, vals[j]));
  return null;
});
def("uniform", (mt, args) => { arity("uniform", args, 2, 2); return new PyFloat(mt.uniform(num(args[0]), num(args[1]))); });
def("gauss", (mt, args, kw) => {
  const [mu, sigma] = parseArgs("gauss", args, kw, ["mu", "sigma"], 2, 0, "py");
  return new PyFloat(mt.gauss(mu === undefined ? 0 : num(mu), sigma === undefined ? 1 : num(sigma)));
});
def("sample", (mt, args, kw) => {
  const [pop, k] = parseArgs("sample", args, kw, ["population", "k", "counts"], 2, 2, "py");
  if (!(typeof pop === "string" || typeOf(pop!).slots.getitem)) throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  const items = typeof pop === "string" ? [...pop] : toArray(pop!);
  const kk = Number(int(k!));
  if (kk < 0 || kk > items.length) throw valueError("Sample larger than population or is negative");
  return new PyList(mt.sampleIndices(items.length, kk).map((i) => items[i]));
});
def("choices", (mt, args, kw) => {
  const pos = positional(args, kw);
  const kws = kwargsOf(args, kw);
  if (pos.length < 1) throw typeError("Random.choices() missing 1 required positional argument: 'population'");
  const pop = toArray(pos[0]);
  const weights = pos[1] ?? kws.get("weights") ?? null;
  const cum = kws.get("cum_weights") ?? null;
  const k = Number(int(pos[2] ?? kws.get("k") ?? 1));
  const n = pop.length;
  if (weights === null && cum === null) {
    if (n === 0) throw indexError("Cannot choose from an empty sequence");
    const out: PyValue[] = [];
    for (let i = 0; i < k; i++) out.push(pop[Math.floor(mt.random() * n)]);
    return new PyList(out);
  }
  if (weights !== null && cum !== null) throw typeError("Cannot specify both weights and cumulative weights");
  let cw: PyValue[];
  if (cum === null) {
    cw = [];
    let acc: PyValue = 0;
    for (const w of toArray(weights!)) { acc = binaryOp("+", acc, w); cw.push(acc); }
  } else cw = toArray(cum);
  if (cw.length !== n) throw valueError("The number of weights does not match the population");
  const total = num(cw[n - 1]) + 0.0;
  if (total <= 0) throw valueError("Total of weights must be greater than zero");
  if (!Number.isFinite(total)) throw valueError("Total of weights must be finite");
  const cwn = cw.map(num);
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) {
    const r = mt.random() * total;
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (r < cwn[mid]) hi = mid; else lo = mid + 1; }
    out.push(pop[lo]);
  }
  return new PyList(out);
});
def("expovariate", (mt, args, kw) => {
  const [lambd] = parseArgs("expovariate", args, kw, ["lambd"], 1, 1, "py");
  return new PyFloat(-crLog(1.0 - mt.random()) / num(lambd!));
});
def("triangular", (mt, args, kw) => {
  const [lo, hi, mode] = parseArgs("triangular", args, kw, ["low", "high", "mode"], 3, 0, "py");
  let low = lo === undefined ? 0 : num(lo), high = hi === undefined ? 1 : num(hi);
  let u = mt.random();
  if (high === low) return new PyFloat(low); // CPython's ZeroDivisionError path
  let c = mode === undefined || mode === null ? 0.5 : (num(mode) - low) / (high - low);
  if (u > c) { u = 1.0 - u; c = 1.0 - c; [low, high] = [high, low]; }
  return new PyFloat(low + (high - low) * Math.sqrt(u * c));
});
def("normalvariate", (mt, args, kw) => {
  const [mu, sigma] = parseArgs("normalvariate", args, kw, ["mu", "sigma"], 2, 0, "py");
  return new PyFloat(normal(mt, mu === undefined ? 0 : num(mu), sigma === undefined ? 1 : num(sigma)));
});
def("lognormvariate", (mt, args, kw) => {
  const [mu, sigma] = parseArgs("lognormvariate", args, kw, ["mu", "sigma"], 2, 2, "py");
  return new PyFloat(crExp(normal(mt, num(mu!), num(sigma!))));
});
def("paretovariate", (mt, args, kw) => {
  const [alpha] = parseArgs("paretovariate", args, kw, ["alpha"], 1, 1, "py");
  return new PyFloat(crPow(1.0 - mt.random(), -1.0 / num(alpha!)));
});
def("weibullvariate", (mt, args, kw) => {
  const [alpha, beta] = parseArgs("weibullvariate", args, kw, ["alpha", "beta"], 2, 2, "py");
  return new PyFloat(num(alpha!) * crPow(-crLog(1.0 - mt.random()), 1.0 / num(beta!)));
});

def("gammavariate", (mt, args, kw) => {
  const [alpha, beta] = parseArgs("gammavariate", args, kw, ["alpha", "beta"], 2, 2, "py");
  return new PyFloat(gamma(mt, num(alpha!), num(beta!)));
});
def("betavariate", (mt, args, kw) => {
  const [alpha, beta] = parseArgs("betavariate", args, kw, ["alpha", "beta"], 2, 2, "py");
  const y = gamma(mt, num(alpha!), 1.0);
  return new PyFloat(y ? y / (y + gamma(mt, num(beta!), 1.0)) : 0.0);
});
def("vonmisesvariate", (mt, args, kw) => {
  const [mu, kappa] = parseArgs("vonmisesvariate", args, kw, ["mu", "kappa"], 2, 2, "py");
  return new PyFloat(vonmises(mt, num(mu!), num(kappa!)));
});
def("getstate", (mt, args) => {
  arity("getstate", args, 0, 0);
  const { words, gaussNext } = mt.getState();
  return new PyTuple([3, new PyTuple(words), gaussNext === null ? null : new PyFloat(gaussNext)]);
});
def("setstate", (mt, args) => {
  arity("setstate", args, 1, 1);
  const state = args[0];
  const version = getitem(state, 0);
  // version 2 (Python 2's) words are taken modulo 2**32, as CPython does
  if (version !== 3 && version !== 2) throw valueError(`state with version ${repr(version)} passed to Random.setstate() of version 3`);
  const parts = toArray(state);
  if (parts.length !== 3) throw valueError(parts.length > 3 ? "too many values to unpack (expected 3)" : `not enough values to unpack (expected 3, got ${parts.length})`);
  const [, internal, gaussNext] = parts;
  if (!(internal instanceof PyTuple)) throw typeError("state vector must be a tuple");
  if (internal.items.length !== 625) throw valueError("state vector is the wrong size");
  const words = internal.items.map((w) => Number(BigInt.asUintN(32, BigInt(int(w)))));
  const index = int(internal.items[624]);
  if (index < 0 || index > 624) throw valueError("invalid state");
  mt.setState(words, gaussNext === null ? null : num(gaussNext));
  return null;
});

const TWOPI = 2.0 * Math.PI, LOG4 = crLog(4.0), SG_MAGICCONST = 1.0 + crLog(4.5);
/** Python's float %: the sign of the divisor. */
function fmod(a: number, b: number): number {
  let m = a % b;
  if (m && (b < 0) !== (m < 0)) m += b;
  return m;
}

/** gammavariate, as CPython's (Cheng's algorithm above 1, Ahrens-Dieter's GS below). */
function gamma(mt: MersenneTwister, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw valueError("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0), bbb = alpha - LOG4, ccc = alpha + ainv;
    for (;;) {
      const u1 = mt.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - mt.random();
      const v = crLog(u1 / (1.0 - u1)) / ainv;
      const x = alpha * crExp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= crLog(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -crLog(1.0 - mt.random()) * beta;
  let x: number;
  for (;;) {
    const u = mt.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? crPow(p, 1.0 / alpha) : -crLog((b - p) / alpha);
    const u1 = mt.random();
    if (p > 1.0) {
      if (u1 <= crPow(x, alpha - 1.0)) break;
    } else if (u1 <= crExp(-x)) break;
  }
  return x * beta;
}

/** vonmisesvariate, as CPython's. */
function vonmises(mt: MersenneTwister, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * mt.random();
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = mt.random();
    z = crCos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = mt.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * crExp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  return mt.random() > 0.5 ? fmod(mu + Math.acos(f), TWOPI) : fmod(mu - Math.acos(f), TWOPI);
}

const NV_MAGICCONST = 4 * crExp(-0.5) / Math.sqrt(2.0);
/** normalvariate: Kinderman and Monahan's ratio of uniforms, as CPython. */
function normal(mt: MersenneTwister, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = mt.random();
    const u2 = 1.0 - mt.random();
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -crLog(u2)) break;
  }
  return mu + z * sigma;
}

/** random.Random(seed): a generator of its own (CPython's module functions are a hidden one's methods). */
class PyRandom extends PyObject {
  readonly g = new GenState(new MersenneTwister());
}
const randomType = defineType("Random", {
  proto: PyRandom,
  module: "random",
  baseType: false,
  slots: {
    new: (_cls, args, kw) => {
      const [seed] = parseArgs("Random", args, kw, ["x"], 1, 0, "py");
      const r = new PyRandom();
      lib(() => seedWith(r.g.mt, seed));
      return r;
    },
  },
  methods: Object.fromEntries(methods.map(([name, fn]) => [
    name, (self: PyRandom, args, kw) => {
      const g = self.g;
      return lib(g.base < 0 ? () => fn(g.mt, args, kw) : () => withGenerator(g, () => fn(g.mt, args, kw)));
    },
  ])),
});
PYTHON_IN_CPYTHON.add(randomType);
// A Random stored where another thread reads it (a global, a Thread argument): a T_RANDOM record
// [state block], one generator for every thread.
registerExtCodec({
  tag: T_RANDOM,
  size: 1,
  owns: (o) => o instanceof PyRandom,
  fields: (o) => [shareGenerator((o as PyRandom).g)],
  make(a, reg) {
    const r = new PyRandom();
    reg(r);
    adoptBlock(r.g, S.heap.recordGet(a, 0));
    return r;
  },
});

// The module generator's shared block is the runtime record's field RT_RANDOM, made from the state of
// the first worker to ask (MainThread's, at its first start).
const RT_RANDOM = 3, NONE_WORD = 2;

/** Makes (or finds) the module generator's shared block and points `g` at it. */
function shareModuleGenerator(g: GenState): void {
  if (g.base >= 0) return;
  const h = S.heap;
  h.enter();
  try {
    let a = h.recordGet(S.runtime, RT_RANDOM);
    if (a === NONE_WORD) {
      const mine = shareGenerator(g);
      const prev = h.recordCompareExchange(S.runtime, RT_RANDOM, NONE_WORD, mine);
      if (prev === NONE_WORD) return;
      h.retire(mine);
      g.version = -1;
      a = prev;
    }
    adoptBlock(g, a);
  } finally {
    h.leave();
  }
}

/** f() on the module generator: this worker's own until threads run, then the state all threads share. */
function withModuleGenerator<T>(g: GenState, f: () => T): T {
  if (g.base < 0) {
    if (!S.active || S.runtime === 0) return f();
    shareModuleGenerator(g);
  }
  return withGenerator(g, f);
}

registerModule("random", () => {
  const mt = new MersenneTwister();
  const g = new GenState(mt);
  // MainThread's first start publishes the generator as the program left it (seeded or not)
  sharingStartHooks.push(() => { shareModuleGenerator(g); });
  const m = new PyModule("random");
  const d = m.globals;
  for (const [name, fn] of methods) {
    d.setStr(name, nativeFunction(name, (args, kw) => lib(() => withModuleGenerator(g, () => fn(mt, args, kw)))));
  }
  d.setStr("Random", randomType);
  const consts: [string, number][] = [["NV_MAGICCONST", NV_MAGICCONST], ["TWOPI", TWOPI], ["LOG4", LOG4],
    ["SG_MAGICCONST", SG_MAGICCONST], ["RECIP_BPF", 2 ** -53]];
  for (const [k, v] of consts) d.setStr(k, new PyFloat(v));
  d.setStr("BPF", 53);
  return m;
});
