// Late-bound entry points from the core's files into interpreter/shared/. This file imports nothing at
// run time, so list.ts, dict.ts, cell.ts, compile/ and protocol/ can import it without cycles. The
// tables are filled by interpreter/shared/containers.ts and codes.ts when they load (index.ts and
// thread-entry.ts load them). A container whose `_shared` field is null never calls into them: a
// single-threaded program never touches the shared heap.
import type { PyValue } from "../objects/object.js";
import type { ListView } from "../shared-heap.js";

/** A published container's handle state: `addr` is its identity record, `body` the heap list/table. */
export interface SharedRef {
  readonly addr: number;
  readonly body: number;
}

type L = any; // PyList / PyDict / PyCell (kept untyped here to avoid import cycles)

export interface ListOps {
  length(l: L): number;
  getItem(l: L, i: number): PyValue;
  setItem(l: L, i: number, v: PyValue): void;
  append(l: L, v: PyValue): void;
  extend(l: L, vs: PyValue[]): void;
  /** list.pop(i), i negative from the end, in one step; `msg`: the IndexError's when out of range. */
  pop(l: L, i: number, msg?: string): PyValue;
  /** Removes the first item `match` says is it, in one step: true; false when none is; null when `match`
   *  said it cannot tell without running Python code (then nothing was removed). */
  removeFirst(l: L, match: (item: PyValue) => boolean | null): boolean | null;
  insert(l: L, i: number, v: PyValue): void;
  snapshot(l: L): PyValue[];
  replaceAll(l: L, vs: PyValue[]): void;
  splice(l: L, start: number, del: number, ins: PyValue[]): void;
  clear(l: L): void;
  reverse(l: L): void;
  /** Runs f with the list's lock held and a view of its live items as words (heapq-native.ts): f must run
   *  no Python code. */
  locked<T>(l: L, f: (view: ListView) => T): T;
  /** Rewrites the list in one step: `f` gets the items and their words (under the list's lock: it must
   *  run no Python code) and returns the new contents as words, or null to leave them (then false). */
  rewrite(l: L, f: (items: PyValue[], words: Int32Array) => ArrayLike<number> | null): boolean;
}

export interface DictOps {
  size(d: L): number;
  /** The table's version word (PyDict.version). */
  version(d: L): number;
  get(d: L, k: PyValue): PyValue | undefined;
  getStr(d: L, k: string): PyValue | undefined;
  setStr(d: L, k: string, v: PyValue): void;
  /** A handle on str key k's slot for a site to keep (null: none yet, e.g. absent); then slotGet reads
   *  it (undefined: a miss, use getStr) and slotSetInt stores a small int (false: a miss, use setStr). */
  strSlot(d: L, k: string): unknown;
  slotGet(slot: unknown): PyValue | undefined;
  slotSetInt(slot: unknown, v: number): boolean;
  set(d: L, k: PyValue, v: PyValue): void;
  /** OrderedDict.move_to_end in one step; false when k is absent. */
  moveToEnd(d: L, k: PyValue, last: boolean): boolean;
  /** Removes the first item (OrderedDict.popitem(last=False)) in one step; undefined when empty. */
  popFirst(d: L): [PyValue, PyValue] | undefined;
  /** d[k] = d.get(k, 0) + n in one step when the value is a small int or absent; false: nothing done. */
  addInt(d: L, k: PyValue, n: number): boolean;
  /** dict.setdefault in one step: the value there, or v, stored. */
  setdefault(d: L, k: PyValue, v: PyValue): PyValue;
  delete(d: L, k: PyValue): PyValue | undefined;
  clear(d: L): void;
  entries(d: L): [PyValue, PyValue][];
  keys(d: L): PyValue[];
  values(d: L): PyValue[];
  popLast(d: L): [PyValue, PyValue] | undefined;
}

export interface CellOps {
  get(c: L): PyValue | undefined;
  set(c: L, v: PyValue | undefined): void;
}

export interface SetOps {
  size(s: L): number;
  add(s: L, v: PyValue): void;
  addMany(s: L, vs: PyValue[]): void;
  has(s: L, v: PyValue): boolean;
  /** true when v was present (and is now removed) */
  discard(s: L, v: PyValue): boolean;
  clear(s: L): void;
  /** An arbitrary item, removed; undefined when empty. */
  pop(s: L): PyValue | undefined;
  /** The items in the heap table's insertion order (a snapshot); set.ts replays them into a CPython
   *  table for iteration order, cached on version(). */
  keys(s: L): PyValue[];
  /** Changes whenever an item is added or removed. */
  version(s: L): number;
}

/** Class attribute tables of shared classes (PyType's `_sd`, a shared PyDict). */
export interface TypeOps {
  /** Set once this worker shares classes (then lookup() asks changed()). */
  active: boolean;
  /** Stores; true when other workers must drop their attribute caches (a new name, a removal, a
   *  function/descriptor replaced): then the shared class-version word is bumped. */
  set(d: L, k: string, v: PyValue): void;
  delete(d: L, k: string): boolean;
  /** true when some worker changed a shared class's attribute set since this worker last looked. */
  changed(): boolean;
}

export const listOps = {} as ListOps;
export const setOps = {} as SetOps;
export const typeOps = { active: false } as TypeOps;
export const dictOps = {} as DictOps;
export const cellOps = {} as CellOps;

export const sharedHooks = {
  /** compile/functions.ts: a Code was made for this AST node (def, lambda, comprehension). */
  codeCreated: null as null | ((code: object, node: object) => void),
  /** compile/module.ts: a module's AST is being compiled under this file name. */
  moduleCompiled: null as null | ((mod: object, file: string) => void),
  /** compile/imports.ts: a module not loaded in this worker, found in the shared sys.modules. */
  importShared: null as null | ((name: string) => PyValue | undefined),
  /** modules/sys.ts: every module in the shared sys.modules (none before threads run). */
  sharedModules: null as null | (() => Iterable<[string, PyValue]>),
  /** protocol/repr.ts objectId: the id of a shared object (the same in every worker), or undefined. */
  objectId: null as null | ((o: object) => number | undefined),
};

/**
 * Run once on MainThread when sharing starts (its first Thread.start), right after the runtime record is
 * made: a module whose state every thread shares publishes what MainThread built before (random's
 * generator, seeded by the program before it starts threads).
 */
export const sharingStartHooks: (() => void)[] = [];

/**
 * sys.stdout and sys.stderr once threads run: one binding for every thread, as CPython's (a program's
 * redirect_stdout or replacement writer catches its threads' prints too). Filled by shared/sys-streams.ts;
 * get() answers undefined when the name is not one of them or no thread was started (sys's own dict then).
 */
export const sysStreamHooks = {
  get: null as ((name: string) => PyValue | undefined) | null,
  /** Whether the shared binding is sys's original stream (false before threads run). */
  isOriginal: null as ((name: string) => boolean) | null,
  set: null as ((name: string, v: PyValue) => void) | null,
};
