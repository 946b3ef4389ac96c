// Late-bound helpers for dict.ts (hash/equality/repr live in protocol/, which imports dict.ts):
// filled once by protocol/install.ts. Kept separate so dict.ts has no import cycle at load time.
import type { PyObject, PyValue } from "./object.js";
import type { PyException } from "./exceptions.js";

export const dictKeyHooks = {
  /** True when the object hashes and compares by identity (no user __hash__/__eq__). */
  identityHashed: null as unknown as (o: PyObject) => boolean,
  /** The value an instance of an int or str subclass that keeps its base's __hash__ and __eq__ stands for, else undefined. */
  valueKey: null as unknown as (o: PyObject) => PyValue | undefined,
  hash: null as unknown as (k: PyValue) => number,
  eq: null as unknown as (a: PyValue, b: PyValue) => boolean,
  repr: null as unknown as (d: PyValue) => string,
  keyError: null as unknown as (k: PyValue) => PyException,
  list: null as unknown as (items: PyValue[]) => PyValue,
  tuple: null as unknown as (items: PyValue[]) => PyValue,
};
