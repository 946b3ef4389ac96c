// CPython's `random` module core: the MT19937 generator seeded exactly as _randommodule.c does
// (ints by absolute value as 32-bit words, str/bytes via SHA-512 "version 2"), and the
// Random methods whose draws must match CPython (random, getrandbits, _randbelow, randrange,
// randint, choice, shuffle, sample, uniform, gauss).
import { crLog, crSin, crCos } from "./cr-math.js";
import { LibError } from "./lib-error.js";
import { big, norm, type PyInt } from "./int-ops.js";
import { sha512, utf8Encode } from "./sha512.js";

const N = 624, M = 397;

export class MersenneTwister {
  private _mt = new Uint32Array(N);
  private _mti = N + 1;
  private _gaussNext: number | null = null;
  /** The 624 words changed since the last saveState (seeded or twisted): the next one must write them. */
  private _wordsChanged = true;

  constructor(seed?: PyInt | string | null) {
    this.seed(seed ?? null);
  }

  /** Number of Int32 words saveState writes: index, gauss flag, gauss value (2 words), the 624 words. */
  static readonly STATE_WORDS = 4 + N;
  private static readonly _f64 = new Float64Array(1);
  private static readonly _f64w = new Int32Array(MersenneTwister._f64.buffer);

  /**
   * Writes the state (what getstate() holds, and the next gauss value) into w[at..]: the 624 words only
   * when they changed since the last saveState or loadState (seeded, or twisted every 624 draws), as
   * w then still holds them.
   */
  saveState(w: Int32Array, at: number): void {
    w[at] = this._mti;
    w[at + 1] = this._gaussNext === null ? 0 : 1;
    MersenneTwister._f64[0] = this._gaussNext ?? 0;
    w[at + 2] = MersenneTwister._f64w[0];
    w[at + 3] = MersenneTwister._f64w[1];
    if (!this._wordsChanged) return;
    this._wordsChanged = false;
    const mt = this._mt;
    for (let i = 0; i < N; i++) w[at + 4 + i] = mt[i];
  }

  /** Reads a state saveState wrote. */
  loadState(w: Int32Array, at: number): void {
    this._mti = w[at];
    MersenneTwister._f64w[0] = w[at + 2];
    MersenneTwister._f64w[1] = w[at + 3];
    this._gaussNext = w[at + 1] === 0 ? null : MersenneTwister._f64[0];
    const mt = this._mt;
    for (let i = 0; i < N; i++) mt[i] = w[at + 4 + i];
    this._wordsChanged = false;
  }

  /** random.getstate(): the 624 words and the index (CPython's internal state tuple), the next gauss value. */
  getState(): { words: number[]; gaussNext: number | null } {
    return { words: [...this._mt, this._mti], gaussNext: this._gaussNext };
  }

  /** random.setstate() of a state getState gave (checked by the caller: 625 words, index 0..624). */
  setState(words: number[], gaussNext: number | null): void {
    for (let i = 0; i < N; i++) this._mt[i] = words[i];
    this._mti = words[N];
    this._gaussNext = gaussNext;
    this._wordsChanged = true;
  }

  private _initGenrand(s: number): void {
    const mt = this._mt;
    this._wordsChanged = true;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this._mti = N;
  }

  private _initByArray(key: readonly number[]): void {
    const mt = this._mt;
    this._initGenrand(19650218);
    let i = 1, j = 0;
    const len = key.length;
    for (let k = Math.max(N, len); k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /** random.seed(a): int (abs value), str (SHA-512 version 2), or null (time-based). */
  seed(a: PyInt | boolean | string | Uint8Array | null): void {
    this._gaussNext = null;
    if (a === null) {
      const key: number[] = [];
      for (let i = 0; i < 8; i++) key.push((Math.random() * 2 ** 32) >>> 0);
      key.push(Date.now() >>> 0);
      this._initByArray(key);
      return;
    }
    let n: bigint;
    if (typeof a === "string" || a instanceof Uint8Array) {
      const bytes = typeof a === "string" ? utf8Encode(a) : a;
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(sha512(bytes), bytes.length);
      n = 0n;
      let hex = "";
      for (const b of all) hex += b.toString(16).padStart(2, "0");
      n = hex ? BigInt("0x" + hex) : 0n;
    } else {
      n = big(a);
      if (n < 0n) n = -n;
    }
    const key: number[] = [];
    do { key.push(Number(n & 0xffffffffn)); n >>= 32n; } while (n > 0n);
    this._initByArray(key);
  }

  /** Seed from a hash value, as CPython does for floats and other hashable seeds. */
  seedFromHash(h: PyInt): void {
    let n = big(h);
    if (n < 0n) n += 1n << 64n;
    this.seed(norm(n));
  }

  genrandUint32(): number {
    const mt = this._mt;
    if (this._mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this._mti = 0;
      this._wordsChanged = true;
    }
    let y = mt[this._mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random.random(): 53-bit float in [0, 1). */
  random(): number {
    const a = this.genrandUint32() >>> 5, b = this.genrandUint32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  getrandbits(k: number): PyInt {
    if (k < 0) throw new LibError("ValueError", "number of bits must be non-negative");
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    let r = 0n, shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let w = this.genrandUint32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return norm(r);
  }

  /** Random._randbelow_with_getrandbits: uniform in [0, n), n > 0. */
  randbelow(n: PyInt): PyInt {
    const k = typeof n === "number" ? (n < 2 ** 31 ? 32 - Math.clz32(n) : n.toString(2).length) : n.toString(2).length;
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  randrange(start: PyInt, stop: PyInt | null = null, step: PyInt = 1, stepGiven = false): PyInt {
    if (stop === null) {
      if (stepGiven) throw new LibError("TypeError", "Missing a non-None stop argument");
      if (start > 0) return this.randbelow(start);
      throw new LibError("ValueError", "empty range for randrange()");
    }
    const width = big(stop) - big(start);
    if (step == 1) {
      if (width > 0n) return norm(big(start) + big(this.randbelow(norm(width))));
      throw new LibError("ValueError", `empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    const istep = big(step);
    let n: bigint;
    if (istep > 0n) n = floorDivBig(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDivBig(width + istep + 1n, istep);
    else throw new LibError("ValueError", "zero step for randrange()");
    if (n <= 0n) throw new LibError("ValueError", "empty range for randrange()");
    return norm(big(start) + istep * big(this.randbelow(norm(n))));
  }

  randint(a: PyInt, b: PyInt): PyInt {
    return this.randrange(a, norm(big(b) + 1n));
  }

  /** random.choice: the index to pick from a sequence of length n. */
  choiceIndex(n: number): number {
    if (n === 0) throw new LibError("IndexError", "Cannot choose from an empty sequence");
    return Number(this.randbelow(n));
  }

  /** random.shuffle, in place, with CPython's exact swap sequence. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i >= 1; i--) {
      const j = Number(this.randbelow(i + 1));
      const t = x[i]; x[i] = x[j]; x[j] = t;
    }
  }

  /** random.sample: indices into a population of size n, in selection order. */
  sampleIndices(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) throw new LibError("ValueError", "Sample larger than population or is negative");
    const result: number[] = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(crLog(k * 3) / crLog(4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = Number(this.randbelow(n - i));
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = Number(this.randbelow(n));
        while (selected.has(j)) j = Number(this.randbelow(n));
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  gauss(mu = 0, sigma = 1): number {
    let z = this._gaussNext;
    this._gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2.0 * crLog(1.0 - this.random()));
      z = crCos(x2pi) * g2rad;
      this._gaussNext = crSin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** random.choices without weights: k indices drawn with replacement. */
  choicesIndices(n: number, k: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * n));
    return out;
  }
}

function floorDivBig(a: bigint, b: bigint): bigint {
  let q = a / b;
  if (a % b !== 0n && (a < 0n) !== (b < 0n)) q -= 1n;
  return q;
}
