// Iteration builtins: len, iter (with the sentinel form), next (default), sorted, any, all, and
// the lazy iterator types (enumerate, zip, map, filter, reversed) registered by name.
import { PyValue, typeOf, PyObject, isCallable } from "../objects/object.js";
import { registerBuiltin } from "../registry.js";
import { typeError, stopIteration, tn } from "../objects/exceptions.js";
import { PyGenerator, genStop } from "../objects/generator.js";
import { arity, noKwargs, positional, kwargsOf } from "../protocol/call.js";
import { truthy, lenOf } from "../protocol/ops.js";
import { iterate, toArray } from "../protocol/iter.js";
import { PyList } from "../objects/list.js";
import { sortValues, sortReverse } from "../objects/list-sort.js";
import { hooks } from "../objects/object.js";
import { strIter } from "../objects/iterators.js";
import { enumerateType, zipType, mapType, filterType, reversedType, PyCallableIter } from "../objects/lazy-iters.js";

registerBuiltin("len", (args, kw) => {
  noKwargs("len", kw); arity("len", args, 1, 1);
  return lenOf(args[0]);
});

registerBuiltin("iter", (args, kw) => {
  noKwargs("iter", kw); arity("iter", args, 1, 2);
  if (args.length === 2) {
    if (!isCallable(args[0])) throw typeError("iter(v, w): v must be callable");
    return new PyCallableIter(args[0], args[1]);
  }
  const v = args[0];
  if (typeof v === "string") return strIter(v);
  return hooks.wrapIter(iterate(v));
});

registerBuiltin("next", (args, kw) => {
  noKwargs("next", kw); arity("next", args, 1, 2);
  const it = args[0];
  const n = typeOf(it).slots.next;
  if (!n) throw typeError(`'${tn(it)}' object is not an iterator`);
  const v = n(it);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  if (it instanceof PyGenerator) throw genStop(it);
  throw stopIteration();
});

registerBuiltin("sorted", (args, kw) => {
  const pos = positional(args, kw);
  if (pos.length !== 1) throw typeError(`sorted expected 1 argument, got ${pos.length}`);
  // as CPython's: the list is made, then its sort() takes the keywords (and words their errors)
  const items = toArray(pos[0]);
  let key: PyValue = null, reverse = false;
  const kws = kwargsOf(args, kw);
  if (kws.size > 2) throw typeError(`sort() takes at most 2 keyword arguments (${kws.size} given)`);
  for (const [k, v] of kws) {
    if (k === "key") key = v;
    else if (k === "reverse") reverse = sortReverse(v);
    else throw typeError(`'${k}' is an invalid keyword argument for sort()`);
  }
  return new PyList(sortValues(items, key, reverse));
});

registerBuiltin("any", (args, kw) => {
  noKwargs("any", kw); arity("any", args, 1, 1);
  const it = iterate(args[0]);
  for (let x = it.next(); x !== undefined; x = it.next()) if (truthy(x)) return true;
  return false;
});
registerBuiltin("all", (args, kw) => {
  noKwargs("all", kw); arity("all", args, 1, 1);
  const it = iterate(args[0]);
  for (let x = it.next(); x !== undefined; x = it.next()) if (!truthy(x)) return false;
  return true;
});

for (const t of [enumerateType, zipType, mapType, filterType, reversedType]) registerBuiltin(t.name, t);
