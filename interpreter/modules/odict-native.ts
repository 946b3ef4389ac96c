// OrderedDict's move_to_end and popitem(last=False) on a dict threads share: one step each under its
// table's lock, as CPython's C OrderedDict's are under the GIL (its Python code removed and re-inserted
// the key, and rebuilt the whole dict to move one to the front: other threads' keys went missing meanwhile).
import type { PyValue } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { PyTuple } from "../objects/tuple.js";
import { keyError } from "../objects/exceptions.js";
import { dictOps } from "../shared/hooks.js";

/** d.move_to_end(key, last), or `miss` when d is not shared (collections.py's code does it). */
export function odictMoveToEnd(d: PyValue, key: PyValue, last: boolean, miss: PyValue): PyValue {
  if (!(d instanceof PyDict) || d._shared === null) return miss;
  if (!dictOps.moveToEnd(d, key, last)) throw keyError(key);
  return null;
}

/** d.popitem(last=False), or `miss` when d is not shared. */
export function odictPopFirst(d: PyValue, miss: PyValue): PyValue {
  if (!(d instanceof PyDict) || d._shared === null) return miss;
  const e = dictOps.popFirst(d);
  if (e === undefined) throw keyError("dictionary is empty");
  return new PyTuple(e);
}
