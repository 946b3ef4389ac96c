// bisect.insort_left/insort_right of a list threads share, in one step under the list's lock, as
// CPython's C insort is one step under the GIL: threads inserting into one sorted list without a lock
// keep it sorted and lose no item. Only when no comparison runs Python code (no key, and the items
// compared are None, bool, int, float, str or tuples of them, decoded as compared); otherwise `miss`,
// and bisect.py's Python code runs as before.
import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/object.js";
import { PyList, listType } from "../objects/list.js";
import { lessThan, plainItem } from "../objects/list-sort.js";
import { listOps } from "../shared/hooks.js";
import { S, decode, encode, retireOwned } from "../shared/codec.js";

/** Thrown from inside the list's lock when an item compared is not plain (nothing changed yet). */
const NOT_PLAIN = {};

/** Inserts x into a[lo:hi] (hi -1: the list's length then) after (`right`) or before equal items; or `miss`. */
export function insortShared(a: PyValue, x: PyValue, lo: number, hi: number, right: boolean, miss: PyValue): PyValue {
  if (!(a instanceof PyList) || typeOf(a) !== listType || a._shared === null || !plainItem(x)) return miss;
  const h = S.heap;
  h.enter();
  try {
    const xw = encode(x);
    try {
      listOps.locked(a, (view) => {
        let high = hi === -1 ? view.length() : hi;
        let low = lo;
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          const item = decode(view.get(mid));
          if (!plainItem(item)) throw NOT_PLAIN;
          // the C functions' comparisons: x < a[mid] for right, a[mid] < x for left
          if (right ? lessThan(x, item) : !lessThan(item, x)) high = mid;
          else low = mid + 1;
        }
        view.insert(low, xw);
      });
    } catch (e) {
      retireOwned(xw);
      if (e === NOT_PLAIN) return miss;
      throw e;
    }
    return null;
  } finally {
    h.leave();
  }
}
