// The output channel: a byte ring in the shared buffer that every thread writes stdout/stderr into and
// the host drains. A write reserves its bytes with one Atomics.add on WRITE_POS (its ticket), copies
// them, then commits its record header; the host drains strictly in reservation order. So output
// follows happens-before (a write done before a lock release is reserved before any write done after
// the matching acquire) and a write is never split or interleaved, even one bigger than the ring:
// it reserves a contiguous range of chunk records, and each chunk waits for its own room.
//
// Record at a 4-aligned position: header word = (payload bytes << 4) | MORE (8) | stream (1|2),
// written last with Atomics.store (0 = not yet committed), then the payload, padded to 4 bytes.
// The host zeroes what it has drained, so a not-yet-committed header always reads 0.
import { C } from "./layout.js";

const MORE = 8;

function recordBytes(payload: number): number {
  return 4 + ((payload + 3) & ~3);
}

export class ChannelWriter {
  private readonly _ring: number; // byte offset of the ring
  private readonly _mask: number;
  private readonly _encoder = new TextEncoder();

  constructor(
    private readonly _i32: Int32Array,
    private readonly _u8: Uint8Array,
    private readonly _base: number, // word index of the control words
    private readonly _capacity: number,
  ) {
    this._ring = (_base + C.WORDS) * 4;
    this._mask = _capacity - 1;
  }

  /** Writes `text` to `stream` as one unit. Blocks only while the ring is full. */
  write(stream: 1 | 2, text: string): void {
    if (text.length === 0) return;
    this.writeBytes(stream, this._encoder.encode(text));
  }

  writeBytes(stream: 1 | 2, bytes: Uint8Array): void {
    const maxPayload = this._capacity - 4;
    let total = 0;
    for (let at = 0; at < bytes.length; at += maxPayload) total += recordBytes(Math.min(maxPayload, bytes.length - at));
    let pos = Atomics.add(this._i32, this._base + C.WRITE_POS, total) >>> 0;
    for (let at = 0; at < bytes.length; at += maxPayload) {
      const n = Math.min(maxPayload, bytes.length - at);
      const size = recordBytes(n);
      this._waitForRoom(pos, size);
      const offset = pos & this._mask;
      this._copyIn(bytes.subarray(at, at + n), (offset + 4) & this._mask);
      const more = at + n < bytes.length ? MORE : 0;
      Atomics.store(this._i32, (this._ring + offset) >> 2, (n << 4) | more | stream);
      Atomics.add(this._i32, this._base + C.COMMIT_SEQ, 1);
      Atomics.notify(this._i32, this._base + C.COMMIT_SEQ);
      pos = (pos + size) >>> 0;
    }
  }

  /** Waits until [pos, pos+size) is free: everything before pos+size-capacity has been drained. */
  private _waitForRoom(pos: number, size: number): void {
    const i32 = this._i32;
    for (;;) {
      const seq = Atomics.load(i32, this._base + C.SPACE_SEQ);
      const read = Atomics.load(i32, this._base + C.READ_POS);
      if (((pos + size - read) >>> 0) <= this._capacity) return;
      Atomics.wait(i32, this._base + C.SPACE_SEQ, seq);
    }
  }

  private _copyIn(src: Uint8Array, offset: number): void {
    const first = Math.min(src.length, this._capacity - offset);
    this._u8.set(src.subarray(0, first), this._ring + offset);
    if (first < src.length) this._u8.set(src.subarray(first), this._ring);
  }
}

/** One drained unit of output. */
export interface OutputChunk {
  stream: 1 | 2;
  text: string;
}

/** The host's side: takes committed records in order. Never blocks. */
export class ChannelReader {
  private readonly _ring: number;
  private readonly _mask: number;
  private readonly _decoder = new TextDecoder();
  private _pending: Uint8Array[] = []; // chunks of a write whose last chunk has not arrived

  constructor(
    private readonly _i32: Int32Array,
    private readonly _u8: Uint8Array,
    private readonly _base: number,
    private readonly _capacity: number,
  ) {
    this._ring = (_base + C.WORDS) * 4;
    this._mask = _capacity - 1;
  }

  /** The commit counter the host's drain loop waits on (Atomics.waitAsync). */
  get commitSeqIndex(): number {
    return this._base + C.COMMIT_SEQ;
  }

  /** Takes every committed record, in order, up to the first uncommitted one. */
  drain(emit: (chunk: OutputChunk) => void): void {
    const i32 = this._i32;
    let read = Atomics.load(i32, this._base + C.READ_POS) >>> 0;
    const start = read;
    for (;;) {
      const offset = read & this._mask;
      const header = Atomics.load(i32, (this._ring + offset) >> 2);
      if (header === 0) break;
      const n = header >>> 4;
      const stream = (header & 3) as 1 | 2;
      const bytes = this._copyOut((offset + 4) & this._mask, n);
      const size = recordBytes(n);
      this._zero(offset, size);
      read = (read + size) >>> 0;
      if (header & MORE) {
        this._pending.push(bytes);
        continue;
      }
      let all = bytes;
      if (this._pending.length > 0) {
        this._pending.push(bytes);
        all = concat(this._pending);
        this._pending = [];
      }
      emit({ stream, text: this._decoder.decode(all) });
    }
    if (read !== start) {
      Atomics.store(i32, this._base + C.READ_POS, read | 0);
      Atomics.add(i32, this._base + C.SPACE_SEQ, 1);
      Atomics.notify(i32, this._base + C.SPACE_SEQ);
    }
  }

  /** A non-shared copy (TextDecoder rejects shared views in browsers). */
  private _copyOut(offset: number, n: number): Uint8Array {
    const out = new Uint8Array(n);
    const first = Math.min(n, this._capacity - offset);
    out.set(this._u8.subarray(this._ring + offset, this._ring + offset + first));
    if (first < n) out.set(this._u8.subarray(this._ring, this._ring + n - first), first);
    return out;
  }

  private _zero(offset: number, size: number): void {
    const first = Math.min(size, this._capacity - offset);
    this._u8.fill(0, this._ring + offset, this._ring + offset + first);
    if (first < size) this._u8.fill(0, this._ring, this._ring + size - first);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
