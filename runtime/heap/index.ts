// The shared heap's public surface: one Heap per worker over the heap region of the runtime's big
// SharedArrayBuffer. Python-agnostic and word-level (see words.ts for the encoding); it implements the
// interpreter's SharedHeap interface. Layout and reclamation: allocator.ts; structures: blocks.ts,
// vector.ts, hashtable.ts.
import type { SharedHeap } from "../../interpreter/shared-heap.js";
import {
  Allocator,
  FIRST_USER_TAG,
  TAG_BLOB,
  TAG_BYTES,
  TAG_FLOAT,
  TAG_LIST,
  TAG_RECORD,
  TAG_STRING,
  TAG_TABLE,
  type HeapStats,
} from "./allocator.js";
import * as B from "./blocks.js";
import * as H from "./hashtable.js";
import * as V from "./vector.js";
import { lockAcquire, lockRelease } from "./mutex.js";
import { hashString } from "./words.js";

export * from "./words.js";
export { TAG_STRING, TAG_FLOAT, TAG_BLOB, TAG_BYTES, TAG_LIST, TAG_TABLE, TAG_RECORD, FIRST_USER_TAG } from "./allocator.js";
export type { HeapStats } from "./allocator.js";

export class Heap implements SharedHeap {
  readonly EMPTY = 0 as const;
  readonly NONE = 2 as const;
  readonly FALSE = 10 as const;
  readonly TRUE = 18 as const;
  readonly DELETED = 26 as const;
  readonly TAG_STRING = 1 as const;
  readonly TAG_FLOAT = 2 as const;
  readonly TAG_BLOB = 3 as const;
  readonly TAG_BYTES = 4 as const;
  readonly TAG_LIST = 5 as const;
  readonly TAG_TABLE = 7 as const;
  readonly TAG_RECORD = 9 as const;
  readonly FIRST_USER_TAG = 16 as const;
  private readonly _al: Allocator;

  /**
   * Lays out a fresh heap in sab[byteOffset, byteOffset + byteLength) (8-aligned). Call once, before any
   * worker constructs a Heap over it. nThreads bounds the thread slots.
   */
  static format(sab: SharedArrayBuffer, byteOffset: number, byteLength: number, nThreads = 64): void {
    Allocator.format(sab, byteOffset, byteLength, nThreads);
  }

  /** Marks a dead worker's slot as outside, so reclamation is not held up by it. */
  static releaseSlot(sab: SharedArrayBuffer, byteOffset: number, byteLength: number, slot: number): void {
    Allocator.releaseSlot(sab, byteOffset, byteLength, slot);
  }

  /** This worker's view of a formatted heap region; `slot` is its thread slot (unique among live workers). */
  constructor(sab: SharedArrayBuffer, byteOffset: number, byteLength: number, slot: number) {
    this._al = new Allocator(sab, byteOffset, byteLength, slot);
    void TAG_LIST;
    void TAG_TABLE;
    void TAG_RECORD;
    void FIRST_USER_TAG;
  }

  // ---- epochs and memory
  enter(): void {
    this._al.enter();
  }
  leave(): void {
    this._al.leave();
  }
  safepoint(): void {
    this._al.safepoint();
  }
  get inside(): boolean {
    return this._al.inside;
  }
  retire(addr: number): void {
    this._al.retireWords(addr >> 2);
  }
  mutexLock(index: number): void {
    lockAcquire(this._al.i32, index, this._al.me);
  }
  mutexUnlock(index: number): void {
    lockRelease(this._al.i32, index);
  }
  tag(addr: number): number {
    return this._al.i32[addr >> 2] & 0xff;
  }
  stats(): HeapStats {
    return this._al.stats();
  }
  detach(): void {
    this._al.detach();
  }
  /** Runs a reclamation pass now (tests and idle points; retire() does this every 64 retirements). */
  collect(): void {
    this._al.collect(true);
  }

  // ---- immutable blocks
  hashString(s: string): number {
    return hashString(s);
  }
  allocString(s: string): number {
    return B.allocString(this._al, s, TAG_STRING);
  }
  readString(addr: number): string {
    return B.readString(this._al, addr);
  }
  stringLength(addr: number): number {
    return B.stringLength(this._al, addr);
  }
  stringHash(addr: number): number {
    return B.stringHash(this._al, addr);
  }
  stringEquals(addr: number, s: string): boolean {
    return B.stringEquals(this._al, addr, s);
  }
  stringBlocksEqual(a: number, b: number): boolean {
    return B.stringBlocksEqual(this._al, a, b);
  }
  allocBlob(text: string): number {
    return B.allocString(this._al, text, TAG_BLOB);
  }
  allocFloat(x: number): number {
    return B.allocFloat(this._al, x);
  }
  readFloat(addr: number): number {
    return B.readFloat(this._al, addr);
  }
  allocBytes(data: ArrayLike<number>): number {
    return B.allocBytes(this._al, data);
  }
  readBytes(addr: number): Uint8Array {
    return B.readBytes(this._al, addr);
  }
  allocRecord(tag: number, fields: ArrayLike<number>): number {
    return B.allocRecord(this._al, tag, fields);
  }
  recordLength(addr: number): number {
    return B.recordLength(this._al, addr);
  }
  recordGet(addr: number, i: number): number {
    return B.recordGet(this._al, addr, i);
  }
  recordSet(addr: number, i: number, w: number): void {
    B.recordSet(this._al, addr, i, w);
  }
  recordExchange(addr: number, i: number, w: number): number {
    return B.recordExchange(this._al, addr, i, w);
  }
  recordCompareExchange(addr: number, i: number, expected: number, w: number): number {
    return B.recordCompareExchange(this._al, addr, i, expected, w);
  }

  // ---- lists
  listNew(capacity = 0): number {
    return V.listNew(this._al, capacity);
  }
  listLength(list: number): number {
    return V.listLength(this._al, list);
  }
  listGet(list: number, i: number): number {
    return V.listGet(this._al, list, i);
  }
  listSet(list: number, i: number, w: number): number {
    return V.listSet(this._al, list, i, w);
  }
  listPush(list: number, w: number): void {
    V.listPush(this._al, list, w);
  }
  listExtend(list: number, ws: ArrayLike<number>): void {
    V.listExtend(this._al, list, ws);
  }
  listLocked<T>(list: number, f: (view: V.ListView) => T): T {
    return V.listLocked(this._al, list, f);
  }
  listRewrite(list: number, f: (words: Int32Array) => ArrayLike<number> | null): boolean {
    return V.listRewrite(this._al, list, f);
  }
  listPop(list: number, i = -1): number {
    return V.listPop(this._al, list, i);
  }
  listInsert(list: number, i: number, w: number): void {
    V.listInsert(this._al, list, i, w);
  }
  listRemoveFirst(list: number, pred: (w: number) => boolean): number {
    return V.listRemoveFirst(this._al, list, pred);
  }
  listSnapshot(list: number): Int32Array {
    return V.listSnapshot(this._al, list);
  }
  listClear(list: number): Int32Array {
    return V.listClear(this._al, list);
  }
  listReplaceAll(list: number, ws: ArrayLike<number>): Int32Array {
    return V.listReplaceAll(this._al, list, ws);
  }
  listSplice(list: number, start: number, stop: number, ws: ArrayLike<number>): Int32Array {
    return V.listSplice(this._al, list, start, stop, ws);
  }
  listReverse(list: number): void {
    V.listReverse(this._al, list);
  }
  listRetire(list: number): void {
    V.listRetire(this._al, list);
  }

  // ---- hash tables
  tableNew(expectedSize = 0): number {
    return H.tableNew(this._al, expectedSize);
  }
  tableSize(table: number): number {
    return H.tableSize(this._al, table);
  }
  tableVersion(table: number): number {
    return H.tableVersion(this._al, table);
  }
  tableLookup(table: number, hash: number, eq: (key: number) => boolean): number {
    return H.tableLookup(this._al, table, hash, eq);
  }
  tableGet(table: number, hash: number, eq: (key: number) => boolean): number {
    return H.tableGet(this._al, table, hash, eq);
  }
  tableGetStr(table: number, hash: number, s: string): number {
    return H.tableGetStr(this._al, table, hash, s);
  }
  tableSet(table: number, hash: number, key: number, value: number, eq: (key: number) => boolean, keep = false): number {
    return H.tableSet(this._al, table, hash, key, value, eq, keep);
  }
  tableSetStr(table: number, hash: number, s: string, value: number, keep = false): number {
    return H.tableSetStr(this._al, table, hash, s, value, keep);
  }
  tableMoveToEnd(table: number, hash: number, key: number | string, eq: ((key: number) => boolean) | null, last: boolean): boolean {
    return H.tableMoveToEnd(this._al, table, hash, key, eq, last);
  }
  tableAddInt(table: number, hash: number, key: number | string, n: number, eq: ((key: number) => boolean) | null): number {
    return H.tableAddInt(this._al, table, hash, key, n, eq);
  }
  tableDelete(table: number, hash: number, eq: (key: number) => boolean, out: Int32Array | number[]): boolean {
    return H.tableDelete(this._al, table, hash, eq, out);
  }
  tableDeleteStr(table: number, hash: number, s: string, out: Int32Array | number[]): boolean {
    return H.tableDeleteStr(this._al, table, hash, s, out);
  }
  tablePopitem(table: number, out: Int32Array | number[], first = false): boolean {
    return H.tablePopitem(this._al, table, out, first);
  }
  tableClear(table: number): number[] {
    return H.tableClear(this._al, table);
  }
  tableItems(table: number): number[] {
    return H.tableItems(this._al, table);
  }
  tableNext(table: number, pos: number, out: Int32Array | number[]): number {
    return H.tableNext(this._al, table, pos, out);
  }
  tableLayout(table: number): number {
    return H.tableLayout(this._al, table);
  }
  tableValueAt(table: number, layout: number, entry: number): number {
    return H.tableValueAt(this._al, table, layout, entry);
  }
  tableSetAt(table: number, layout: number, entry: number, value: number): number {
    return H.tableSetAt(this._al, table, layout, entry, value);
  }
  tableLookupAt(table: number, layout: number, hash: number, eq: (key: number) => boolean): number {
    return H.tableLookupAt(this._al, table, layout, hash, eq);
  }
  tableValueIndex(table: number, layout: number, entry: number): number {
    return H.tableValueIndex(this._al, table, layout, entry);
  }
  tableLayoutIndex(table: number): number {
    return H.tableLayoutIndex(table);
  }
  get i32(): Int32Array {
    return this._al.i32;
  }
  tableCandidates(table: number, hash: number): number[] {
    return H.tableCandidates(this._al, table, hash);
  }
  tableRetire(table: number): void {
    H.tableRetire(this._al, table);
  }
}
