// _pytsupport: native helpers for the Python-source library modules (threading's Condition, queue,
// concurrent.futures, logging). Native, so every worker has it (builtins/index.ts loads this file):
// thread workers resolve these functions by name ("m:_pytsupport:waiter") as any native module's.
//   waiter()              this thread's reusable waiter lock (held at rest; condition.ts)
//   recursion_limit(n?)   this worker's recursion limit, set to MainThread's by a starting thread
//   strftime(fmt, t)      local-time formatting of a POSIX time (logging's asctime)
//   format_exception(e)   CPython's traceback text of an exception (logging.exception, traceback)
//   format_exception_list(e, chain, limit)  traceback.format_exception's list (limit as its)
//   format_exception_only(e)  its last line ("ValueError: bad") and notes, a list
//   exc_info()            the exception being handled, or None
//   caller()              (file, line, function name) of the innermost user frame, or None (logging)
//   call_stack()          that frame as traceback.print_stack prints it, or "" (logging's handleError)
//   write_err(s)          one write to stderr (logging's StreamHandler: one record, one write)
//   deprecated(msg)       the DeprecationWarning of an old camelCase threading name (deprecation.ts)
//   warn_frame(level)     (globals, file, line) of the user frame warnings.warn's stacklevel names, or None
//   source_line(f, n)     line n of file f as pyt keeps it, or "" (warnings' linecache.getline)
//   cpu_count(), getpid() for ThreadPoolExecutor's default size, logging's %(process)d and os
//   getppid(), environ()  os's (a dict of the environment the program started with)
//   cond_owned/cond_wait/cond_notify  threading.Condition's body (condition.ts)
//   queue_put/queue_get/simple_put/simple_get  queue.py's put/get (queue-shared.ts, queue-native.ts)
//   queue_size/queue_task_done/queue_join/queue_legacy/queue_unfinished/queue_set_unfinished  Queue's ring
//   sem_acquire/sem_release  threading.Semaphore's (semaphore.ts)
//   job_new/job_run/job_result/job_next/job_cancel/job_exhausted  ThreadPoolExecutor.map's jobs (futures-native.ts)
import { PyValue, PyFloat } from "../objects/object.js";
import { registerModule, nativeFunction } from "../registry.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import { truthy } from "../protocol/ops.js";
import { PyBaseException, typeError, tracebackEntries } from "../objects/exceptions.js";
import { formatException, finalPieces, formatExceptionPieces, sourceLine, formatTbEntries } from "../traceback.js";
import { rt } from "../state.js";
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

/** strftime of POSIX time t in local time (logging's asctime; %f is its microseconds). */
export function strftime(fmt: string, t: number): string {
  const us = String(Math.floor((t - Math.floor(t)) * 1e6)).padStart(6, "0");
  return strftimeTm(fmt.replace(/%%|%f/g, (m) => (m === "%f" ? us : m)), localTm(t));
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
  def("job_new", ([n]) => jobNew(n as number));
  def("job_run", ([job]) => jobRun(job));
  def("job_result", ([job, k, timeout, miss]) => jobResult(job, k as number, timeout, miss));
  def("job_next", ([it, miss]) => jobNext(it, miss));
  def("job_cancel", ([job, from]) => { jobCancel(job, from as number); return null; });
  def("job_exhausted", ([job]) => jobExhausted(job));
  def("cond_notify", ([lock, waiters, n]) => { condNotify(lock, waiters as PyList, n); return null; });
  def("strftime", ([fmt, t]) => strftime(String(fmt), num(t)));
  def("format_exception", ([e]) => (e instanceof PyBaseException ? formatException(e) : ""));
  def("format_exception_only", ([e]) => {
    if (!(e instanceof PyBaseException)) return new PyList([]);
    const out: string[] = [];
    finalPieces(e, out);
    return new PyList(out);
  });
  def("format_exception_list", ([e, chain, limit]) => new PyList(e instanceof PyBaseException
    ? formatExceptionPieces(e, chain !== false, typeof limit === "number" ? limit : limit === undefined || limit === null ? null : Number(limit))
    : []));
  // traceback.format_tb/extract_tb: (text, file, line, name, source line) of each entry, or None
  def("tb_entries", ([tb]) => {
    const entries = tracebackEntries(tb);
    if (entries === null) return null;
    const kept = entries.filter((e) => !e.file.startsWith("<frozen "));
    const texts = formatTbEntries(kept);
    return new PyList(kept.map((e, i) => new PyTuple([texts[i], e.file, e.line, e.name, sourceLine(e.file, e.line)?.trim() ?? ""])));
  });
  // the innermost user frame (library frames are never rt.frame): logging's findCaller
  // handleError's "Call stack:" (pyt knows only the innermost user frame, the whole user stack for a
  // logging call at module level or directly in a thread's target)
  def("call_stack", () => {
    const f = rt.frame;
    if (f === null) return "";
    const text = sourceLine(f.info.file, f.line)?.trim();
    return `  File "${f.info.file}", line ${f.line}, in ${f.info.name}\n${text ? `    ${text}\n` : ""}`;
  });
  def("caller", () => { const f = rt.frame; return f === null ? null : new PyTuple([f.info.file, f.line, f.info.name]); });
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
  def("environ", () => {
    const env = new PyDict();
    for (const [k, v] of Object.entries(nodeProcess()?.env ?? {})) if (typeof v === "string") env.setStr(k, v);
    return env;
  });
  return m;
});
