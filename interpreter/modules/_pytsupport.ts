// _pytsupport: native helpers for the Python-source library modules (threading's Condition, queue,
// concurrent.futures, logging). Native, so every worker has it (builtins/index.ts loads this file):
// thread workers resolve these functions by name ("m:_pytsupport:waiter") as any native module's.
//   waiter()              this thread's reusable waiter lock (held at rest; condition.ts)
//   strftime(fmt, t)      local-time formatting of a POSIX time (logging's asctime)
//   format_exception(e)   CPython's traceback text of an exception (logging.exception)
//   exc_info()            the exception being handled, or None
//   write_err(s)          one write to stderr (logging's StreamHandler: one record, one write)
//   deprecated(shown, msg) the DeprecationWarning of an old camelCase threading name (deprecation.ts)
//   cpu_count(), getpid() for ThreadPoolExecutor's default size and logging's %(process)d
//   cond_owned/cond_wait/cond_notify  threading.Condition's body (condition.ts)
//   queue_put/queue_get/simple_put/simple_get  the blocking put/get of queue.py (queue-native.ts)
//   sem_acquire/sem_release  threading.Semaphore's (semaphore.ts)
//   job_new/job_run/job_result/job_next/job_cancel/job_exhausted  ThreadPoolExecutor.map's jobs (futures-native.ts)
import { PyValue, PyFloat } from "../objects/object.js";
import { registerModule, nativeFunction } from "../registry.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import type { PyDict } from "../objects/dict.js";
import { truthy } from "../protocol/ops.js";
import { PyBaseException, typeError } from "../objects/exceptions.js";
import { formatException } from "../traceback.js";
import { rt } from "../state.js";
import { condOwned, condWait, condNotify, threadWaiter } from "./condition.js";
import { queuePut, queueGet, simplePut, simpleGet } from "./queue-native.js";
import { semAcquire, semRelease } from "./semaphore.js";
import { warnDeprecated } from "./deprecation.js";
import { jobNew, jobRun, jobResult, jobNext, jobCancel, jobExhausted } from "./futures-native.js";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const p2 = (n: number) => String(n).padStart(2, "0");

export function strftime(fmt: string, t: number): string {
  const d = new Date(t * 1000);
  const wd = (d.getDay() + 6) % 7;
  const start = new Date(d.getFullYear(), 0, 1);
  const yday = Math.floor((new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() - start.getTime()) / 86400000) + 1;
  const off = -d.getTimezoneOffset();
  return fmt.replace(/%(.)/g, (_m, c: string) => {
    switch (c) {
      case "Y": return String(d.getFullYear());
      case "y": return p2(d.getFullYear() % 100);
      case "m": return p2(d.getMonth() + 1);
      case "d": return p2(d.getDate());
      case "H": return p2(d.getHours());
      case "I": return p2(d.getHours() % 12 || 12);
      case "M": return p2(d.getMinutes());
      case "S": return p2(d.getSeconds());
      case "p": return d.getHours() < 12 ? "AM" : "PM";
      case "a": return DAYS[wd].slice(0, 3);
      case "A": return DAYS[wd];
      case "b": return MONTHS[d.getMonth()].slice(0, 3);
      case "B": return MONTHS[d.getMonth()];
      case "j": return String(yday).padStart(3, "0");
      case "w": return String(d.getDay());
      case "z": return (off < 0 ? "-" : "+") + p2(Math.floor(Math.abs(off) / 60)) + p2(Math.abs(off) % 60);
      case "Z": return Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d).find((x) => x.type === "timeZoneName")?.value ?? "UTC";
      case "f": return String(d.getMilliseconds() * 1000).padStart(6, "0");
      case "%": return "%";
      default: return `%${c}`;
    }
  });
}

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
  def("waiter", () => threadWaiter());
  def("cond_owned", ([lock]) => condOwned(lock));
  def("cond_wait", ([lock, waiters, timeout]) => condWait(lock, waiters as PyList, timeout ?? null));
  def("queue_put", ([q, item]) => queuePut(q, item));
  def("queue_get", ([q, miss]) => queueGet(q, miss));
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
  def("exc_info", () => (rt.handling.length ? rt.handling[rt.handling.length - 1] : null));
  def("write_err", ([s]) => { rt.host.write(2, String(s)); return null; });
  def("write", ([fd, s]) => { rt.host.write(fd === 1 ? 1 : 2, String(s)); return null; });
  def("cpu_count", () => (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2);
  def("deprecated", ([shown, msg]) => { warnDeprecated(shown as PyDict, String(msg)); return null; });
  def("getpid", () => rt.host.threads?.mainIdent ?? 1);
  return m;
});
