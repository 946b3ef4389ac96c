// The call protocol. Arguments travel as (args, kwnames): positional values first, then one value
// per keyword name (CPython's vectorcall), so a call allocates one array. Native functions receive
// exactly that; user functions bind it to their parameters (compile/code.ts).
// OWNERSHIP: the args array is handed over to the callee, which may keep and modify it (a native
// may keep it as its result's storage). Never pass an array you still use
// afterwards, such as a tuple's `items` or a list snapshot you keep: pass a copy (`items.slice()`).
import { PyValue, PyObject, typeOf } from "../objects/object.js";
import { typeError, tn } from "../objects/exceptions.js";
import { PyFunction, PyBuiltinFunction, PyMethodDescriptor, PyStaticMethod } from "../objects/function.js";

export function call(f: PyValue, args: PyValue[], kwnames: string[] | null = null): PyValue {
  if (f instanceof PyFunction) return f.code.invoke(f, args, kwnames);
  if (f instanceof PyBuiltinFunction) return f.fn(args, kwnames);
  const c = typeOf(f).slots.call;
  if (c) return c(f, args, kwnames);
  throw typeError(`'${tn(f)}' object is not callable`);
}

/**
 * Calls an attribute found on a type (a dunder) with `self` bound: plain functions get self
 * prepended, native method descriptors get it as their self, other descriptors are bound first.
 */
export function callBound(fn: PyValue, self: PyValue, args: PyValue[], kwnames: string[] | null = null): PyValue {
  if (fn instanceof PyFunction) return fn.code.invoke(fn, [self, ...args], kwnames);
  if (fn instanceof PyMethodDescriptor) return fn.fn(self, args, kwnames);
  if (fn instanceof PyStaticMethod) return call(fn.fn, args, kwnames);
  const get = fn instanceof PyObject ? fn.cls.slots.get : undefined;
  if (get) return call(get(fn, self, typeOf(self)), args, kwnames);
  return call(fn, args, kwnames);
}

/** The positional part of an (args, kwnames) pair. */
export function positional(args: PyValue[], kwnames: string[] | null): PyValue[] {
  return kwnames && kwnames.length ? args.slice(0, args.length - kwnames.length) : args;
}

/** Raises CPython's error when a native function got keywords it does not take. */
export function noKwargs(name: string, kwnames: string[] | null): void {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
}

/** Checks the positional count of a native function: `len() takes exactly one argument (2 given)`. */
export function arity(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    throw typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** Keyword arguments as name → value (for natives that accept a few keywords). */
export function kwargsOf(args: PyValue[], kwnames: string[] | null): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  if (kwnames) {
    const base = args.length - kwnames.length;
    for (let i = 0; i < kwnames.length; i++) m.set(kwnames[i], args[base + i]);
  }
  return m;
}
