// collections.deque's rotate and its maxlen trim, on the list that holds its items: each one step, under
// the list's lock when threads share it, as CPython's C deque's operations are under the GIL. (rotate
// was a read of the items and a write of them rotated: another thread's append in between was lost.)
import type { PyValue } from "../objects/object.js";
import { PyList } from "../objects/list.js";
import { typeError } from "../objects/exceptions.js";
import { listOps } from "../shared/hooks.js";
import { S, retireOwned } from "../shared/codec.js";

function itemsOf(l: PyValue): PyList {
  if (!(l instanceof PyList)) throw typeError("deque's items must be a list");
  return l;
}

/** Rotates the items n steps to the right (left for n < 0), as deque.rotate(n) (n a C ssize_t's range: checked by the caller). */
export function dequeRotate(l: PyValue, n: number | bigint): void {
  const items = itemsOf(l);
  if (items._shared === null) {
    const vs = items.snapshot();
    if (vs.length > 0) items.replaceAll(rotated(vs, n));
    return;
  }
  listOps.locked(items, (view) => {
    const len = view.length();
    if (len === 0) return;
    const words: number[] = [];
    for (let i = 0; i < len; i++) words.push(view.get(i));
    const r = rotated(words, n);
    for (let i = 0; i < len; i++) view.set(i, r[i]);
  });
}

function rotated<T>(vs: T[], n: number | bigint): T[] {
  const len = vs.length;
  const k = typeof n === "bigint" ? Number(((n % BigInt(len)) + BigInt(len)) % BigInt(len)) : ((n % len) + len) % len;
  return k === 0 ? vs : vs.slice(vs.length - k).concat(vs.slice(0, vs.length - k));
}

/** Drops items past maxlen: from the left after an append (`fromLeft`), from the right after an appendleft. */
export function dequeTrim(l: PyValue, maxlen: number, fromLeft: boolean): void {
  const items = itemsOf(l);
  if (items._shared === null) {
    while (items.length > maxlen) items.pop(fromLeft ? 0 : items.length - 1);
    return;
  }
  const h = S.heap;
  h.enter();
  try {
    const gone = listOps.locked(items, (view) => {
      const out: number[] = [];
      while (view.length() > maxlen) out.push(view.remove(fromLeft ? 0 : view.length() - 1));
      return out;
    });
    for (const w of gone) retireOwned(w); // out of the list's lock
  } finally {
    h.leave();
  }
}
