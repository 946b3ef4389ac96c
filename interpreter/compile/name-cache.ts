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
  const site = new GlobalSite(name, missing);
  return (f) => site.load(f);
}

/**
 * One load site's cache. A class, not a closure, so that a caller holding the site (a call `f(x)` of a
 * global f) calls one method that V8 can inline, where a call through an Ev closure is megamorphic.
 */
export class GlobalSite {
  // cE is the globals slot (cB false: alive means right), or the builtins slot (cB true: right only
  // while globals, still local, gained no key).
  private _g: PyDict | null = null;
  private _ver = -1;
  private _e: StrEntry = NO_ENTRY;
  private _b = false;
  // A shared globals dict and the name's slot there (shared/containers.ts strSlot).
  private _s: PyDict | null = null;
  private _slot: unknown = null;
  constructor(private readonly _name: string, private readonly _missing: (f: Frame) => never) {}

  load(f: Frame): PyValue {
    const g = f.globals;
    if (g === this._g) {
      const v = this._e.value;
      if (v !== undefined && (!this._b || (g._shared === null && g.version === this._ver))) return v;
    } else if (g === this._s) {
      const v = dictOps.slotGet(this._slot);
      if (v !== undefined) return v;
    }
    return this._miss(f, g);
  }

  private _miss(f: Frame, g: PyDict): PyValue {
    const name = this._name;
    const e = g.strEntry(name);
    if (e !== null) { this._g = g; this._e = e; this._b = false; return e.value!; }
    this._g = null;
    if (g._shared !== null) {
      const v = g.getStr(name);
      if (v !== undefined) {
        this._slot = dictOps.strSlot(g, name);
        this._s = this._slot === null ? null : g;
        return v;
      }
    }
    const b = builtinsDict.strEntry(name);
    if (b !== null) {
      if (g._shared === null) { this._g = g; this._ver = g.version; this._e = b; this._b = true; }
      return b.value!;
    }
    const v = builtinsDict.getStr(name);
    if (v !== undefined) return v;
    return this._missing(f);
  }
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
