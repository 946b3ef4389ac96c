// Builtin functions (print, len, repr, isinstance, ...), registered by name in registry.ts.
// OWNED BY THE TYPES ENGINEER — this is the interpreter core's minimal placeholder so programs can
// run; replace it (keep registering through registerBuiltin so other workers find them by name).
import { PyValue, typeOf, PyType } from "../objects/object.js";
import { registerBuiltin } from "../registry.js";
import { str, repr } from "../protocol/repr.js";
import { kwargsOf, positional } from "../protocol/call.js";
import { rt } from "../state.js";
import { typeError, tn } from "../objects/exceptions.js";
import { iterate } from "../protocol/iter.js";
import { PyTuple } from "../objects/tuple.js";

registerBuiltin("print", (args, kw) => {
  const k = kwargsOf(args, kw);
  const sep = k.get("sep"), end = k.get("end"), file = k.get("file");
  const text = positional(args, kw).map(str).join(sep == null ? " " : (sep as string)) + (end == null ? "\n" : (end as string));
  const stream = file != null && (file as { name?: string }).name === "stderr" ? 2 : 1;
  rt.host.write(stream, text);
  return null;
});
registerBuiltin("len", (args) => {
  const v = args[0];
  if (typeof v === "string") return v.length;
  const l = typeOf(v).slots.len;
  if (!l) throw typeError(`object of type '${tn(v)}' has no len()`);
  return l(v);
});
registerBuiltin("repr", (args) => repr(args[0]));
registerBuiltin("isinstance", (args) => {
  const t = typeOf(args[0]);
  const c = args[1];
  if (c instanceof PyTuple) return c.items.some((x) => t.isSubtype(x as PyType));
  return t.isSubtype(c as PyType);
});
registerBuiltin("sum", (args) => {
  const it = iterate(args[0]);
  let acc: PyValue = args.length > 1 ? args[1] : 0;
  for (let x = it.next(); x !== undefined; x = it.next()) {
    acc = typeof acc === "number" && typeof x === "number" && Number.isSafeInteger(acc + x) ? acc + x : binaryOpHook(acc, x);
  }
  return acc;
});
import { binaryOp } from "../protocol/ops.js";
function binaryOpHook(a: PyValue, b: PyValue): PyValue { return binaryOp("+", a, b); }
