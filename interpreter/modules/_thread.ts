// The native _thread module over the Host's ThreadHost: lock objects (one word in the runtime's lock
// table; acquire blocks in Atomics.wait), start_new_thread (a worker from the pool runs the entry
// record), get_ident/get_native_id, and the private helpers the threading module is written on.
import { PyObject, PyValue, PyFloat, defineType, typeName, isCallable } from "../objects/object.js";
import { registerModule, nativeFunction } from "../registry.js";
import { PyModule } from "../objects/module.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import {
  runtimeError, valueError, typeError, overflowError, makeExc, RuntimeError, PyBaseException, SystemExit,
} from "../objects/exceptions.js";
import { parseArgs, asInt } from "../objects/args.js";
import { truthy } from "../protocol/ops.js";
import { arity, noKwargs } from "../protocol/call.js";
import { repr } from "../protocol/repr.js";
import { formatException } from "../traceback.js";
import { objectId } from "../protocol/repr.js";
import { rt } from "../state.js";
import { resumeWait, timeLeft, waitResuming } from "../signals.js";
import { lockCodec, S } from "../shared/codec.js";
import { startThread, nextThreadNumber, signalStarted } from "../shared/sharing.js";
import { nativeContexts } from "../compile/native-with.js";

export const TIMEOUT_MAX = 9223372036.0;

/** A lock: its id in the runtime's lock table, or -1 (a host without threads: a plain flag). */
export class PyLock extends PyObject {
  localLocked = false;
  constructor(readonly id: number) { super(); }
}

function threadHost() {
  return rt.host.threads;
}

/**
 * A lock id for a new lock (-1: no thread host, a local lock); a full table is CPython's allocation error.
 * `waiter`: a Condition's waiter lock (ThreadHost.lockAllocate).
 */
function allocateLock(waiter = false): number {
  const th = threadHost();
  if (!th) return -1;
  const id = th.lockAllocate(waiter);
  if (id < 0) throw runtimeError("can't allocate lock");
  return id;
}

export function newLock(waiter = false): PyLock {
  return new PyLock(allocateLock(waiter));
}

function seconds(v: PyValue, what: string): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number" || typeof v === "boolean") return +v;
  if (typeof v === "bigint") return Number(v);
  throw typeError(`'${typeName(v)}' object cannot be interpreted as ${what}`);
}

/** The argument errors of lock.acquire / RLock.acquire (raised before anything else). */
function checkAcquireArgs(blocking: boolean, timeout: number): void {
  if (!blocking && timeout !== -1) throw valueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw valueError("timeout value must be positive");
  if (timeout > TIMEOUT_MAX) throw overflowError(timeout * 1e9 >= 2 ** 63 ? "timestamp out of range for platform time_t" : "timeout value is too large");
}

export function lockAcquire(l: PyLock, blocking: boolean, timeout: number): boolean {
  checkAcquireArgs(blocking, timeout);
  if (l.id < 0) {
    if (!l.localLocked) return (l.localLocked = true);
    if (!blocking) return false;
    if (timeout >= 0) {
      const start = rt.host.monotonic();
      for (let left = timeout; left > 0; left = timeLeft(timeout, start)) {
        rt.host.sleep(left);
        resumeWait();
      }
      return false;
    }
    throw runtimeError("deadlock: acquiring a held lock with no other thread to release it");
  }
  const th = threadHost()!;
  if (!blocking) return th.lockAcquire(l.id, false, 0);
  // With no timeout, the take that succeeds goes first (no closure: `with lock:` in a loop passes here):
  // only a signal can cut it short, and then waitResuming runs its handlers and takes it after.
  if (timeout < 0 && th.lockAcquire(l.id, true, -1)) return true;
  return waitResuming(timeout, (left) => th.lockAcquire(l.id, true, left));
}

export function lockRelease(l: PyLock): void {
  if (l.id < 0) {
    if (!l.localLocked) throw runtimeError("release unlocked lock");
    l.localLocked = false;
    return;
  }
  if (!threadHost()!.lockRelease(l.id)) throw runtimeError("release unlocked lock");
}

function lockLocked(l: PyLock): boolean {
  return l.id < 0 ? l.localLocked : threadHost()!.lockLocked(l.id);
}

function acquireArgs(args: PyValue[], kw: string[] | null): [boolean, number] {
  const [b, t] = parseArgs("acquire", args, kw, ["blocking", "timeout"], 2);
  // CPython parses blocking as an int ("|iO"), not as a truth value: acquire("x") is a TypeError
  if (b !== undefined && typeof b !== "number" && typeof b !== "boolean" && typeof b !== "bigint") {
    throw typeError(`'${typeName(b)}' object cannot be interpreted as an integer`);
  }
  return [b === undefined ? true : truthy(b), t === undefined ? -1 : seconds(t, "an integer")];
}

// lock.acquire() with no arguments (the lessons' form) skips the argument parsing.
const acquire = (l: PyLock, args: PyValue[], kw: string[] | null) =>
  args.length === 0 && kw === null ? lockAcquire(l, true, -1) : lockAcquire(l, ...acquireArgs(args, kw));
/** A METH_NOARGS method's check, in CPython's words: `lock.release() takes no arguments (1 given)`. */
function noArgs(name: string, args: PyValue[], kw: string[] | null): void {
  if (args.length === 0) return;
  noKwargs(name, kw);
  arity(name, args, 0, 0);
}

const release = (name: string) => (l: PyLock, args: PyValue[], kw: string[] | null) => {
  noArgs(name, args, kw);
  lockRelease(l);
  return null;
};
const locked = (name: string) => (l: PyLock, args: PyValue[], kw: string[] | null) => {
  noArgs(name, args, kw);
  return lockLocked(l);
};

export const lockType = defineType("lock", {
  proto: PyLock,
  module: "_thread",
  methods: {
    acquire, acquire_lock: acquire,
    release: release("lock.release"), release_lock: release("lock.release_lock"),
    locked: locked("lock.locked"), locked_lock: locked("lock.locked_lock"),
    __enter__: (l: PyLock) => lockAcquire(l, true, -1),
    __exit__: (l: PyLock) => { lockRelease(l); return null; },
  },
  slots: {
    repr: (l: PyLock) =>
      `<${lockLocked(l) ? "locked" : "unlocked"} _thread.lock object at 0x${objectId(l).toString(16).padStart(12, "0")}>`,
  },
  baseType: false,
});

/**
 * _thread.RLock, native as CPython's (issue 4: the Python RLock cost a dozen shared-attribute stores per
 * acquire/release). The lock word says who holds it; `owner`/`count` are this worker's view, exact for the
 * thread running here (only the owner changes them, and a thread lives in one worker). Once published,
 * they are mirrored into the lock's heap record (fields 1, 2) so another thread's repr shows them.
 */
export class PyRLock extends PyLock {
  owner = 0;
  count = 0;
  /** The heap record once published (0 before). */
  rec = 0;
}

function myIdent(): number {
  return threadHost()?.ident ?? 1;
}

// The runtime numbers threads 1, 2, 3...; Python sees CPython-like idents (pthread_t values: large, a
// thread stack apart, MainThread's the highest), so `print(threading.get_ident())` looks as it does there.
const IDENT_BASE = 139_675_425_414_016, IDENT_STRIDE = 8_392_704;
/** The ident Python sees for the runtime's thread number `n` (0, no owner, stays 0). */
export function pyIdent(n: number): number {
  return n === 0 ? 0 : IDENT_BASE - (n - 1) * IDENT_STRIDE;
}
/** The runtime's thread number of an ident pyIdent gave. */
export function runtimeIdent(v: PyValue): number {
  return Math.round((IDENT_BASE - Number(v)) / IDENT_STRIDE) + 1;
}

function rlockMirror(l: PyRLock): void {
  S.heap.recordSet(l.rec, 1, (l.owner << 1) | 1);
  S.heap.recordSet(l.rec, 2, (l.count << 1) | 1);
}

export function rlockAcquire(l: PyRLock, blocking: boolean, timeout: number): boolean {
  const me = myIdent();
  if (l.count > 0 && l.owner === me) {
    checkAcquireArgs(blocking, timeout);
    if (l.count === 0x3fffffff) throw overflowError("Internal lock count overflowed");
    l.count++;
    if (l.rec !== 0) rlockMirror(l);
    return true;
  }
  if (!lockAcquire(l, blocking, timeout)) return false;
  l.owner = me;
  l.count = 1;
  if (l.rec !== 0) rlockMirror(l);
  return true;
}

export function rlockRelease(l: PyRLock): void {
  if (l.count === 0 || l.owner !== myIdent()) throw runtimeError("cannot release un-acquired lock");
  if (--l.count === 0) {
    l.owner = 0;
    if (l.rec !== 0) rlockMirror(l);
    lockRelease(l);
  } else if (l.rec !== 0) rlockMirror(l);
}

/** Whether the calling thread holds `l` (Condition's check). */
export function rlockIsOwned(l: PyRLock): boolean {
  return l.count > 0 && l.owner === myIdent();
}

/** Releases `l` completely; returns the count to restore (Condition.wait). */
export function rlockReleaseSave(l: PyRLock): number {
  if (l.count === 0) throw runtimeError("cannot release un-acquired lock");
  const count = l.count;
  l.count = 0;
  l.owner = 0;
  if (l.rec !== 0) rlockMirror(l);
  lockRelease(l);
  return count;
}

export function rlockAcquireRestore(l: PyRLock, count: number): void {
  lockAcquire(l, true, -1);
  l.owner = myIdent();
  l.count = count;
  if (l.rec !== 0) rlockMirror(l);
}

/** (owner, count) as another thread sees them: its own view if it owns it, else the heap mirror. */
function rlockState(l: PyRLock): [number, number] {
  if (l.count > 0 && l.owner === myIdent()) return [l.owner, l.count];
  if (l.rec === 0) return [l.owner, l.count];
  return [S.heap.recordGet(l.rec, 1) >> 1, S.heap.recordGet(l.rec, 2) >> 1];
}

const racquire = (l: PyRLock, args: PyValue[], kw: string[] | null) =>
  args.length === 0 && kw === null ? rlockAcquire(l, true, -1) : rlockAcquire(l, ...acquireArgs(args, kw));

export const rlockType = defineType("RLock", {
  proto: PyRLock,
  module: "_thread",
  methods: {
    acquire: racquire,
    release: (l: PyRLock, args: PyValue[], kw: string[] | null) => {
      noArgs("RLock.release", args, kw);
      rlockRelease(l);
      return null;
    },
    __enter__: (l: PyRLock, args: PyValue[], kw: string[] | null) => racquire(l, args, kw),
    __exit__: (l: PyRLock) => { rlockRelease(l); return null; },
    _is_owned: (l: PyRLock, args: PyValue[], kw: string[] | null) => {
      noArgs("RLock._is_owned", args, kw);
      return rlockIsOwned(l);
    },
    _release_save: (l: PyRLock) => {
      const owner = l.owner;
      return new PyTuple([rlockReleaseSave(l), owner]);
    },
    _acquire_restore: (l: PyRLock, args: PyValue[]) => {
      const st = args[0];
      rlockAcquireRestore(l, st instanceof PyTuple ? (st.items[0] as number) : 1);
      return null;
    },
    _recursion_count: (l: PyRLock) => (rlockIsOwned(l) ? l.count : 0),
  },
  slots: {
    new: () => new PyRLock(allocateLock()),
    repr: (l: PyRLock) => {
      const [owner, count] = rlockState(l);
      return `<${count ? "locked" : "unlocked"} _thread.RLock object owner=${pyIdent(owner)} count=${count} at 0x${objectId(l).toString(16).padStart(12, "0")}>`;
    },
  },
  baseType: false,
});

// `with lock:` calls these directly (both types are immutable and cannot be subclassed).
nativeContexts.set(lockType, { enter: (l) => lockAcquire(l as PyLock, true, -1), exit: (l) => lockRelease(l as PyLock) });
nativeContexts.set(rlockType, { enter: (l) => rlockAcquire(l as PyRLock, true, -1), exit: (l) => rlockRelease(l as PyRLock) });

lockCodec.isLock = (o) => o instanceof PyLock;
lockCodec.fields = (o) => {
  if (!(o instanceof PyRLock)) return [];
  return [(o.owner << 1) | 1, (o.count << 1) | 1];
};
lockCodec.published = (o, a) => {
  if (o instanceof PyRLock) o.rec = a;
};
lockCodec.lockId = (o) => {
  const l = o as PyLock;
  if (l.id < 0) throw typeError("cannot share a lock of a host without threads");
  return l.id;
};
lockCodec.make = (id, rec) => {
  if (rec === 0) return new PyLock(id);
  const l = new PyRLock(id);
  l.rec = rec;
  return l;
};

/** Prints an exception that escaped a thread as threading.excepthook does, in one write. */
export function printThreadException(name: string, exc: PyBaseException): void {
  if (exc.cls.isSubtype(SystemExit)) return;
  rt.host.write(2, `Exception in thread ${name}:\n${formatException(exc)}`);
}

/** Threads this worker started with _thread.start_new_thread (for their runtime names). */
let startedRaw = 0;

/** threading.stack_size()'s value (the worker's stack does not change with it). */
let stackSize = 0;

registerModule("_thread", () => {
  const m = new PyModule("_thread");
  const d = m.globals;
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue) => d.setStr(name, nativeFunction(name, fn));
  d.setStr("LockType", lockType);
  d.setStr("lock", lockType);
  d.setStr("RLock", rlockType);
  d.setStr("error", RuntimeError);
  d.setStr("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
  // threading.Lock is allocate_lock: Lock(1) is CPython's METH_NOARGS error
  for (const name of ["allocate_lock", "allocate"]) {
    def(name, (args, kw) => {
      if (kw !== null && kw.length) throw typeError(`_thread.${name}() takes no keyword arguments`);
      if (args.length) throw typeError(`_thread.${name}() takes no arguments (${args.length} given)`);
      return newLock();
    });
  }
  def("get_ident", () => pyIdent(myIdent()));
  def("get_native_id", () => threadHost()?.nativeId ?? 1);
  // The size is kept and reported as CPython's is, but every worker has the same big stack
  // (runtime/node/platform.ts STACK_SIZE_MB): a thread never runs short of it first.
  def("stack_size", (args, kw) => {
    noKwargs("stack_size", kw);
    if (args.length > 1) throw typeError(`stack_size() takes at most 1 argument (${args.length} given)`);
    const old = stackSize;
    const v = args.length === 1 ? asInt(args[0]) : 0; // as CPython's: no argument sets 0 (the default)
    if (v < 0) throw valueError("size must be 0 or a positive value");
    if (v !== 0 && v < 32768) throw valueError(`size not valid: ${v} bytes`);
    stackSize = Number(v);
    return old;
  });
  def("_count", () => threadHost()?.activeCount?.() ?? 1);
  def("_main_ident", () => pyIdent(threadHost()?.mainIdent ?? myIdent()));
  // (start_new is CPython's old name for it, still there in 3.11)
  for (const name of ["start_new_thread", "start_new"]) {
    def(name, (args, kw) => {
      // CPython's PyArg_UnpackTuple(args, "start_new_thread", 2, 3, ...) and its checks, in order
      noKwargs(name, kw);
      if (args.length < 2) throw typeError(`start_new_thread expected at least 2 arguments, got ${args.length}`);
      if (args.length > 3) throw typeError(`start_new_thread expected at most 3 arguments, got ${args.length}`);
      const [fn, a, k] = args;
      if (!isCallable(fn)) throw typeError("first arg must be callable");
      if (!(a instanceof PyTuple)) throw typeError("2nd arg must be a tuple");
      if (k !== undefined && !(k instanceof PyDict)) throw typeError("optional 3rd arg must be a dictionary");
      // the runtime's name for it (traces, deadlock reports): not a number of threading's counter, which
      // CPython's start_new_thread leaves alone (its current_thread() is then Dummy-1, not Dummy-2)
      return pyIdent(startThread(fn!, a, (k as PyDict | undefined) ?? null, `start_new_thread-${++startedRaw}`, false));
    });
  }
  // exit() is `raise SystemExit` (a thread then ends quietly); exit_thread its old name
  for (const name of ["exit", "exit_thread"]) {
    def(name, (args, kw) => {
      noKwargs(`_thread.${name}`, kw);
      if (args.length) throw typeError(`_thread.${name}() takes no arguments (${args.length} given)`);
      throw makeExc(SystemExit);
    });
  }
  /** _start(function, name, daemon): starts function() in a new thread; returns its ident once it runs. */
  def("_start", (args) => pyIdent(startThread(args[0], new PyTuple([]), null, String(args[1]), truthy(args[2]), true)));
  def("_started", () => { signalStarted(); return null; });
  def("_next_number", () => nextThreadNumber());
  def("_join", (args) => {
    const th = threadHost();
    if (!th?.join) return true;
    const ident = runtimeIdent(args[0]);
    const timeout = seconds(args[1], "a float");
    try {
      return waitResuming(timeout, (left) => th.join!(ident, left));
    } catch (e) {
      // CPython's join marks the joined thread stopped when Ctrl-C (or a handler's exception)
      // interrupts it (bpo-45274), so the interpreter's exit does not wait for it: the program ends at once.
      th.forget?.(ident);
      throw e;
    }
  });
  def("_main_end_lock", (args) => {
    const lock = args[0];
    if (lock instanceof PyLock && lock.id >= 0) threadHost()?.markMainEnd?.(lock.id);
    return null;
  });
  def("_is_alive", (args) => threadHost()?.isAlive?.(runtimeIdent(args[0])) ?? false);
  def("_excepthook", (args) => {
    printThreadException(String(args[0]), (args[1] as PyBaseException));
    return null;
  });
  def("_repr", (args) => repr(args[0]));
  /**
   * (bytes in use, bytes reserved, bytes in limbo) of the shared heap after a reclamation pass, and this
   * worker's JS heap in use after a full collection (None where the platform cannot force one). Tests.
   */
  def("_heap_stats", () => {
    const host = threadHost();
    const heap = host?.heap;
    if (!heap) return null;
    heap.collect();
    const s = heap.stats();
    const js = host!.jsHeapUsed?.() ?? null;
    return new PyTuple([s.bytesInUse, s.bytesReserved, s.bytesInLimbo, js]);
  });
  return m;
});
