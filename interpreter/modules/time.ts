// The time module over the Host's clocks: time, time_ns, monotonic(_ns), perf_counter(_ns),
// process_time, sleep (host.sleep, interruptible; "sleep length must be non-negative"), and a
// minimal strftime/localtime-free ctime.
import { PyValue, PyFloat } from "../objects/object.js";
import { registerModule, nativeFunction } from "../registry.js";
import { PyModule } from "../objects/module.js";
import { typeError, valueError, tn } from "../objects/exceptions.js";
import { arity, noKwargs } from "../protocol/call.js";
import { checkInterrupt } from "../builtins/io.js";
import { rt } from "../state.js";

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
  def("process_time", () => new PyFloat(host.monotonic()));
  const ns = () => { const v = BigInt(Math.round(host.monotonic() * 1e9)); const n = Number(v); return Number.isSafeInteger(n) ? n : v; };
  def("monotonic_ns", ns);
  def("perf_counter_ns", ns);
  def("sleep", ([s]) => {
    const secs = seconds(s);
    if (Number.isNaN(secs)) throw valueError("Invalid value NaN (not a number)");
    if (secs < 0) throw valueError("sleep length must be non-negative");
    rt.host.sleep(secs);
    checkInterrupt();
    return null;
  }, 1);
  return m;
});
