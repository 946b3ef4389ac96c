// SetTable: CPython 3.11's set hash table (setobject.c) — open addressing, 9 linear probes then
// perturbation, dummies on delete, the same resize thresholds and the same bulk-merge shortcuts —
// so that a set iterates (and prints) in exactly CPython's order: `{3, 1, 2}` -> `{1, 2, 3}`.
// Private to set.ts (a PySet's state); it knows nothing about Python types beyond hash and eq.
import type { PyValue } from "./object.js";
import type { Hash } from "./hashing.js";

const MINSIZE = 8, LINEAR_PROBES = 9;
const DUMMY = Symbol("dummy");
type Slot = PyValue | undefined | typeof DUMMY;

function low(h: Hash): number {
  return typeof h === "number" ? h : Number(BigInt.asUintN(32, h));
}
function u64(h: Hash): bigint {
  return BigInt.asUintN(64, BigInt(h));
}

export class SetTable {
  keys: Slot[] = new Array(MINSIZE).fill(undefined);
  hashes: Hash[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  finger = 0;

  constructor(private readonly _eq: (a: PyValue, b: PyValue) => boolean) {}

  /** The slot holding `key`, or -1. */
  find(key: PyValue, hash: Hash): number {
    const mask = this.mask;
    let i = low(hash) & mask;
    let perturb: bigint | null = null;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === undefined) return -1;
        if (k !== DUMMY && this.hashes[j] === hash && (k === key || this._eq(k as PyValue, key))) {
          // The comparison may have mutated the table (user __eq__): CPython restarts; we re-check.
          if (this.keys[j] === k) return j;
          return this.find(key, hash);
        }
        j++;
      } while (probes--);
      perturb = (perturb ?? u64(hash)) >> 5n;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
  }

  has(key: PyValue, hash: Hash): boolean {
    return this.find(key, hash) >= 0;
  }

  /** set_add_entry: true when added. */
  add(key: PyValue, hash: Hash): boolean {
    const mask = this.mask;
    let i = low(hash) & mask;
    let perturb: bigint | null = null;
    let free = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === undefined) {
          if (free >= 0) {
            this.used++;
            this.keys[free] = key; this.hashes[free] = hash;
            return true;
          }
          this.fill++; this.used++;
          this.keys[j] = key; this.hashes[j] = hash;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (k === DUMMY) {
          if (free < 0) free = j;
        } else if (this.hashes[j] === hash && (k === key || this._eq(k as PyValue, key))) {
          if (this.keys[j] !== k || this.mask !== mask) return this.add(key, hash);
          return false;
        }
        j++;
      } while (probes--);
      perturb = (perturb ?? u64(hash)) >> 5n;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
  }

  private insertClean(keys: Slot[], hashes: Hash[], mask: number, key: PyValue, hash: Hash): void {
    let i = low(hash) & mask;
    let perturb: bigint | null = null;
    for (;;) {
      if (keys[i] === undefined) { keys[i] = key; hashes[i] = hash; return; }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === undefined) { keys[i + j] = key; hashes[i + j] = hash; return; }
        }
      }
      perturb = (perturb ?? u64(hash)) >> 5n;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
  }

  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldKeys = this.keys, oldHashes = this.hashes;
    const keys: Slot[] = new Array(size).fill(undefined);
    const hashes: Hash[] = new Array(size).fill(0);
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) this.insertClean(keys, hashes, size - 1, k as PyValue, oldHashes[i]);
    }
    this.keys = keys; this.hashes = hashes; this.mask = size - 1;
    this.fill = this.used;
  }

  /** set_discard_entry: true when found and removed. */
  discard(key: PyValue, hash: Hash): boolean {
    const j = this.find(key, hash);
    if (j < 0) return false;
    this.keys[j] = DUMMY; this.hashes[j] = -1;
    this.used--;
    return true;
  }

  clear(): void {
    this.keys = new Array(MINSIZE).fill(undefined);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = this.used = this.finger = 0;
  }

  /** set_pop: the entry at or after the finger; undefined when empty. */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    let j = this.finger & this.mask;
    for (;;) {
      const k = this.keys[j];
      if (k !== undefined && k !== DUMMY) break;
      j = j + 1 > this.mask ? 0 : j + 1;
    }
    const key = this.keys[j] as PyValue;
    this.keys[j] = DUMMY; this.hashes[j] = -1;
    this.used--;
    this.finger = j + 1;
    return key;
  }

  /** Active [key, hash] pairs in table order. */
  entries(): [PyValue, Hash][] {
    const out: [PyValue, Hash][] = [];
    for (let i = 0; i <= this.mask; i++) {
      const k = this.keys[i];
      if (k !== undefined && k !== DUMMY) out.push([k as PyValue, this.hashes[i]]);
    }
    return out;
  }
  values(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i <= this.mask; i++) {
      const k = this.keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k as PyValue);
    }
    return out;
  }

  /** set_merge: adds every entry of `other` (another table), with CPython's presizing and shortcuts. */
  merge(other: SetTable): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice(); this.hashes = other.hashes.slice();
      this.fill = other.fill; this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = this.used = other.used;
      for (const [k, h] of other.entries()) this.insertClean(this.keys, this.hashes, this.mask, k, h);
      return;
    }
    for (const [k, h] of other.entries()) this.add(k, h);
  }

  /** The presize set_update_internal does before adding a dict's keys. */
  presize(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }

  /** After bulk discards: resize dummies away when more than 1/4 of the table (difference_update). */
  compactAfterDiscards(): void {
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** frozenset_hash over the raw table (CPython's algorithm). */
  frozenHash(hashOf: (h: Hash) => bigint): bigint {
    const M = (1n << 64n) - 1n;
    const shuffle = (h: bigint) => (((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n) & M;
    let hash = 0n;
    for (let i = 0; i <= this.mask; i++) {
      const k = this.keys[i];
      const h = k === undefined ? 0n : k === DUMMY ? M : hashOf(this.hashes[i]);
      hash ^= shuffle(h);
    }
    if ((this.mask + 1 - this.fill) & 1) hash ^= shuffle(0n);
    if ((this.fill - this.used) & 1) hash ^= shuffle(M);
    hash ^= ((BigInt(this.used) + 1n) * 1927868237n) & M;
    hash ^= (hash >> 11n) ^ (hash >> 25n);
    hash = (hash * 69069n + 907133923n) & M;
    if (hash === M) hash = 590923713n;
    return BigInt.asIntN(64, hash);
  }
}
