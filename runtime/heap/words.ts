// Tagged 32-bit words: the unit stored in every shared slot (list items, dict keys/values, record fields).
// One aligned Int32 never tears, so a slot always holds a whole value. The heap is Python-agnostic: the
// interpreter decides what a pointer's block means; this file only fixes the bit layout.
//
//   ...xxxxxxx1   small int: value = word >> 1, range [-2^30, 2^30 - 1]   (SMALL_MIN..SMALL_MAX)
//   ...xxxxx000   pointer: the word IS the block's byte address inside the heap region (8-aligned, never 0)
//   00000000000   EMPTY (0): unbound / absent / "index out of range"; zeroed memory reads as EMPTY
//   ...kkkkk010   constant number k: NONE, FALSE, TRUE, DELETED, ELLIPSIS, NOT_IMPLEMENTED (k < 2^28)
//   ...ppppp100   "ext" word with a 29-bit payload, free for the interpreter (e.g. a builtin's registry index)
//   ...xxxxx110   reserved

export const EMPTY = 0;
export const NONE = (0 << 3) | 2; // 2
export const FALSE = (1 << 3) | 2; // 10
export const TRUE = (2 << 3) | 2; // 18
export const DELETED = (3 << 3) | 2; // 26
export const ELLIPSIS = (4 << 3) | 2; // 34
export const NOT_IMPLEMENTED = (5 << 3) | 2; // 42

export const SMALL_MIN = -(2 ** 30);
export const SMALL_MAX = 2 ** 30 - 1;

/** True when `n` (a JS number) can be stored inline as a small int. */
export function fitsSmall(n: number): boolean {
  return (n | 0) === n && n >= SMALL_MIN && n <= SMALL_MAX;
}
/** The word for a small int; the caller has checked fitsSmall(n). */
export function encodeSmall(n: number): number {
  return (n << 1) | 1;
}
export function isSmall(w: number): boolean {
  return (w & 1) === 1;
}
export function decodeSmall(w: number): number {
  return w >> 1;
}
/** A heap block address (non-zero, low 3 bits 000). */
export function isPointer(w: number): boolean {
  return (w & 7) === 0 && w !== 0;
}
export function isConstant(w: number): boolean {
  return (w & 7) === 2;
}
export function encodeBool(b: boolean): number {
  return b ? TRUE : FALSE;
}
/** Interpreter-defined word with a 29-bit unsigned payload. */
export function encodeExt(payload: number): number {
  return (payload << 3) | 4;
}
export function isExt(w: number): boolean {
  return (w & 7) === 4;
}
export function decodeExt(w: number): number {
  return w >>> 3;
}

/**
 * The 32-bit string hash used for heap strings (stored in each string block) and by the tables' string
 * fast paths. The interpreter must hash JS strings with this same function so keys meet. FNV-1a over
 * UTF-16 units, then a final avalanche so that the low bits (the table index) are well mixed.
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
