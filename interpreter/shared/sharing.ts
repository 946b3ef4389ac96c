// When sharing starts and how a thread begins. MainThread shares nothing until its first thread start;
// then it publishes sys.modules' source modules (so __main__'s globals and everything reachable) and a
// runtime record [sys.modules, thread-name counter]. A start writes an entry record
// [callable, args tuple, kwargs pairs, runtime record] whose address the runtime hands to the new
// thread's worker, which decodes it and calls (runThreadEntry).
import type { Host } from "../host.js";
import type { PyValue } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import type { PyModule } from "../objects/module.js";
import { runtimeError, toPyException, SystemExit } from "../objects/exceptions.js";
import { call } from "../protocol/call.js";
import { repr } from "../protocol/repr.js";
import { formatException } from "../traceback.js";
import { rt } from "../state.js";
import { resumeWait } from "../signals.js";
import { sharedHooks, sharingStartHooks, typeOps } from "./hooks.js";
import { S, T_ENTRY, T_RUNTIME, encode, decode, publish, retireOwned, sharedId } from "./codec.js";
import "./containers.js";
import "./codes.js";
import { ORIGINAL_STREAM } from "./sys-streams.js";
import { closeMailbox } from "./remote-iter.js";

const NONE = 2, FALSE = 10, TRUE = 18;
let localCounter = 0;

/** threading's name counter (Thread-N), atomic across threads once sharing started. */
export function nextThreadNumber(): number {
  if (!S.active) return ++localCounter;
  const h = S.heap;
  h.enter();
  try {
    for (;;) {
      const w = h.recordGet(S.runtime, 1);
      const n = (w >> 1) + 1;
      if (h.recordCompareExchange(S.runtime, 1, w, (n << 1) | 1) === w) return n;
    }
  } finally {
    h.leave();
  }
}

/**
 * MainThread before the program runs (interpreter/preimport.ts): publishes modules run ahead, so that
 * the first start publishes only what the program made (threading and queue are ~400 objects, 4-5 ms
 * of a first start run cold). Sharing is not on yet: no other thread exists, so a change to a published
 * class has no one to tell (containers.ts bumpClasses) and published objects keep their local ids.
 */
export function publishAhead(modules: readonly PyModule[]): void {
  const heap = rt.host.threads?.heap;
  if (S.active || !heap || modules.length === 0) return;
  S.heap = heap;
  heap.enter();
  try {
    for (const m of modules) publish(m);
  } finally {
    heap.leave();
  }
}

/** MainThread's first start: publish the world. */
export function ensureSharing(): void {
  if (S.active) return;
  const heap = rt.host.threads?.heap;
  if (!heap) throw runtimeError("can't start new thread");
  S.heap = heap;
  heap.enter();
  try {
    const mods = new PyDict();
    for (const [name, m] of rt.modules) if (m.file !== null) mods.setStr(name, m);
    const sm = publish(mods);
    // [sys.modules, thread-name counter, shared-class change counter (containers.ts typeOps), random's
    // shared generator state (modules/random.ts), NONE until made, sys.stdout, sys.stderr and sys.excepthook
    // (sys-streams.ts)]
    S.runtime = heap.allocRecord(T_RUNTIME, [sm, (localCounter << 1) | 1, 1, NONE, ORIGINAL_STREAM, ORIGINAL_STREAM, ORIGINAL_STREAM]);
    S.active = true;
    typeOps.active = true;
    for (const hook of sharingStartHooks) hook();
  } finally {
    heap.leave();
  }
}

/**
 * Starts `fn(*args, **kwargs)` in a new thread; returns its ident once the thread runs Python code, as
 * CPython's start() (so threads started in order begin in order). The new thread says so by releasing
 * a start lock: right before calling fn, or, when `pySignal` (threading's _bootstrap), when its Python
 * code calls _thread._started() once it has loaded what it runs.
 */
export function startThread(fn: PyValue, args: PyTuple, kwargs: PyDict | null, name: string, daemon: boolean, pySignal = false): number {
  const th = rt.host.threads;
  if (!th?.startThread) throw runtimeError("can't start new thread");
  ensureSharing();
  const h = S.heap;
  // This worker's start lock, made once (a worker runs one thread at a time) and held while a start is
  // under way: a lock made and freed per start had its id taken next by any other new lock, and the
  // trace, which names a lock id once, then gave that lock the start lock's name.
  if (startLockId < 0) startLockId = th.lockAllocate(true);
  const startLock = startLockId;
  if (startLock < 0) throw runtimeError("can't start new thread");
  th.lockAcquire(startLock, true, -1);
  let entry: number;
  h.enter();
  try {
    const pairs = kwargs ? encode(new PyTuple(kwargs.entries().map((e) => new PyTuple(e)))) : NONE;
    entry = h.allocRecord(T_ENTRY, [encode(fn), encode(args), pairs, S.runtime, (startLock << 1) | 1, pySignal ? TRUE : FALSE]);
  } finally {
    h.leave();
  }
  let ident: number;
  try {
    // Queued only: the start lock below is what says the thread runs.
    ident = th.startThread(entry, name, daemon, true);
  } catch {
    h.enter();
    try { freeEntry(entry); } finally { h.leave(); }
    th.lockRelease(startLock);
    throw runtimeError("can't start new thread");
  }
  while (!th.lockAcquire(startLock, true, -1) && resumeWait());
  th.lockRelease(startLock);
  // As CPython's GIL: the new thread runs until it blocks or for a switch interval before we go on.
  th.startGrace?.(ident, START_GRACE_MS);
  return ident;
}

/** This worker's start lock (startThread), -1 until its first start. */
let startLockId = -1;

/** CPython's default switch interval (sys.getswitchinterval()): how long a new thread keeps the GIL. */
const START_GRACE_MS = 5;

/** The start lock this thread must release once it runs (-1: released). */
let pendingStart = -1;

/** _thread._started(): the new thread tells its starter that it runs. */
export function signalStarted(): void {
  if (pendingStart < 0) return;
  const id = pendingStart;
  pendingStart = -1;
  rt.host.threads!.lockRelease(id);
}

function freeEntry(entry: number): void {
  const h = S.heap;
  for (let i = 0; i < 3; i++) retireOwned(h.recordGet(entry, i));
  h.retire(entry);
}

/** A thread worker runs the entry record at `entry` (the runtime's Runner.runThread). */
export function runThreadEntry(host: Host, entry: number): void {
  rt.host = host;
  rt.interrupt = host.interruptFlag;
  rt.depth = 0;
  rt.handling = [];
  const heap = host.threads?.heap;
  if (!heap) throw new Error("internal: a thread without a shared heap");
  S.heap = heap;
  S.active = true;
  typeOps.active = true;
  let fn: PyValue;
  const args: PyValue[] = [];
  let kwnames: string[] | null = null;
  let pySignal = false;
  heap.enter();
  try {
    S.runtime = heap.recordGet(entry, 3);
    pendingStart = heap.recordGet(entry, 4) >> 1;
    pySignal = heap.recordGet(entry, 5) === TRUE;
    fn = decode(heap.recordGet(entry, 0));
    args.push(...(decode(heap.recordGet(entry, 1)) as PyTuple).items);
    const kw = heap.recordGet(entry, 2);
    if (kw !== NONE) {
      kwnames = [];
      for (const p of (decode(kw) as PyTuple).items) {
        const [k, v] = (p as PyTuple).items;
        kwnames.push(k as string);
        args.push(v);
      }
    }
    freeEntry(entry);
  } finally {
    heap.leave();
  }
  rt.depth = 1;
  if (!pySignal) signalStarted();
  try {
    call(fn, args, kwnames);
  } catch (e) {
    const pe = toPyException(e);
    if (!pe.exc.cls.isSubtype(SystemExit)) {
      host.write(2, `Exception ignored in thread started by: ${repr(fn)}\n${formatException(pe.exc)}`);
    }
  } finally {
    signalStarted();
    closeMailbox();
    rt.depth = 0;
  }
}

/** `read` of the shared sys.modules, inside the heap; undefined before threads run. */
function readSharedModules<T>(read: (mods: PyDict) => T): T | undefined {
  if (!S.active || S.runtime === 0) return undefined;
  const h = S.heap;
  h.enter();
  try {
    return read(decode(h.recordGet(S.runtime, 0)) as PyDict);
  } finally {
    h.leave();
  }
}

sharedHooks.importShared = (name) => readSharedModules((mods) => mods.getStr(name));
sharedHooks.sharedModules = () => readSharedModules((mods) => mods.entries() as [string, PyValue][]) ?? [];
sharedHooks.objectId = sharedId;
