// format(value, spec): the __format__ protocol behind f-strings, format() and str.format().
import { PyValue, typeOf } from "../objects/object.js";
import { str } from "./repr.js";

export function format(v: PyValue, spec: string): string {
  if (spec === "") {
    if (typeof v === "string") return v;
    if (typeof v === "number") return String(v);
  }
  const f = typeOf(v).slots.format;
  return f ? f(v, spec) : str(v);
}
