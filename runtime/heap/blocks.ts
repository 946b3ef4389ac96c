// Immutable blocks (strings, floats, text blobs, bytes) and small fixed records. An address is the block's
// byte offset in the region (see words.ts); word index = addr >> 2. Contents are written before the
// address is published with an Atomics store, and never change afterwards (records excepted: their
// fields are slots, read and written with Atomics).
import { Allocator, TAG_BLOB, TAG_BYTES, TAG_FLOAT, TAG_STRING } from "./allocator.js";
import { hashString } from "./words.js";

// String-like block: [header, length (UTF-16 units), hash, units... (2 per word)]
const S_LEN = 1;
const S_HASH = 2;
const S_BODY = 3;

/** Stores a JS string (UTF-16 units) in a new block with the given tag; returns its address. */
export function allocString(al: Allocator, s: string, tag = TAG_STRING): number {
  const n = s.length;
  const a = al.allocWords(S_BODY + ((n + 1) >> 1), tag, false);
  const w = al.i32;
  const u = al.u16;
  const base = (a + S_BODY) * 2;
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    u[base + i] = c;
    h = Math.imul(h ^ c, 0x01000193);
  }
  if (n & 1) u[base + n] = 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  w[a + S_LEN] = n;
  w[a + S_HASH] = h;
  return a << 2;
}

/** The text of any string-like block (string, blob). */
export function readString(al: Allocator, addr: number): string {
  const a = addr >> 2;
  const tag = al.i32[a] & 0xff;
  if (tag !== TAG_STRING && tag !== TAG_BLOB) throw new Error(`internal error: readString on a block with tag ${tag}`);
  const n = al.i32[a + S_LEN];
  const u = al.u16;
  const base = (a + S_BODY) * 2;
  if (n <= 24) {
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(u[base + i]);
    return s;
  }
  let s = "";
  for (let i = 0; i < n; i += 4096) {
    s += String.fromCharCode.apply(null, u.subarray(base + i, base + Math.min(n, i + 4096)) as unknown as number[]);
  }
  return s;
}

export function stringLength(al: Allocator, addr: number): number {
  return al.i32[(addr >> 2) + S_LEN];
}

/** hashString() of the block's text, computed once at allocation. */
export function stringHash(al: Allocator, addr: number): number {
  return al.i32[(addr >> 2) + S_HASH];
}

/** Compares a string block with a JS string without allocating. */
export function stringEquals(al: Allocator, addr: number, s: string): boolean {
  const a = addr >> 2;
  const w = al.i32;
  const n = s.length;
  if (w[a + S_LEN] !== n) return false;
  const u = al.u16;
  const base = (a + S_BODY) * 2;
  for (let i = 0; i < n; i++) if (u[base + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** Compares two string blocks (hash first). */
export function stringBlocksEqual(al: Allocator, x: number, y: number): boolean {
  if (x === y) return true;
  const w = al.i32;
  const a = x >> 2;
  const b = y >> 2;
  const n = w[a + S_LEN];
  if (w[b + S_LEN] !== n || w[a + S_HASH] !== w[b + S_HASH]) return false;
  const u = al.u16;
  const ba = (a + S_BODY) * 2;
  const bb = (b + S_BODY) * 2;
  for (let i = 0; i < n; i++) if (u[ba + i] !== u[bb + i]) return false;
  return true;
}

export { hashString };

// Float block: [header, pad, f64 (2 words)]: 16 bytes, the double 8-aligned.
export function allocFloat(al: Allocator, x: number): number {
  const a = al.allocWords(4, TAG_FLOAT, false);
  al.i32[a + 1] = 0;
  al.f64[(a >> 1) + 1] = x;
  return a << 2;
}

export function readFloat(al: Allocator, addr: number): number {
  return al.f64[(addr >> 3) + 1];
}

// Bytes block: [header, length, bytes...]
export function allocBytes(al: Allocator, data: ArrayLike<number>): number {
  const n = data.length;
  const a = al.allocWords(2 + ((n + 3) >> 2), TAG_BYTES, false);
  al.i32[a + 1] = n;
  const u = al.u8;
  const base = (a + 2) * 4;
  for (let i = 0; i < n; i++) u[base + i] = data[i];
  return a << 2;
}

export function readBytes(al: Allocator, addr: number): Uint8Array {
  const a = addr >> 2;
  const n = al.i32[a + 1];
  const base = (a + 2) * 4;
  return al.u8.slice(base, base + n);
}

// Record: [header, n, fields...]; the fields are slots, accessed with Atomics. Tag: TAG_RECORD or a user tag.
export function allocRecord(al: Allocator, tag: number, fields: ArrayLike<number>): number {
  const n = fields.length;
  const a = al.allocWords(2 + n, tag, false);
  const w = al.i32;
  w[a + 1] = n;
  for (let i = 0; i < n; i++) w[a + 2 + i] = fields[i];
  return a << 2;
}

export function recordLength(al: Allocator, addr: number): number {
  return al.i32[(addr >> 2) + 1];
}

function fieldIndex(al: Allocator, addr: number, i: number): number {
  const a = addr >> 2;
  if (i >>> 0 >= al.i32[a + 1]) throw new RangeError(`internal error: record field ${i} out of range`);
  return a + 2 + i;
}

export function recordGet(al: Allocator, addr: number, i: number): number {
  return Atomics.load(al.i32, fieldIndex(al, addr, i));
}

export function recordSet(al: Allocator, addr: number, i: number, w: number): void {
  Atomics.store(al.i32, fieldIndex(al, addr, i), w);
}

/** Stores `w` and returns the word it replaced (so the caller can retire what it owned). */
export function recordExchange(al: Allocator, addr: number, i: number, w: number): number {
  return Atomics.exchange(al.i32, fieldIndex(al, addr, i), w);
}

/** Stores `w` if the field holds `expected`; returns the field's previous word. */
export function recordCompareExchange(al: Allocator, addr: number, i: number, expected: number, w: number): number {
  return Atomics.compareExchange(al.i32, fieldIndex(al, addr, i), expected, w);
}
