// Iterators that cannot live in the shared heap (a generator's suspended frame, enumerate, zip, map,
// filter, dict and set iterators) stay with the thread that made them; another thread that steps one
// (next(), a for loop, list(); a generator's send, throw and close) asks that thread to do it. The request goes through the owner's mailbox,
// a record in the heap, and the owner serves it whenever it waits (runtime/waits.ts: a join, a lock, a
// sleep, a queue get, an Event...), one step at a time, as CPython's GIL steps a shared generator. So the
// tutorials' shared generator works: MainThread makes it, starts workers that take items from it (under
// a lock or not) and joins them, serving them meanwhile. An owner that computes serves at its loops'
// periodic safepoint (compile/interrupt.ts); one that has ended serves no one again (RuntimeError).
import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/object.js";
import { PyException, runtimeError, typeError, makeExc, KeyboardInterrupt, StopIteration, toPyException } from "../objects/exceptions.js";
import { PyTuple } from "../objects/tuple.js";
import { PyBuiltinFunction } from "../objects/function.js";
import { getattr } from "../protocol/attr.js";
import { call as callValue } from "../protocol/call.js";
import { rt } from "../state.js";
import { checkInterrupt, service } from "../compile/interrupt.js";
import { S, decode, encode, retireOwned, opaqueHooks, opaqueObject, type PyForeign } from "./codec.js";
import { threadWaiter, withOwnWaiter } from "../modules/condition.js";

const T_MAILBOX = 60; // a record tag the codec never uses: the record is read only here
// Mailbox fields, small-int words but REPLY and CALL: the owner's ident (0 once it ended); the lock
// requesters take in turn; the request (the opaque id to step, 0: none); the requester's waiter lock,
// which the owner releases once the reply is in; the reply's kind and word (an encoded value the
// requester owns); and for a method call instead of a step (a generator's send, throw, close), an
// encoded (name, args) tuple the owner owns, else NO_CALL.
const OWNER = 0, MUTEX = 1, REQUEST = 2, WAITER = 3, KIND = 4, REPLY = 5, CALL = 6;
const NO_CALL = 1; // the small int 0
const VALUE = 1, STOP = 2, RAISED = 3, ENDED = 4;

const int = (n: number): number => (n << 1) | 1;
const num = (w: number): number => w >> 1;

/** This thread's mailbox (0: none yet), and whose it is (a pool worker runs one thread after another). */
let mine = 0;
let mineIdent = 0;

/** The calling thread's mailbox, made on first use; 0 where the host cannot serve requests. The caller is inside the heap. */
function mailbox(): number {
  const th = rt.host.threads;
  if (th?.serviceWake === undefined || th.setServiceHandler === undefined) return 0;
  if (mine !== 0 && mineIdent === th.ident) return mine;
  const mutex = th.lockAllocate();
  if (mutex < 0) return 0;
  mine = S.heap.allocRecord(T_MAILBOX, [int(th.ident), int(mutex), int(0), int(0), int(0), int(0), NO_CALL]);
  mineIdent = th.ident;
  th.setServiceHandler(serve);
  service.flag = th.serviceFlag ?? null;
  service.serve = serve;
  return mine;
}

/** The owner's side: steps the iterator asked for, if a request is in, and wakes the requester. */
function serve(): void {
  const mb = mine;
  if (mb === 0 || mineIdent !== rt.host.threads!.ident) return;
  const h = S.heap;
  const id = num(h.recordExchange(mb, REQUEST, int(0)));
  if (id === 0) return;
  let kind = STOP;
  let reply: PyValue | undefined;
  try {
    const o = opaqueObject(id);
    const call = takeCall(h.recordExchange(mb, CALL, NO_CALL));
    if (o !== undefined && call !== null) {
      reply = withOwnWaiter(() => callValue(getattr(o, call[0]), call[1]));
      kind = VALUE;
    } else {
      reply = o === undefined ? undefined : withOwnWaiter(() => typeOf(o).slots.next!(o));
      if (reply !== undefined) kind = VALUE;
    }
  } catch (e) {
    kind = RAISED;
    reply = toPyException(e).exc;
  }
  h.enter();
  try {
    h.recordSet(mb, REPLY, reply === undefined ? int(0) : encode(reply));
  } catch (e) {
    // an exception (or value) that cannot be shared: the requester gets a RuntimeError naming it
    kind = RAISED;
    h.recordSet(mb, REPLY, encode(toPyException(runtimeErrorFor(e)).exc));
  } finally {
    h.leave();
  }
  h.recordSet(mb, KIND, int(kind));
  rt.host.threads!.lockRelease(num(h.recordGet(mb, WAITER)));
}

function runtimeErrorFor(e: unknown): PyException {
  return runtimeError(`a step of an iterator of another thread gave what cannot be shared between threads (${e instanceof PyException ? e.message : String(e)})`);
}

/** A method call's name and arguments, decoded (and the words freed); null for a step. */
function takeCall(w: number): [string, PyValue[]] | null {
  if (w === NO_CALL) return null;
  const h = S.heap;
  h.enter();
  try {
    const [name, args] = (decode(w) as PyTuple).items;
    retireOwned(w);
    return [name as string, (args as PyTuple).items.slice()];
  } finally {
    h.leave();
  }
}

/** The methods another thread may call on a generator it does not own (the rest stays TypeError). */
const GENERATOR_METHODS = new Set(["send", "throw", "close"]);

/** `f.name` for another thread's iterator: its steps' methods, bound to it; else undefined. */
function remoteAttr(f: PyForeign, name: string): PyValue | undefined {
  if (name === "__iter__") return new PyBuiltinFunction(name, (args, kw) => (noArgs(name, args, kw), f), f);
  if (name === "__next__") {
    return new PyBuiltinFunction(name, (args, kw) => {
      noArgs(name, args, kw);
      const v = remoteNext(f);
      if (v === undefined) throw makeExc(StopIteration);
      return v;
    }, f);
  }
  if (f.typeName === "generator" && GENERATOR_METHODS.has(name)) {
    return new PyBuiltinFunction(name, (args, kw) => {
      if (kw !== null && kw.length > 0) throw typeError(`${name}() takes no keyword arguments`);
      return remoteNext(f, [name, args]) ?? null;
    }, f);
  }
  return undefined;
}

function noArgs(name: string, args: PyValue[], kw: string[] | null): void {
  if (args.length > 0 || (kw !== null && kw.length > 0)) throw typeError(`expected 0 arguments, got ${args.length}`);
}

/**
 * The requester's side: one step of `f` (or, with `call`, that method call on it), run by the thread
 * that owns it; undefined at its end.
 */
function remoteNext(f: PyForeign, call: [string, PyValue[]] | null = null): PyValue | undefined {
  const th = rt.host.threads!;
  const h = S.heap;
  const mb = f.mailbox;
  const mutex = num(h.recordGet(mb, MUTEX));
  if (!th.lockAcquire(mutex, true, -1)) checkInterrupt();
  let interrupted = false;
  let kind: number;
  let word: number;
  try {
    const owner = num(h.recordGet(mb, OWNER));
    if (owner === 0) throw ended(f);
    const waiter = threadWaiter().id;
    h.recordSet(mb, KIND, int(0));
    h.recordSet(mb, WAITER, int(waiter));
    if (call !== null) {
      h.enter();
      try {
        h.recordSet(mb, CALL, encode(new PyTuple([call[0], new PyTuple(call[1])])));
      } finally {
        h.leave();
      }
    }
    h.recordSet(mb, REQUEST, int(f.id));
    // The owner ends by clearing OWNER, then taking any request left: one of the two sees the other.
    if (!th.serviceWake!(owner) || num(h.recordGet(mb, OWNER)) === 0) {
      if (h.recordCompareExchange(mb, REQUEST, int(f.id), int(0)) === int(f.id)) {
        takeCall(h.recordExchange(mb, CALL, NO_CALL));
        throw ended(f);
      }
    }
    // The owner releases the waiter once the reply is in; a Ctrl-C meanwhile is raised after it.
    while (!th.lockAcquire(waiter, true, -1)) {
      interrupted = true;
      rt.host.takeInterrupt();
    }
    kind = num(h.recordGet(mb, KIND));
    word = h.recordExchange(mb, REPLY, int(0));
  } finally {
    th.lockRelease(mutex);
  }
  let v: PyValue;
  h.enter();
  try {
    v = decode(word);
    retireOwned(word);
  } finally {
    h.leave();
  }
  if (interrupted) throw makeExc(KeyboardInterrupt);
  if (kind === STOP) return undefined;
  if (kind === ENDED) throw ended(f);
  if (kind === RAISED) throw new PyException(v as never);
  return v;
}

function ended(f: PyForeign): PyException {
  return runtimeError(`cannot step '${f.typeName}' object: the thread that made it has ended (it cannot be shared between threads)`);
}

/** This thread ends: its mailbox serves no more, and a request already in gets that answer. */
export function closeMailbox(): void {
  const mb = mine;
  if (mb === 0 || mineIdent !== rt.host.threads?.ident) return;
  mine = 0;
  service.flag = null;
  const h = S.heap;
  h.recordSet(mb, OWNER, int(0));
  if (h.recordExchange(mb, REQUEST, int(0)) === int(0)) return;
  h.recordSet(mb, KIND, int(ENDED));
  rt.host.threads!.lockRelease(num(h.recordGet(mb, WAITER)));
}

opaqueHooks.mailbox = mailbox;
opaqueHooks.next = (f) => remoteNext(f);
opaqueHooks.attr = remoteAttr;
