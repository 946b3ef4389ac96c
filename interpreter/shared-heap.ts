// The shared heap as the interpreter sees it (type-only; runtime/heap implements it). Python objects
// reachable from several threads live here as 32-bit tagged words and blocks in one SharedArrayBuffer.
// The heap knows no Python: the interpreter encodes values into words and picks block tags.
//
// Word encoding (one aligned Int32 per slot: a slot never holds a torn value):
//   (n << 1) | 1      small int n, -2^30 <= n < 2^30           decode: w >> 1        test: (w & 1) === 1
//   addr              pointer to a block: its byte address, 8-aligned and non-zero   test: (w & 7) === 0 && w !== 0
//   0                 EMPTY: unbound / absent / "index out of range" (zeroed memory reads as EMPTY)
//   (k << 3) | 2      constants: NONE = 2, FALSE = 10, TRUE = 18, DELETED = 26, ELLIPSIS = 34, NOT_IMPLEMENTED = 42
//   (p << 3) | 4      "ext" word with a 29-bit payload p, free for the interpreter (e.g. a builtin registry index)
//   (x << 3) | 6      reserved
//
// Memory safety contract (epoch-based reclamation):
// - A worker calls enter() before it reads heap blocks or holds a raw address it read from a shared slot,
//   and leave() before any blocking wait (lock, join, sleep, input). safepoint() at loop back-edges and
//   calls says "I hold no raw addresses read before this point"; it costs one Atomics.load.
// - A block is reused only after every worker that was inside when it was retired has left or passed a
//   safepoint. retire(addr) only blocks nothing else can reach any more (e.g. the string a slot held
//   before an overwrite, when the interpreter copies immutables into each slot it stores them in).
// - Blocks never move: an address identifies its object for the block's lifetime (handles, `is`, id()).
// - Lists and tables: each single operation is atomic. Callbacks (eq, pred) run while the structure's
//   lock may be held, and may run on stale keys during lock-free reads: they must be pure and must not
//   touch the same structure (a re-entrant access throws an internal error instead of deadlocking).
// - Out of memory: alloc* first reclaim, then nap (<= ~100 ms) while retired blocks wait for a worker that
//   is inside, then throw an Error named "SharedHeapExhausted" ("shared heap exhausted (N MB)"), which
//   the interpreter raises as MemoryError in the thread that allocated (toPyException).
// - Publication: a block's contents are written before its address is stored; every store API here uses
//   Atomics, so a reader that gets the address sees the contents.

/** A list's live items as words, while its lock is held (SharedHeap.listLocked). */
export interface ListView {
  length(): number;
  get(i: number): number;
  set(i: number, v: number): void;
  push(v: number): void;
  /** Removes and returns the last word (the list must not be empty). */
  pop(): number;
  /** list.insert(i, v)'s: i clamped to [0, length]. */
  insert(i: number, v: number): void;
  /** Removes and returns word i (0 <= i < length). */
  remove(i: number): number;
}

export interface SharedHeapStats {
  /** Bytes in live blocks (limbo included). */
  bytesInUse: number;
  /** Bytes ever taken from the region's bump area (footprint high-water mark). */
  bytesReserved: number;
  bytesTotal: number;
  /** Bytes this worker holds retired, waiting for the grace period. */
  bytesInLimbo: number;
  epoch: number;
}

export interface SharedHeap {
  // ---- word constants (see the encoding above) and block tags; tags 16..255 are the interpreter's
  readonly EMPTY: 0;
  readonly NONE: 2;
  readonly FALSE: 10;
  readonly TRUE: 18;
  readonly DELETED: 26;
  readonly TAG_STRING: 1;
  readonly TAG_FLOAT: 2;
  readonly TAG_BLOB: 3;
  readonly TAG_BYTES: 4;
  readonly TAG_LIST: 5;
  readonly TAG_TABLE: 7;
  readonly TAG_RECORD: 9;
  readonly FIRST_USER_TAG: 16;

  // ---- epochs and memory
  /** I may read heap blocks and hold raw addresses from now on. Pairs nest (a depth count). */
  enter(): void;
  /** Ends the matching enter(); the outermost one announces "I hold no raw heap addresses" (required
   *  before blocking: check `inside` is false before a wait). */
  leave(): void;
  /** Cheap re-announce at a point where no raw addresses from before are held. */
  safepoint(): void;
  /** True between the outermost enter() and its leave(). */
  readonly inside: boolean;
  /** The block at addr is unreachable: reuse it after the grace period. */
  retire(addr: number): void;
  /**
   * Takes the mutex in word `index` of i32 (0: free), the lock the heap's own structures use: spins
   * briefly, then sleeps; taking it again while holding it throws (for state an interpreter module keeps
   * in a block of its own, e.g. random's generator).
   */
  mutexLock(index: number): void;
  /** Releases a mutex this worker took with mutexLock. */
  mutexUnlock(index: number): void;
  /** The block's tag (0..255): what kind of block a pointer word points to. */
  tag(addr: number): number;
  stats(): SharedHeapStats;
  /** This worker is done with the heap: leave, drain limbo, return cached free blocks. */
  detach(): void;
  /** A reclamation pass now (retire() runs one every 64 retirements; allocation runs one before failing). */
  collect(): void;

  // ---- immutable blocks
  /** The 32-bit hash heap strings carry; hash JS strings with it so table string keys meet. */
  hashString(s: string): number;
  allocString(s: string): number;
  /** Text of a string or blob block. */
  readString(addr: number): string;
  stringLength(addr: number): number;
  /** hashString() of the block's text (stored, O(1)). */
  stringHash(addr: number): number;
  /** Compares a string block with a JS string, without allocating. */
  stringEquals(addr: number, s: string): boolean;
  /** Compares two string blocks. */
  stringBlocksEqual(a: number, b: number): boolean;
  /** Text blob (TAG_BLOB), e.g. a big int's digits or a code object's AST JSON; read with readString. */
  allocBlob(text: string): number;
  allocFloat(x: number): number;
  readFloat(addr: number): number;
  allocBytes(data: ArrayLike<number>): number;
  readBytes(addr: number): Uint8Array;
  /** A fixed-length record of word fields (tuples, cells, instance headers...) with the given tag. */
  allocRecord(tag: number, fields: ArrayLike<number>): number;
  recordLength(addr: number): number;
  recordGet(addr: number, i: number): number;
  recordSet(addr: number, i: number, w: number): void;
  /** Stores and returns the previous word (for retiring what it owned). */
  recordExchange(addr: number, i: number, w: number): number;
  /** Stores w if the field holds expected; returns the previous word. */
  recordCompareExchange(addr: number, i: number, expected: number, w: number): number;

  // ---- lists (indexes are Python-style: negative from the end; EMPTY means out of range)
  listNew(capacity?: number): number;
  listLength(list: number): number;
  /** Lock-free read of item i, or EMPTY when out of range. */
  listGet(list: number, i: number): number;
  /** Replaces item i; returns the previous word, or EMPTY when out of range (nothing stored). */
  listSet(list: number, i: number, w: number): number;
  listPush(list: number, w: number): void;
  /** Appends all words in one atomic step. */
  listExtend(list: number, ws: ArrayLike<number>): void;
  /** Removes and returns item i (default -1), or EMPTY when out of range. */
  listPop(list: number, i?: number): number;
  /** Runs f with the list's lock held and a view of its live items (see runtime/heap/vector.ts listLocked). */
  listLocked<T>(list: number, f: (view: ListView) => T): T;
  /** Rewrites the list in one step under its lock (see runtime/heap/vector.ts listRewrite). */
  listRewrite(list: number, f: (words: Int32Array) => ArrayLike<number> | null): boolean;
  /** list.insert semantics (index clamped). */
  listInsert(list: number, i: number, w: number): void;
  /** Removes the first item pred accepts (list.remove); returns it or EMPTY. */
  listRemoveFirst(list: number, pred: (w: number) => boolean): number;
  /** Copy of the items at one instant. */
  listSnapshot(list: number): Int32Array;
  /** Empties the list; returns the removed words. */
  listClear(list: number): Int32Array;
  /** Replaces all items (e.g. with a sorted snapshot); returns the previous words. */
  listReplaceAll(list: number, ws: ArrayLike<number>): Int32Array;
  /** list[start:stop] = ws (step 1; Python clamping); returns the removed words. */
  listSplice(list: number, start: number, stop: number, ws: ArrayLike<number>): Int32Array;
  listReverse(list: number): void;
  /** Retires an unreachable list and its items array (not the blocks its items point to). */
  listRetire(list: number): void;

  // ---- hash tables (dict, set, attribute dicts, globals); insertion-ordered. Values are never EMPTY
  // (EMPTY means "absent"): a set stores NONE or TRUE as every key's value.
  tableNew(expectedSize?: number): number;
  tableSize(table: number): number;
  /** Bumped on every new key and every removal: iteration compares it to raise RuntimeError. */
  tableVersion(table: number): number;
  /** Entry index of the key at this instant, or -1. */
  tableLookup(table: number, hash: number, eq: (key: number) => boolean): number;
  /** The value, or EMPTY. Lock-free (seqlock) in the common case. */
  tableGet(table: number, hash: number, eq: (key: number) => boolean): number;
  /** tableGet for a str key (hash = hashString(s)): no closure, no allocation. */
  tableGetStr(table: number, hash: number, s: string): number;
  /** Sets; returns the previous value (key not stored), or EMPTY when the key was new (table owns key). */
  /** `keep`: a value already there stays and is returned (dict.setdefault). */
  tableSet(table: number, hash: number, key: number, value: number, eq: (key: number) => boolean, keep?: boolean): number;
  /** tableSet for a str key; a new key is copied into a string block owned by the table. */
  tableSetStr(table: number, hash: number, s: string, value: number, keep?: boolean): number;
  /** OrderedDict.move_to_end(key, last) in one step; false when the key is absent (runtime/heap/hashtable.ts). */
  tableMoveToEnd(table: number, hash: number, key: number | string, eq: ((key: number) => boolean) | null, last: boolean): boolean;
  /** d[key] = d.get(key, 0) + n in one step for a small-int value: 1 added, 2 inserted (table owns a
   *  word key), 0 when the value is not a small int (nothing done). See runtime/heap/hashtable.ts. */
  tableAddInt(table: number, hash: number, key: number | string, n: number, eq: ((key: number) => boolean) | null): number;
  /** Removes the key; true and out = [key, value] if it was present. */
  tableDelete(table: number, hash: number, eq: (key: number) => boolean, out: Int32Array | number[]): boolean;
  tableDeleteStr(table: number, hash: number, s: string, out: Int32Array | number[]): boolean;
  /** Removes the last entry (LIFO; the first: `first`); true and out = [key, value], false when empty. */
  tablePopitem(table: number, out: Int32Array | number[], first?: boolean): boolean;
  /** Empties the table; returns [k0, v0, k1, v1, ...] removed. */
  tableClear(table: number): number[];
  /** Snapshot of all entries in order: [h0, k0, v0, h1, k1, v1, ...]. */
  tableItems(table: number): number[];
  /** Next live entry at position >= pos: out = [key, value, hash], returns the next pos, or -1 at the end. */
  tableNext(table: number, pos: number, out: Int32Array | number[]): number;
  /**
   * Inline caches for hot fixed keys (globals, attributes at one site): layout = tableLayout(t) read
   * BEFORE e = tableLookup(t, ...); then tableValueAt(t, layout, e) is the value, or EMPTY on a miss
   * (layout changed or entry deleted: redo the slow path). Entry indexes are stable within a layout.
   */
  tableLayout(table: number): number;
  /** The lookup to cache: the entry, -1 when absent, -2 when the layout was not `layout` throughout. */
  tableLookupAt(table: number, layout: number, hash: number, eq: (key: number) => boolean): number;
  tableValueAt(table: number, layout: number, entry: number): number;
  /** Replaces the value at a cached entry; returns the previous value, or EMPTY on a miss (nothing stored). */
  tableSetAt(table: number, layout: number, entry: number, value: number): number;
  /**
   * The word index in `i32` of a cached entry's value slot (-1 on a miss), and of the table's layout
   * word: a site reads the slot, then the layout; an unchanged layout proves the value came from the live
   * block. Lets a hot site skip the call layers of tableValueAt (globals read in a loop).
   */
  tableValueIndex(table: number, layout: number, entry: number): number;
  tableLayoutIndex(table: number): number;
  /** The heap region's words (for the indexes above). */
  readonly i32: Int32Array;
  /** Keys stored with this hash, for keys whose equality runs Python code (then use an identity eq). */
  tableCandidates(table: number, hash: number): number[];
  /** Retires an unreachable table and its data (not the blocks its entries point to). */
  tableRetire(table: number): void;
}
