// Native shortcuts for a few methods of the library modules written in Python (issue 4: Queue.put and
// Queue.get are called per item, and their Python frame, which only calls the native put/get, cost
// about a fifth of a producer/consumer benchmark). A method call site `obj.m()` / `obj.m(a)` that finds
// such a function on the type (compile/calls.ts), and a class's __next__ slot (slots.ts), call its
// shortcut first; the shortcut does the whole call, or declines (returns MISS, having done nothing)
// and the function runs as usual. Only functions of frozen modules (no visible frame, so no traceback
// line is lost) are registered, by file and qualname.
import type { PyValue } from "../objects/object.js";
import type { PyFunction } from "../objects/function.js";

/** What a shortcut returns to decline: never a Python value. */
export const MISS = Object.freeze({ shortcutMiss: true }) as unknown as PyValue;

/** The method's self, then its positional arguments (as many as registered). */
export type Shortcut = (self: PyValue, a: PyValue) => PyValue;

const registry = new Map<string, Shortcut>();
const key = (file: string, qualname: string, nargs: number) => `${file}\0${qualname}\0${nargs}`;

/** `fn` stands for a call of `qualname` (defined in frozen module `file`) with self and `nargs` arguments. */
export function registerShortcut(file: string, qualname: string, nargs: 0 | 1, fn: Shortcut): void {
  registry.set(key(file, qualname, nargs), fn);
}

/** The shortcut for calling `m` with self and `nargs` positional arguments, or null. */
export function shortcutFor(m: PyFunction, nargs: number): Shortcut | null {
  if (registry.size === 0) return null;
  const code = m.code as unknown as { file: string; qualname: string };
  return registry.get(key(code.file, code.qualname, nargs)) ?? null;
}
