// sys.stdout / sys.stderr (and sys.excepthook) shared by every thread once threads run (hooks.ts
// sysStreamHooks): the runtime record's fields 4, 5 (and 6) hold the binding, ORIGINAL for the original stream (each worker's own, which
// writes to the same host stream; an "ext" word, as None is a binding a program may make). MainThread's first start publishes what it had bound
// before (a program that replaced sys.stdout, or is inside redirect_stdout, then starts threads).
import type { PyValue } from "../objects/object.js";
import { rt } from "../state.js";
import { importModule } from "../compile/imports.js";
import { sysStreamName } from "../modules/sys.js";
import { defaultExcepthook } from "../modules/sys-excepthook.js";
import { S, encode, decode, retireOwned } from "./codec.js";
import { sharingStartHooks, sysStreamHooks } from "./hooks.js";

/** The word for "sys's original stream" (heap word encoding: an ext word with payload 1). */
export const ORIGINAL_STREAM = (1 << 3) | 4;
// (sys.excepthook too: a thread whose threading.excepthook fails reports through the program's)
const FIELDS: Record<string, number> = { stdout: 4, stderr: 5, excepthook: 6 };

function field(name: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(FIELDS, name) ? FIELDS[name] : undefined;
}

const originals = new Map<string, PyValue | undefined>();

sysStreamHooks.get = (name) => {
  const f = field(name);
  if (f === undefined || !S.active || S.runtime === 0) return undefined;
  const h = S.heap;
  // the runtime record lives as long as the program: reading its word needs no epoch, only what the
  // word points to does (every print() of a threaded program comes here)
  const w = h.recordGet(S.runtime, f);
  if (w === ORIGINAL_STREAM) {
    let o = originals.get(name);
    if (o === undefined) originals.set(name, (o = importModule("sys").globals.getStr(`__${name}__`)));
    return o;
  }
  h.enter();
  try {
    return decode(h.recordGet(S.runtime, f));
  } finally {
    h.leave();
  }
};

sysStreamHooks.isOriginal = (name) => {
  const f = field(name);
  return f !== undefined && S.active && S.runtime !== 0 && S.heap.recordGet(S.runtime, f) === ORIGINAL_STREAM;
};

sysStreamHooks.set = (name, v) => {
  const f = field(name);
  if (f === undefined || !S.active || S.runtime === 0) return;
  const h = S.heap;
  h.enter();
  try {
    const original = name === "excepthook" ? v === defaultExcepthook : sysStreamName(v) === `__${name}__`;
    retireOwned(h.recordExchange(S.runtime, f, original ? ORIGINAL_STREAM : encode(v)));
  } finally {
    h.leave();
  }
};

sharingStartHooks.push(() => {
  const sys = rt.modules.get("sys");
  if (sys === undefined) return;
  for (const name of Object.keys(FIELDS)) {
    const v = sys.globals.getStr(name);
    if (v !== undefined) sysStreamHooks.set!(name, v);
  }
});
