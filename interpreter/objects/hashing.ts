// fullHash: a value's exact CPython hash (64-bit, as a number when it is a safe integer, else a
// bigint). Sets use it to lay out their table exactly as CPython, so `{3, 1, 2}` prints `{1, 2, 3}`;
// hash() uses it so `hash((1, 2))` prints CPython's number. Tuples and frozensets register theirs.
import { PyValue, PyFloat, PyObject, PyType } from "./object.js";
import { pyHash } from "../protocol/ops.js";
import * as I from "../lib/int-ops.js";
import { PyFunction } from "./function.js";
import { callBound } from "../protocol/call.js";
import { typeError } from "./exceptions.js";

export type Hash = number | bigint;
/** Exact hashes for builtin types whose slot hash loses bits (tuple, frozenset). */
export const exactHashes = new Map<PyType, (o: any) => bigint>();

function norm(h: bigint): Hash {
  const n = Number(h);
  return Number.isSafeInteger(n) ? n : h;
}

export function fullHash(v: PyValue): Hash {
  switch (typeof v) {
    case "number": return v === -1 ? -2 : v;
    case "boolean": return v ? 1 : 0;
    case "bigint": return norm(BigInt(I.intHash(v)));
    case "string": return pyHash(v);
  }
  if (v === null) return pyHash(v);
  if (v instanceof PyFloat) return norm(BigInt(I.floatHash(v.value)));
  const cls = (v as PyObject).cls;
  // a subclass (a namedtuple) that keeps its base's __hash__ hashes as the base does
  const base = cls.solidBase;
  const ex = exactHashes.get(cls) ?? (base !== null && cls.slots.hash === base.slots.hash ? exactHashes.get(base) : undefined);
  if (ex) return norm(ex(v));
  // a class's own __hash__ (often `hash((self.x, self.y))`): its int exactly, as CPython's slot_tp_hash
  // keeps it (the slot's JS number would round a 64-bit hash, and with it a set's order)
  const own = cls.lookup("__hash__");
  if (own instanceof PyFunction) {
    const r = callBound(own, v, []);
    if (typeof r === "bigint") {
      const h = r >= -(2n ** 63n) && r < 2n ** 63n ? r : BigInt(I.intHash(r));
      return h === -1n ? -2 : norm(h);
    }
    if (typeof r === "number") return r === -1 ? -2 : r;
    if (typeof r === "boolean") return +r;
    throw typeError("__hash__ method should return an integer");
  }
  return pyHash(v);
}
