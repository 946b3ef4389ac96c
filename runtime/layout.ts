// The layout of the one SharedArrayBuffer a program runs on: a header, the thread table, the lock
// table, the output channel, the stdin ring, and the bytes reserved for the shared heap (runtime/heap/).
// Offsets are computed once by the host and stored in the header, so a worker only needs the buffer.
import { LockTable } from "./lock-table.js";

export const MAGIC = 0x70797431; // "pyt1"
export const VERSION = 1;

/** Header words. */
export const H = {
  MAGIC: 0,
  VERSION: 1,
  THREAD_BASE: 2, // word index of slot 0
  THREAD_SLOTS: 3,
  LOCK_BASE: 4, // word index of lock 0
  LOCK_COUNT: 5,
  CHANNEL_BASE: 6, // word index of the output channel's control words
  CHANNEL_BYTES: 7, // ring capacity (a power of two)
  STDIN_BASE: 8,
  STDIN_BYTES: 9,
  HEAP_OFFSET: 10, // byte offset of the heap region
  HEAP_BYTES: 11,
  NEXT_IDENT: 12, // thread idents are handed out by Atomics.add
  MAIN_SLOT: 13,
  HIGH_SLOT: 14, // one past the highest slot ever used (scans stop there)
  WAITS_SEQ: 15, // bumped (and notified) when a thread begins a wait with no timeout or ends: the deadlock watch
  TIME_BASE: 16, // float64 (words 16-17): the host's epoch-based clock origin, in ms
  LOCK_INFO_BASE: 18, // word index of the per-lock info (LOCK_INFO_WORDS per lock; see LI)
  TRACE_BASE: 19, // word index of the trace rings (one per slot), 0 when tracing is off
  TRACE_EVENTS: 20, // events per trace ring (a power of two), 0 when tracing is off
  TRACE_SEQ: 21, // every trace event takes a ticket: one order for all threads, whatever their clocks say
  MAIN_MODULE: 23, // MainThread's module blob (interpreter/shared/codes.ts), for idle pool workers to compile; 0: none yet
  POOL_WARM: 24, // pool workers done with their prewarm steps (or running a thread): MainThread waits for WorkerInit.waitPool of them
  INPUT: 22, // sessions only (0 in programs): 1 + the number of the input MainThread runs; lines recorded then carry it (see SESSION_LINE)
  // The worker pool (thread-table.ts, worker-main.ts): idle workers minus queued threads (negative: the
  // host must start workers), and a counter bumped when a thread is queued (idle workers wait on it).
  // What each signal does, 2 bits per signal (signals 0-15 in the first word, 16-31 in the second; see
  // SigDisposition): set by MainThread's signal.signal(), read by the host when the process gets one.
  SIG_DISP: 25,
  // The lock MainThread holds until its code is done (threading's _MainThread._tstate_lock), id + 1; 0:
  // none. Another thread's wait for it is its main_thread().join(): deadlock reports say so.
  MAIN_END_LOCK: 27,
  POOL_AVAILABLE: 30,
  POOL_SEQ: 31,
} as const;
export const HEADER_WORDS = 32;

/** Thread slot words, relative to the slot's first word. */
export const T = {
  STATE: 0, // low 4 bits: ThreadState; high 16 bits: wake/reuse counter (see lock-table.ts WAKE_INC)
  IDENT: 1,
  DAEMON: 2,
  INTERRUPT: 3, // non-zero: a KeyboardInterrupt or signal is pending (bits: see signalBit)
  PARK: 4, // a counter sleeps wait on
  WAIT_KIND: 5, // WaitKind of the current wait
  WAIT_TARGET: 6, // lock id, thread ident, or 0
  WAIT_TIMED: 7, // 1 if the wait has a timeout
  WAIT_LINE: 8, // Python source line of the blocking call
  WAIT_ADDR: 9, // word index + 1 of the word the thread sleeps on (0: none); interrupts wake it
  LINE: 10, // the interpreter's current line, copied into WAIT_LINE when a wait begins
  ENTRY: 11, // what the thread runs (the interpreter's entry number)
  NAME_LEN: 12, // bytes of UTF-8 name that follow
  WAIT_SEQ: 13, // counts the waits this thread has begun (the deadlock watch: same wait, or a new one?)
  RUNNER: 14, // the pool: 0 not queued, 1 queued (waiting for a worker), 2 + id of the worker that took it
  SERVICE: 15, // non-zero: another thread asks this one to step an iterator it owns (interpreter/shared/remote-iter.ts)
  NAME: 16, // NAME_WORDS words of UTF-8
} as const;
export const NAME_BYTES = 128;
export const SLOT_WORDS = 16 + NAME_BYTES / 4;

export const ThreadState = { Free: 0, Starting: 1, Running: 2, Finished: 3 } as const;
export const STATE_MASK = 0xf;

export const WaitKind = { None: 0, Lock: 1, Join: 2, Sleep: 3, Input: 4, Other: 5 } as const;
export type WaitKind = (typeof WaitKind)[keyof typeof WaitKind];

/** Sessions: a recorded line (wait, acquire, allocation) is (H.INPUT << SESSION_LINE) | line-in-its-input. */
export const SESSION_LINE = 16;

/** Per-lock info words, relative to LOCK_INFO_BASE + id * LOCK_INFO_WORDS (deadlock reports, traces). */
export const LI = {
  ACQUIRE_LINE: 0, // the Python line where the current holder acquired it (one plain store per acquire)
  ALLOC: 1, // low 30 bits: the Python line where it was created; bit 30: LI_SIGNAL; bit 31: LI_WAITER
} as const;
export const LOCK_INFO_WORDS = 2;
/** Set once the lock was released by a thread other than its holder: a signal, not a mutex. */
export const LI_SIGNAL = 1 << 30;
/**
 * Set for a thread's Condition waiter (interpreter condition.ts threadWaiter): held at rest, released by a
 * notify, so a wait for it is a wait to be notified (Condition.wait, and what waits through one: Event.wait,
 * Queue.get/put, Semaphore.acquire, Barrier.wait, Future.result). Also for a worker's start lock, which the
 * thread it starts releases once it runs (sharing.ts startThread: CPython's start() waits on an Event).
 */
export const LI_WAITER = 1 << 31;
/** The line bits of LI.ALLOC. */
export const LI_LINE_MASK = LI_SIGNAL - 1;
/** Words per trace event: time (µs since the clock origin, mod 2^32), type word, argument, line, ticket. */
export const TRACE_EVENT_WORDS = 5;
/** Control words before each trace ring's events (trace-ring.ts): written, read and dropped counts, then
 *  the open run's words. */
export const TRACE_RING_HEADER = 8;

/** Output channel control words, relative to CHANNEL_BASE; the ring follows them. */
export const C = {
  WRITE_POS: 0, // bytes reserved so far (mod 2^32)
  READ_POS: 1, // bytes drained by the host
  COMMIT_SEQ: 2, // bumped after each committed record; the host's drain loop waits on it
  SPACE_SEQ: 3, // bumped by the host after freeing ring space; full writers wait on it
  WORDS: 4,
} as const;

/** Stdin ring control words, relative to STDIN_BASE; the ring follows them. */
export const S = {
  WRITE_POS: 0, // bytes the host has put in
  READ_POS: 1, // bytes readers have taken
  EOF: 2, // 1 once the host has seen end of input
  DATA_SEQ: 3, // bumped by the host after adding data or EOF; readers wait on it
  WANT_SEQ: 4, // bumped by a reader that found the ring empty; the host starts reading on it
  WORDS: 5,
} as const;

/** Lock id reserved for serialising stdin readers. */
export const STDIN_LOCK = 0;
export const RESERVED_LOCKS = 1;
/**
 * Lock ids a program may hold at once. An id is never given back while the program runs (a worker running
 * Python never returns to its event loop, so a FinalizationRegistry would never call back): a loop that
 * makes a Lock (or an Event, a Future: each has one) per item uses one per iteration.
 */
export const DEFAULT_LOCKS = 1 << 20;

export interface LayoutOptions {
  /** Total buffer size in bytes (default DEFAULT_BUFFER_BYTES: untouched pages cost no memory). */
  bytes?: number;
  threadSlots?: number; // default 256
  locks?: number; // default 2^20 (12 MB with their info words; pages untouched stay unallocated)
  channelBytes?: number; // output ring capacity, a power of two (default 1 MiB)
  stdinBytes?: number; // stdin ring capacity, a power of two (default 64 KiB)
  /** Events per thread slot's trace ring, a power of two; 0 (default): tracing off, no rings. */
  traceEvents?: number;
}

/** The buffer's size unless the program or the platform says (Platform.bufferBytes). */
export const DEFAULT_BUFFER_BYTES = 256 * 1024 * 1024;

function isPowerOfTwo(n: number): boolean {
  return n >= 16 && (n & (n - 1)) === 0;
}

/** A view on a buffer laid out by createBuffer(): typed views and the region offsets. */
export class Layout {
  readonly i32: Int32Array;
  readonly u8: Uint8Array;
  readonly f64: Float64Array;
  readonly threadBase: number;
  readonly threadSlots: number;
  readonly locks: LockTable;
  readonly channelBase: number;
  readonly channelBytes: number;
  readonly stdinBase: number;
  readonly stdinBytes: number;
  readonly heapOffset: number;
  readonly heapBytes: number;
  readonly lockInfoBase: number;
  readonly traceBase: number;
  readonly traceEvents: number;

  constructor(readonly sab: SharedArrayBuffer) {
    this.i32 = new Int32Array(sab);
    this.u8 = new Uint8Array(sab);
    this.f64 = new Float64Array(sab, 0, HEADER_WORDS / 2);
    const h = this.i32;
    if (h[H.MAGIC] !== MAGIC || h[H.VERSION] !== VERSION) throw new Error("pyt: not a pyt shared buffer");
    this.threadBase = h[H.THREAD_BASE];
    this.threadSlots = h[H.THREAD_SLOTS];
    this.locks = new LockTable(h, h[H.LOCK_BASE], h[H.LOCK_COUNT], RESERVED_LOCKS);
    this.channelBase = h[H.CHANNEL_BASE];
    this.channelBytes = h[H.CHANNEL_BYTES];
    this.stdinBase = h[H.STDIN_BASE];
    this.stdinBytes = h[H.STDIN_BYTES];
    this.heapOffset = h[H.HEAP_OFFSET];
    this.heapBytes = h[H.HEAP_BYTES];
    this.lockInfoBase = h[H.LOCK_INFO_BASE];
    this.traceBase = h[H.TRACE_BASE];
    this.traceEvents = h[H.TRACE_EVENTS];
  }

  /** Word index of lock `id`'s info word `field` (an LI member). */
  lockInfoWord(id: number, field: number): number {
    return this.lockInfoBase + id * LOCK_INFO_WORDS + field;
  }

  /** Word index of the first control word of `slot`'s trace ring (tracing on only). */
  traceRing(slot: number): number {
    return this.traceBase + slot * (TRACE_RING_HEADER + this.traceEvents * TRACE_EVENT_WORDS);
  }

  /** Word index of a thread slot's word `field` (a T member). */
  slotWord(slot: number, field: number): number {
    return this.threadBase + slot * SLOT_WORDS + field;
  }

  /** Epoch-based clock origin (ms) that all workers measure monotonic time from. */
  get timeBase(): number {
    return this.f64[H.TIME_BASE / 2];
  }
}

/** Creates and initialises a buffer; returns its Layout. */
export function createBuffer(options: LayoutOptions = {}, timeBase = 0): Layout {
  const slots = options.threadSlots ?? 256;
  const locks = options.locks ?? DEFAULT_LOCKS;
  const channelBytes = options.channelBytes ?? 1 << 20;
  const stdinBytes = options.stdinBytes ?? 1 << 16;
  if (!isPowerOfTwo(channelBytes) || !isPowerOfTwo(stdinBytes)) throw new Error("ring sizes must be powers of two");
  if (slots < 1 || slots > 0x7ffe) throw new Error("thread slots must be 1..32766");
  let w = HEADER_WORDS;
  const threadBase = w;
  w += slots * SLOT_WORDS;
  const lockBase = w;
  w += LockTable.wordsFor(locks);
  const channelBase = w;
  w += C.WORDS + channelBytes / 4;
  const stdinBase = w;
  w += S.WORDS + stdinBytes / 4;
  const lockInfoBase = w;
  w += locks * LOCK_INFO_WORDS;
  const traceEvents = options.traceEvents ?? 0;
  if (traceEvents !== 0 && !isPowerOfTwo(traceEvents)) throw new Error("trace ring sizes must be powers of two");
  const traceBase = traceEvents ? w : 0;
  w += traceEvents ? slots * (TRACE_RING_HEADER + traceEvents * TRACE_EVENT_WORDS) : 0;
  const heapOffset = Math.ceil((w * 4) / 4096) * 4096; // page-aligned
  const bytes = Math.max(options.bytes ?? DEFAULT_BUFFER_BYTES, heapOffset);
  if (bytes > 0x7fff_f000) throw new Error("shared buffer too large (max 2 GiB)");
  const sab = new SharedArrayBuffer(bytes);
  const h = new Int32Array(sab, 0, HEADER_WORDS);
  h[H.THREAD_BASE] = threadBase;
  h[H.THREAD_SLOTS] = slots;
  h[H.LOCK_BASE] = lockBase;
  h[H.LOCK_COUNT] = locks;
  h[H.CHANNEL_BASE] = channelBase;
  h[H.CHANNEL_BYTES] = channelBytes;
  h[H.STDIN_BASE] = stdinBase;
  h[H.STDIN_BYTES] = stdinBytes;
  h[H.HEAP_OFFSET] = heapOffset;
  h[H.HEAP_BYTES] = bytes - heapOffset;
  h[H.NEXT_IDENT] = 1;
  h[H.LOCK_INFO_BASE] = lockInfoBase;
  h[H.TRACE_BASE] = traceBase;
  h[H.TRACE_EVENTS] = traceEvents;
  new Float64Array(sab, 0, HEADER_WORDS / 2)[H.TIME_BASE / 2] = timeBase;
  h[H.VERSION] = VERSION;
  Atomics.store(h, H.MAGIC, MAGIC);
  const layout = new Layout(sab);
  layout.locks.initReserved();
  return layout;
}

/**
 * What the process does with a signal (H.SIG_DISP), as the interpreter's signal.signal() set it.
 * Initial: as at start (SIGINT raises KeyboardInterrupt, a second one stops the program; others as
 * Default). Handler: MainThread runs a Python handler. Default: the operating system's default (for
 * most signals the process dies of it).
 */
export const SigDisposition = { Initial: 0, Ignore: 1, Handler: 2, Default: 3 } as const;
export type SigDisposition = (typeof SigDisposition)[keyof typeof SigDisposition];

/** The INTERRUPT word's bit for a pending signal (1..31): bit 0 is SIGINT, bit 1 the host's stop (2). */
export function signalBit(signum: number): number {
  return signum === 2 ? 1 : signum === 1 ? 4 : 1 << signum;
}

/** The disposition of `signum` (1..31) in the header. */
export function sigDisposition(i32: Int32Array, signum: number): SigDisposition {
  return ((Atomics.load(i32, H.SIG_DISP + (signum >> 4)) >>> ((signum & 15) * 2)) & 3) as SigDisposition;
}

/** Sets the disposition of `signum` (1..31); only MainThread writes, but the host reads: one CAS loop. */
export function setSigDisposition(i32: Int32Array, signum: number, d: SigDisposition): void {
  const index = H.SIG_DISP + (signum >> 4);
  const shift = (signum & 15) * 2;
  for (;;) {
    const old = Atomics.load(i32, index);
    const next = (old & ~(3 << shift)) | (d << shift);
    if (Atomics.compareExchange(i32, index, old, next) === old) return;
  }
}
