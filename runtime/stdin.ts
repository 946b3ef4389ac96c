// Standard input through the shared buffer: the host puts bytes into a ring (StdinFeeder, never
// blocks), a thread calling input() takes one line (StdinReader, blocks in Atomics.wait, interruptible).
// The host reads its real stdin only once some thread wants input (WANT_SEQ), so a program that never
// calls input() leaves stdin alone. Readers are serialised by a reserved lock (STDIN_LOCK).
import { S } from "./layout.js";

export class StdinReader {
  private readonly _ring: number;
  private readonly _mask: number;
  private readonly _decoder = new TextDecoder();

  constructor(
    private readonly _i32: Int32Array,
    private readonly _u8: Uint8Array,
    private readonly _base: number,
    private readonly _capacity: number,
  ) {
    this._ring = (_base + S.WORDS) * 4;
    this._mask = _capacity - 1;
  }

  /** Word index readers wait on. */
  get dataSeqIndex(): number {
    return this._base + S.DATA_SEQ;
  }

  /**
   * Reads one line with its "\n" (none on an unterminated last line; a "\r" before it is kept, as
   * CPython's sys.stdin keeps it), or null at end of input. `wait(seq)` must block while DATA_SEQ still equals seq and return false if
   * interrupted; then readLine returns undefined (the partial line stays consumed, as in CPython).
   */
  readLine(wait: (seqIndex: number, seq: number) => boolean): string | null | undefined {
    const i32 = this._i32;
    const parts: Uint8Array[] = [];
    for (;;) {
      const seq = Atomics.load(i32, this._base + S.DATA_SEQ);
      const write = Atomics.load(i32, this._base + S.WRITE_POS) >>> 0;
      let read = Atomics.load(i32, this._base + S.READ_POS) >>> 0;
      let found = false;
      const start = read;
      while (read !== write) {
        const byte = this._u8[this._ring + (read & this._mask)];
        read = (read + 1) >>> 0;
        if (byte === 10) {
          found = true;
          break;
        }
      }
      if (read !== start) {
        parts.push(this._copyOut(start, (read - start) >>> 0));
        Atomics.store(i32, this._base + S.READ_POS, read | 0);
        Atomics.notify(i32, this._base + S.READ_POS); // the host may be holding bytes for lack of room
      }
      if (found) return this._decode(parts);
      if (Atomics.load(i32, this._base + S.EOF) !== 0 && Atomics.load(i32, this._base + S.WRITE_POS) >>> 0 === read) {
        return parts.length > 0 ? this._decode(parts) : null;
      }
      Atomics.add(i32, this._base + S.WANT_SEQ, 1);
      Atomics.notify(i32, this._base + S.WANT_SEQ);
      if (!wait(this._base + S.DATA_SEQ, seq)) return undefined;
    }
  }

  private _copyOut(from: number, n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this._u8[this._ring + ((from + i) & this._mask)];
    return out;
  }

  private _decode(parts: Uint8Array[]): string {
    let n = 0;
    for (const p of parts) n += p.length;
    const all = new Uint8Array(n);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    return this._decoder.decode(all);
  }
}

/** The host's side: queues bytes and moves them into the ring as room appears. Never blocks. */
export class StdinFeeder {
  private readonly _ring: number;
  private readonly _mask: number;
  private _queue: Uint8Array[] = [];
  private _ended = false;
  private readonly _encoder = new TextEncoder();

  constructor(
    private readonly _i32: Int32Array,
    private readonly _u8: Uint8Array,
    private readonly _base: number,
    private readonly _capacity: number,
  ) {
    this._ring = (_base + S.WORDS) * 4;
    this._mask = _capacity - 1;
  }

  get wantSeqIndex(): number {
    return this._base + S.WANT_SEQ;
  }
  get readPosIndex(): number {
    return this._base + S.READ_POS;
  }
  /** True while bytes wait in the host for room in the ring. */
  get backlogged(): boolean {
    return this._queue.length > 0;
  }

  push(data: string | Uint8Array): void {
    const bytes = typeof data === "string" ? this._encoder.encode(data) : data;
    if (bytes.length > 0) this._queue.push(bytes);
    this.pump();
  }

  end(): void {
    this._ended = true;
    this.pump();
  }

  /** Moves queued bytes into the ring; call again when READ_POS moves. */
  pump(): void {
    const i32 = this._i32;
    let write = Atomics.load(i32, this._base + S.WRITE_POS) >>> 0;
    const start = write;
    while (this._queue.length > 0) {
      const read = Atomics.load(i32, this._base + S.READ_POS) >>> 0;
      const room = this._capacity - ((write - read) >>> 0);
      if (room === 0) break;
      const head = this._queue[0];
      const n = Math.min(room, head.length);
      for (let i = 0; i < n; i++) this._u8[this._ring + ((write + i) & this._mask)] = head[i];
      write = (write + n) >>> 0;
      if (n === head.length) this._queue.shift();
      else this._queue[0] = head.subarray(n);
    }
    let changed = write !== start;
    if (changed) Atomics.store(i32, this._base + S.WRITE_POS, write | 0);
    if (this._ended && this._queue.length === 0 && Atomics.load(i32, this._base + S.EOF) === 0) {
      Atomics.store(i32, this._base + S.EOF, 1);
      changed = true;
    }
    if (changed) {
      Atomics.add(i32, this._base + S.DATA_SEQ, 1);
      Atomics.notify(i32, this._base + S.DATA_SEQ);
    }
  }
}
