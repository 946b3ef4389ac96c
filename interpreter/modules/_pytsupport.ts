// _pytsupport: native helpers for the Python-source library modules (threading's Condition, queue,
// concurrent.futures, logging). Native, so every worker has it (builtins/index.ts loads this file):
// thread workers resolve these functions by name ("m:_pytsupport:waiter") as any native module's.
//   waiter()              this thread's reusable waiter lock (held at rest; condition.ts)
//   recursion_limit(n?)   this worker's recursion limit, set to MainThread's by a starting thread
//   strftime(fmt, t)      local-time formatting of a POSIX time (logging's asctime)
//   formatter_parser(s)   _string.formatter_parser's steps, as a list (logging's '{' style validation)
//   format_exception(e)   CPython's traceback text of an exception (logging.exception, traceback)
//   format_exception_list(e, chain, limit)  traceback.format_exception's list (limit as its)
//   format_exception_only(e)  its last line ("ValueError: bad") and notes, a list
//   exc_info()            the exception being handled, or None
//   caller(level, stack)  (file, line, function name, stack text or None) of a user frame, or None (logging)
//   call_stack()          the user frames as traceback.print_stack prints them, or "" (logging's handleError)
//   stack_entries()       (file, line, name, source line) of each user frame, outermost first (traceback)
//   write_err(s)          one write to stderr (logging's StreamHandler: one record, one write)
//   deprecated(msg)       the DeprecationWarning of an old camelCase threading name (deprecation.ts)
//   warn_frame(level)     (globals, file, line) of the user frame warnings.warn's stacklevel names, or None
//   source_line(f, n)     line n of file f as pyt keeps it, or "" (warnings' linecache.getline)
//   cpu_count(), getpid() for ThreadPoolExecutor's default size, logging's %(process)d and os
//   getppid(), environ()  os's (a dict of the environment the program started with)
//   exit_now(status)      os._exit: the program ends now (Host.exitNow)
//   cond_owned/cond_wait/cond_notify  threading.Condition's body (condition.ts)
//   queue_put/queue_get/simple_put/simple_get  queue.py's put/get (queue-shared.ts, queue-native.ts)
//   queue_size/queue_task_done/queue_join/queue_legacy/queue_unfinished/queue_set_unfinished  Queue's ring
//   sem_acquire/sem_release  threading.Semaphore's (semaphore.ts)
//   job_new/job_run/job_result/job_next/job_cancel/job_exhausted  ThreadPoolExecutor.map's jobs (futures-native.ts)
//   count_elements(mapping, iterable)  collections' _count_elements (Counter.update of an iterable)
//   deque_rotate(items, n), deque_trim(items, maxlen, from_left)  deque's, one step each (deque-native.ts)
//   odict_move_to_end(d, key, last, miss), odict_pop_first(d, miss)  OrderedDict's, one step each (odict-native.ts)
//   insort(a, x, lo, hi, right, miss)  bisect's insort of a shared list in one step, or miss (insort-shared.ts)
//   heap_op(op, heap, item, miss)  heapq's push/pop/replace/pushpop of a shared heap in one step, or miss (heapq-native.ts)
import { PyValue, PyFloat, typeOf } from "../objects/object.js";
import { dictType } from "../objects/dict.js";
import { iterate } from "../protocol/iter.js";
import { getattr } from "../protocol/attr.js";
import { setitem } from "../protocol/items.js";
import { binaryOp } from "../protocol/ops.js";
import { call } from "../protocol/call.js";
import { dictOps } from "../shared/hooks.js";
import { heapOp, type HeapOp } from "./heapq-native.js";
import { insortShared } from "./insort-shared.js";
import { dequeRotate, dequeTrim } from "./deque-native.js";
import { odictMoveToEnd, odictPopFirst } from "./odict-native.js";
import { registerModule, nativeFunction } from "../registry.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import { truthy } from "../protocol/ops.js";
import { PyBaseException, typeError, notImplementedError, tracebackEntries, toPyException } from "../objects/exceptions.js";
import { formatterParser } from "../lib/format-template.js";
import { formatException, finalPieces, formatExceptionPieces, sourceLine, formatTbEntries } from "../traceback.js";
import { rt } from "../state.js";
import type { Frame } from "../frame.js";
import { condOwned, condWait, condNotify, threadWaiter } from "./condition.js";
import { queuePut, queueGet, simplePut, simpleGet } from "./queue-native.js";
import {
  NOT_HANDLED, sharedPut, sharedGet, sharedSize, sharedTaskDone, sharedJoin, toLegacy, sharedUnfinished,
  sharedSetUnfinished,
} from "./queue-shared.js";
import { semAcquire, semRelease } from "./semaphore.js";
import { warnDeprecated } from "./deprecation.js";
import { localTm, strftimeTm } from "./time-format.js";
import { jobNew, jobRun, jobResult, jobNext, jobCancel, jobExhausted } from "./futures-native.js";

/** strftime of POSIX time t in local time (logging's asctime; as time.strftime, %f is not a directive). */
export function strftime(fmt: string, t: number): string {
  return strftimeTm(fmt, localTm(t));
}

/** Frame f and its callers, outermost first. */
function stackOf(f: Frame): Frame[] {
  const frames: Frame[] = [];
  for (let g: Frame | null = f; g !== null; g = g.back) frames.push(g);
  return frames.reverse();
}

/** Frame f and its callers as traceback.print_stack prints them (as CPython 3.11's, no carets). */
function printStack(f: Frame): string {
  return stackOf(f).map((g) => {
    const text = sourceLine(g.info.file, g.line)?.trim();
    return `  File "${g.info.file}", line ${g.line}, in ${g.info.name}\n${text ? `    ${text}\n` : ""}`;
  }).join("");
}

const nodeProcess = () => (globalThis as { process?: { pid?: number; ppid?: number; env?: Record<string, unknown> } }).process;

function num(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number" || typeof v === "boolean") return +v;
  if (typeof v === "bigint") return Number(v);
  throw typeError("a number is required");
}

registerModule("_pytsupport", () => {
  const m = new PyModule("_pytsupport");
  const d = m.globals;
  const def = (name: string, fn: (args: PyValue[]) => PyValue) => d.setStr(name, nativeFunction(name, (args) => fn(args)));
  // the recursion limit a thread starts with: MainThread's at start() (CPython's is one for all threads)
  def("recursion_limit", ([n]) => {
    if (typeof n === "number") rt.recursionLimit = n;
    return rt.recursionLimit;
  });
  def("waiter", () => threadWaiter());
  def("cond_owned", ([lock]) => condOwned(lock));
  def("cond_wait", ([lock, waiters, timeout]) => condWait(lock, waiters as PyList, timeout ?? null));
  // Queue: the ring once shared (queue-shared.ts), else the list under the mutex (queue-native.ts)
  def("queue_put", ([q, item, block, timeout]) => {
    const r = sharedPut(q, item, truthy(block), timeout);
    if (r !== NOT_HANDLED) return r;
    return truthy(block) && timeout === null && queuePut(q, item) ? 0 : NOT_HANDLED;
  });
  def("queue_get", ([q, block, timeout, miss, empty]) => {
    const item = sharedGet(q, truthy(block), timeout, miss, empty);
    return item !== miss || !truthy(block) || timeout !== null ? item : queueGet(q, miss);
  });
  def("queue_size", ([q]) => sharedSize(q));
  def("queue_task_done", ([q]) => sharedTaskDone(q));
  def("queue_join", ([q]) => sharedJoin(q));
  def("queue_legacy", ([q]) => { toLegacy(q); return null; });
  def("queue_unfinished", ([q]) => sharedUnfinished(q));
  def("queue_set_unfinished", ([q, v]) => { sharedSetUnfinished(q, v); return null; });
  def("simple_put", ([q, item]) => simplePut(q, item));
  def("simple_get", ([q, miss]) => simpleGet(q, miss));
  def("sem_acquire", ([sem, blocking, timeout]) => semAcquire(sem, truthy(blocking), timeout));
  def("sem_release", ([sem, n, bound]) =>
    typeof n === "number" && (bound === null || typeof bound === "number") && semRelease(sem, n, bound));
  def("count_elements", ([mapping, iterable]) => { countElements(mapping, iterable); return null; });
  def("heap_op", ([op, heap, item, miss]) => heapOp(op as HeapOp, heap, item, miss));
  def("deque_rotate", ([items, n]) => { dequeRotate(items, n as number | bigint); return null; });
  def("deque_trim", ([items, maxlen, fromLeft]) => { dequeTrim(items, maxlen as number, truthy(fromLeft)); return null; });
  def("odict_move_to_end", ([d, key, last, miss]) => odictMoveToEnd(d, key, truthy(last), miss));
  def("odict_pop_first", ([d, miss]) => odictPopFirst(d, miss));
  def("insort", ([a, x, lo, hi, right, miss]) => insortShared(a, x, lo as number, hi as number, truthy(right), miss));
  def("job_new", ([n]) => jobNew(n as number));
  def("job_run", ([job]) => jobRun(job));
  def("job_result", ([job, k, timeout, miss]) => jobResult(job, k as number, timeout, miss));
  def("job_next", ([it, miss]) => jobNext(it, miss));
  def("job_cancel", ([job, from]) => { jobCancel(job, from as number); return null; });
  def("job_exhausted", ([job]) => jobExhausted(job));
  def("cond_notify", ([lock, waiters, n]) => { condNotify(lock, waiters as PyList, n); return null; });
  def("strftime", ([fmt, t]) => strftime(String(fmt), num(t)));
  def("formatter_parser", ([fmt]) => {
    try {
      return new PyList(formatterParser(String(fmt)).map((step) => new PyTuple(step)));
    } catch (e) {
      throw toPyException(e);
    }
  });
  // the traceback module's texts (logging's too): without "Did you mean", as 3.11's traceback.py
  def("format_exception", ([e]) => (e instanceof PyBaseException ? formatException(e, false) : ""));
  def("format_exception_only", ([e]) => {
    if (!(e instanceof PyBaseException)) return new PyList([]);
    const out: string[] = [];
    finalPieces(e, out, false);
    return new PyList(out);
  });
  def("format_exception_list", ([e, chain, limit]) => new PyList(e instanceof PyBaseException
    ? formatExceptionPieces(e, chain !== false, typeof limit === "number" ? limit : limit === undefined || limit === null ? null : Number(limit), false)
    : []));
  // traceback.format_tb/extract_tb: (text, file, line, name, source line) of each entry, or None
  def("tb_entries", ([tb]) => {
    const entries = tracebackEntries(tb);
    if (entries === null) return null;
    const kept = entries.filter((e) => !e.file.startsWith("<frozen "));
    const texts = formatTbEntries(kept);
    return new PyList(kept.map((e, i) => new PyTuple([texts[i], e.file, e.line, e.name, sourceLine(e.file, e.line)?.trim() ?? ""])));
  });
  // handleError's "Call stack:": the user frames (library frames are never rt.frame), outermost first
  def("call_stack", () => (rt.frame === null ? "" : printStack(rt.frame)));
  // traceback.extract_stack: (file, line, function name, source line) of each user frame, outermost first
  def("stack_entries", () => new PyList(rt.frame === null ? [] : stackOf(rt.frame).map((g) =>
    new PyTuple([g.info.file, g.line, g.info.name, sourceLine(g.info.file, g.line)?.trim() ?? ""]))));
  // logging's findCaller: the stacklevel-th user frame outward, the outermost one if the stack is not that
  // deep (as CPython's); with stack_info, its stack as print_stack prints it
  def("caller", ([level, stack]) => {
    let f = rt.frame;
    if (f === null) return null;
    for (let n = level === undefined ? 1 : num(level); n > 1 && f.back !== null; n--) f = f.back;
    const sinfo = stack !== undefined && truthy(stack) ? "Stack (most recent call last):\n" + printStack(f).slice(0, -1) : null;
    return new PyTuple([f.info.file, f.line, f.info.name, sinfo]);
  });
  def("exc_info", () => (rt.handling.length ? rt.handling[rt.handling.length - 1] : null));
  def("write_err", ([s]) => { rt.host.write(2, String(s)); return null; });
  def("write", ([fd, s]) => { rt.host.write(fd === 1 ? 1 : 2, String(s)); return null; });
  // The platform's globals: navigator in a browser (runtime/node/worker.ts gives Node 20's workers one),
  // process in Node, whose workers share its pid and a copy of its environment.
  def("cpu_count", () => (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2);
  def("deprecated", ([msg]) => { warnDeprecated(String(msg)); return null; });
  // Only user frames are walked (rt.frame and its callers, Frame.back): library frames are never rt.frame.
  def("warn_frame", ([level]) => {
    let n = typeof level === "number" || typeof level === "boolean" ? +level : typeof level === "bigint" ? Number(level) : 1;
    let f = rt.frame;
    while (--n > 0 && f !== null) f = f.back;
    return f === null ? null : new PyTuple([f.globals, f.info.file, f.line]);
  });
  def("source_line", ([file, line]) => sourceLine(String(file), Number(line)) ?? "");
  def("getpid", () => nodeProcess()?.pid ?? rt.host.threads?.mainIdent ?? 1);
  def("getppid", () => nodeProcess()?.ppid ?? 0);
  def("exit_now", ([status]) => {
    if (rt.host.exitNow === undefined) throw notImplementedError("os._exit() is not supported by this host");
    return rt.host.exitNow(num(status));
  });
  def("environ", () => {
    const env = new PyDict();
    for (const [k, v] of Object.entries(nodeProcess()?.env ?? {})) if (typeof v === "string") env.setStr(k, v);
    return env;
  });
  return m;
});

/**
 * mapping[x] = mapping.get(x, 0) + 1 for each x, as CPython's C _count_elements: for a shared dict whose
 * get and __setitem__ are dict's (a Counter), each count is one step under the table's lock, as it is under
 * CPython's GIL, so threads counting into one Counter lose no count.
 */
function countElements(mapping: PyValue, iterable: PyValue): void {
  const t = typeOf(mapping);
  const atomic = mapping instanceof PyDict && t.lookup("get") === dictType.lookup("get") && t.lookup("__setitem__") === dictType.lookup("__setitem__");
  const it = iterate(iterable);
  let get: PyValue | null = null;
  for (let x = it.next(); x !== undefined; x = it.next()) {
    if (atomic && mapping._shared !== null && dictOps.addInt(mapping, x, 1)) continue;
    get ??= getattr(mapping, "get");
    setitem(mapping, x, binaryOp("+", call(get, [x, 0]), 1));
  }
}
