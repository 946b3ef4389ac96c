// The time module over the Host's clocks: time, time_ns, monotonic(_ns), perf_counter(_ns),
// process_time and thread_time (CPU time), sleep (host.sleep, interruptible; "sleep length must be non-negative"), and the
// calendar side: struct_time, localtime, gmtime, mktime, strftime, ctime, asctime (time-format.ts), strptime;
// get_clock_info; the zone: timezone, altzone, daylight, tzname and tzset (the host's local zone, as
// CPython's from the C library's: the process's TZ on Node, the browser's zone in a browser).
import { PyValue, PyFloat } from "../objects/object.js";
import { registerModule, nativeFunction } from "../registry.js";
import { PyModule } from "../objects/module.js";
import { typeError, valueError, tn } from "../objects/exceptions.js";
import { arity, noKwargs, call } from "../protocol/call.js";
import { importModule } from "../compile/imports.js";
import { resumeWait, timeLeft } from "../signals.js";
import { rt } from "../state.js";
import { PyStructSeq, structSeqType } from "../objects/struct-seq.js";
import { PyTuple } from "../objects/tuple.js";
import { Tm, localTm, utcTm, mktime, asctime, strftimeTm, zoneConstants } from "./time-format.js";

const TM_FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
const structTime = structSeqType("time", "struct_time", TM_FIELDS, ["tm_zone", "tm_gmtoff"]);

function toStruct(tm: Tm): PyStructSeq {
  return new PyStructSeq(structTime, [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst], [tm.zone, tm.gmtoff]);
}
/** A struct_time or 9-tuple argument as a Tm (fields taken as given, as CPython's strftime does). */
function fromStruct(fn: string, v: PyValue): Tm {
  if (!(v instanceof PyTuple)) throw typeError(`Tuple or struct_time argument required`);
  if (v.items.length !== 9) throw typeError(`${fn}(): illegal time tuple argument`);
  const n = v.items.map((x) => {
    if (typeof x !== "number" && typeof x !== "boolean") throw typeError(`'${tn(x)}' object cannot be interpreted as an integer`);
    return +x;
  });
  const hidden = v instanceof PyStructSeq ? v.hidden : ["", 0];
  return { year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7], isdst: n[8], zone: String(hidden[0]), gmtoff: Number(hidden[1]) };
}

function seconds(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number" || typeof v === "boolean") return +v;
  if (typeof v === "bigint") return Number(v);
  throw typeError(`'${tn(v)}' object cannot be interpreted as an integer`);
}

registerModule("time", (ctx) => {
  const m = new PyModule("time");
  const d = m.globals;
  const def = (name: string, fn: (args: PyValue[]) => PyValue, min = 0, max = min) =>
    d.setStr(name, nativeFunction(name, (args, kw) => { noKwargs(name, kw); arity(name, args, min, max); return fn(args); }));
  const host = ctx.host;
  def("time", () => new PyFloat(host.wallClock()));
  def("time_ns", () => BigInt(Math.round(host.wallClock() * 1e6)) * 1000n);
  def("monotonic", () => new PyFloat(host.monotonic()));
  def("perf_counter", () => new PyFloat(host.monotonic()));
  // CPU time where the platform tells it (a browser does not: the monotonic clock stands in)
  const processTime = () => host.cpuTime?.(false) ?? host.monotonic();
  const threadTime = () => host.cpuTime?.(true) ?? processTime();
  def("process_time", () => new PyFloat(processTime()));
  def("thread_time", () => new PyFloat(threadTime()));
  const toNs = (s: number) => { const v = BigInt(Math.round(s * 1e9)); const n = Number(v); return Number.isSafeInteger(n) ? n : v; };
  const ns = () => toNs(host.monotonic());
  def("monotonic_ns", ns);
  def("perf_counter_ns", ns);
  def("process_time_ns", () => toNs(processTime()));
  def("thread_time_ns", () => toNs(threadTime()));
  const secsOrNow = (v: PyValue | undefined) => (v === undefined || v === null ? host.wallClock() : seconds(v));
  def("localtime", ([t]) => toStruct(localTm(secsOrNow(t))), 0, 1);
  def("gmtime", ([t]) => toStruct(utcTm(secsOrNow(t))), 0, 1);
  def("mktime", ([t]) => new PyFloat(mktime(fromStruct("mktime", t))), 1);
  def("ctime", ([t]) => asctime(localTm(secsOrNow(t))), 0, 1);
  def("asctime", ([t]) => asctime(t === undefined ? localTm(host.wallClock()) : fromStruct("asctime", t)), 0, 1);
  def("strftime", ([fmt, t]) => {
    if (typeof fmt !== "string") throw typeError(`strftime() argument 1 must be str, not ${tn(fmt)}`);
    if (t === undefined) return strftimeTm(fmt, localTm(host.wallClock()));
    const tm = fromStruct("strftime", t);
    // A time tuple without a zone: glibc's %Z names it by tm_isdst from the C library's tzname (CPython
    // clamps tm_isdst to -1..1; -1 has no name)
    if (fmt.includes("%Z") && !(t instanceof PyStructSeq && t.hidden[0] !== null)) {
      tm.zone = tm.isdst < 0 ? "" : zoneConstants(host.wallClock()).tzname[tm.isdst > 0 ? 1 : 0];
    }
    return strftimeTm(fmt, tm);
  }, 1, 2);
  d.setStr("struct_time", structTime);
  const setZone = () => {
    const z = zoneConstants(host.wallClock());
    d.setStr("timezone", z.timezone);
    d.setStr("altzone", z.altzone);
    d.setStr("daylight", z.daylight);
    d.setStr("tzname", new PyTuple(z.tzname));
  };
  // made on first use (PyModule.lazy); `from time import tzname` is a use
  m.lazy = (name) => (ZONE_NAMES.has(name) ? (setZone(), d.getStr(name)) : undefined);
  // Recomputes them (a zone the host changed); os.environ['TZ'] is a copy pyt's clock does not read.
  d.setStr("tzset", nativeFunction("tzset", (args, kw) => { noKwargs("tzset", kw); arity("time.tzset", args, 0, 0); setZone(); return null; }));
  // CPython's _strptime module (py/_strptime.py, over re), as CPython's C function calls it
  def("strptime", (args) => call(importModule("_strptime").globals.getStr("_strptime_time") as PyValue, args), 1, 2);
  def("sleep", ([s]) => {
    const secs = seconds(s);
    if (Number.isNaN(secs)) throw valueError("Invalid value NaN (not a number)");
    if (secs < 0) throw valueError("sleep length must be non-negative");
    // A signal handler that returns: the rest of the time (PEP 475)
    const start = rt.host.monotonic();
    for (let left = secs; ; left = timeLeft(secs, start)) {
      rt.host.sleep(left);
      if (!resumeWait() && timeLeft(secs, start) <= 0) return null;
    }
  }, 1);
  // CPython's on Linux (the clocks pyt's stand for), as a types.SimpleNamespace
  def("get_clock_info", ([name]) => {
    if (typeof name !== "string") throw typeError(`get_clock_info() argument 1 must be str, not ${tn(name)}`);
    const info = CLOCKS[name];
    if (info === undefined) throw valueError("unknown clock");
    const ns = importModule("types").globals.getStr("SimpleNamespace") as PyValue;
    const [clock, monotonic] = info;
    return call(ns, [`clock_gettime(${clock})`, monotonic, !monotonic, new PyFloat(1e-9)], ["implementation", "monotonic", "adjustable", "resolution"]);
  }, 1);
  return m;
});

const ZONE_NAMES = new Set(["timezone", "altzone", "daylight", "tzname"]);

const CLOCKS: Record<string, [clock: string, monotonic: boolean]> = {
  monotonic: ["CLOCK_MONOTONIC", true],
  perf_counter: ["CLOCK_MONOTONIC", true],
  process_time: ["CLOCK_PROCESS_CPUTIME_ID", true],
  thread_time: ["CLOCK_THREAD_CPUTIME_ID", true],
  time: ["CLOCK_REALTIME", false],
};
