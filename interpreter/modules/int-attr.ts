// An instance attribute that native code reads and writes on every call (a queue's _head and
// unfinished_tasks): once the instance dict is shared, through the dict's slot handle for the key
// (shared/containers.ts strSlot: one load of the slot and one of the table's layout word, no Map probe),
// else, or when the slot no longer holds, through getStr/setStr as any other access.
import type { PyValue } from "../objects/object.js";
import type { PyDict } from "../objects/dict.js";
import { dictOps } from "../shared/hooks.js";

export class IntAttr {
  private _slot: unknown = null;

  constructor(readonly key: string) {}

  get(d: PyDict): PyValue | undefined {
    if (this._slot !== null) {
      const v = dictOps.slotGet(this._slot);
      if (v !== undefined) return v;
    }
    const v = d.getStr(this.key);
    this._slot = d._shared !== null ? dictOps.strSlot(d, this.key) : null; // getStr made the slot
    return v;
  }

  /** Stores `v`, a small int (the slot takes -2^30 <= v < 2^30; others go through setStr). */
  set(d: PyDict, v: number): void {
    if (this._slot !== null && v >= -0x40000000 && v < 0x40000000 && dictOps.slotSetInt(this._slot, v)) return;
    d.setStr(this.key, v);
    this._slot = d._shared !== null ? dictOps.strSlot(d, this.key) : null;
  }
}
