import { describe, it, expect } from "vitest";
import { loadFixture, decode, raw } from "./fixture.js";
import { MersenneTwister } from "../../interpreter/lib/random-mt.js";
import { sha512, utf8Encode } from "../../interpreter/lib/sha512.js";
import { floatHash } from "../../interpreter/lib/int-ops.js";

type Fx = Record<string, [unknown, Record<string, unknown>]>;
const fx = loadFixture<Fx>("random");

function norm(v: unknown): unknown {
  return JSON.parse(JSON.stringify(raw(decode(v)), (_k, x) => (typeof x === "bigint" ? `${x}n` : x)));
}
function same(actual: unknown, expected: unknown): void {
  expect(JSON.parse(JSON.stringify(actual, (_k, x) => (typeof x === "bigint" ? `${x}n` : x)))).toEqual(norm(expected));
}

describe("random: CPython's Mersenne Twister", () => {
  for (const [name, [seedEnc, exp]] of Object.entries(fx)) {
    if (name === "1.5") continue;
    it(`seed(${name})`, () => {
      const seed = raw(decode(seedEnc)) as number | bigint | string | boolean;
      const r = new MersenneTwister();
      const reseed = () => r.seed(seed);
      reseed(); same(Array.from({ length: 20 }, () => r.random()), exp.random);
      reseed(); same(Array.from({ length: 30 }, () => r.randint(1, 100)), exp.randint);
      reseed(); same([r.randrange(10), r.randrange(5, 50, 5, true), r.randrange(100, 0, -7, true), r.randrange(-10, 10), r.randrange(2n ** 70n)], exp.randrange);
      reseed(); same([0, 1, 8, 31, 32, 33, 64, 100].map((k) => r.getrandbits(k)), exp.getrandbits);
      reseed(); same(Array.from({ length: 10 }, () => r.choiceIndex(7)), exp.choice);
      reseed(); const x = Array.from({ length: 10 }, (_, i) => i); r.shuffle(x); same(x, exp.shuffle);
      reseed(); same([r.sampleIndices(10, 5), r.sampleIndices(1000, 10), r.sampleIndices(30, 30), r.sampleIndices(100, 0)], exp.sample);
      reseed(); same(Array.from({ length: 5 }, () => r.uniform(1.5, 7.25)), exp.uniform);
      // gauss goes through cos/sin/log, whose last bit may differ between V8 and the C libm.
      reseed();
      const g = Array.from({ length: 6 }, () => r.gauss(0, 1));
      (norm(exp.gauss) as number[]).forEach((e, i) => expect(Math.abs(g[i] - e)).toBeLessThanOrEqual(Math.abs(e) * 4e-16));
      reseed(); same(r.choicesIndices(9, 8), exp.choices);
    });
  }
  it("seeds a float through its hash", () => {
    const [meta, exp] = fx["1.5"];
    expect(String(floatHash(1.5))).toBe((meta as { hash: string }).hash);
    const r = new MersenneTwister();
    r.seedFromHash(floatHash(1.5));
    same([r.random(), r.random(), r.random()], exp.random);
  });
  it("sha512 of 'abc'", () => {
    const hex = [...sha512(utf8Encode("abc"))].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(hex).toBe("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  });
});
