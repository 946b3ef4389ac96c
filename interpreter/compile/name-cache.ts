// Module-level names with a per-site cache: the site keeps the StrEntry handle (objects/dict.ts) of the
// slot it last read or wrote, so a hit is two compares and a field read instead of a Map probe.
// - A handle stays right while its value is not undefined: deleting the key or clearing the dict kills it.
// - A name found in builtins is valid only while globals gained no key (globals.version unchanged).
// - A dict published into the shared heap (threads: docs/threads.md) has its local entries cleared, so
//   every handle on it dies, and strEntry() gives none for it: each access then goes through getStr/
//   setStr, which read the heap, so another thread's rebinding of a global is always seen. A site keeps
//   instead the shared dict's slot handle for its name (shared/containers.ts strSlot): a read is one
//   slot load checked by the table's layout word, a small-int store one tableSetAt; any miss (resize,
//   deletion, a value that needs decoding) goes back through getStr/setStr.
import type { Frame, Ev } from "../frame.js";
import type { PyValue } from "../objects/object.js";
import { NO_ENTRY, type PyDict, type StrEntry } from "../objects/dict.js";
import { builtinsDict } from "../registry.js";
import { dictOps } from "../shared/hooks.js";

/** Globals, then builtins; `missing` throws the NameError. */
export function globalLoad(name: string, missing: (f: Frame) => never): Ev {
  // cE is the globals slot (cB false: alive means right), or the builtins slot (cB true: right only
  // while globals, still local, gained no key).
  let cG: PyDict | null = null, cVer = -1, cE: StrEntry = NO_ENTRY, cB = false;
  let cS: PyDict | null = null, cSlot: unknown = null; // a shared globals dict and the name's slot there
  return (f) => {
    const g = f.globals;
    if (g === cG) {
      const v = cE.value;
      if (v !== undefined && (!cB || (g._shared === null && g.version === cVer))) return v;
    } else if (g === cS) {
      const v = dictOps.slotGet(cSlot);
      if (v !== undefined) return v;
    }
    const e = g.strEntry(name);
    if (e !== null) { cG = g; cE = e; cB = false; return e.value!; }
    cG = null;
    if (g._shared !== null) {
      const v = g.getStr(name);
      if (v !== undefined) {
        cSlot = dictOps.strSlot(g, name);
        cS = cSlot === null ? null : g;
        return v;
      }
    }
    const b = builtinsDict.strEntry(name);
    if (b !== null) {
      if (g._shared === null) { cG = g; cVer = g.version; cE = b; cB = true; }
      return b.value!;
    }
    const v = builtinsDict.getStr(name);
    if (v !== undefined) return v;
    return missing(f);
  };
}
/** Store into a namespace dict (globals, a module/class body's names, an instance __dict__). */
export function dictStore(name: string): (d: PyDict, v: PyValue) => void {
  let cD: PyDict | null = null, cE: StrEntry | null = null;
  let cS: PyDict | null = null, cSlot: unknown = null; // as in globalLoad
  return (d, v) => {
    if (d === cD && cE!.value !== undefined) { cE!.value = v; return; }
    if (d === cS && typeof v === "number" && (v | 0) === v && v >= -0x40000000 && v < 0x40000000 && dictOps.slotSetInt(cSlot, v)) return;
    d.setStr(name, v);
    cE = d.strEntry(name);
    cD = cE === null ? null : d;
    if (cE === null && d._shared !== null) {
      cSlot = dictOps.strSlot(d, name);
      cS = cSlot === null ? null : d;
    }
  };
}
