// help(f) at the REPL for a Python function or bound method, as CPython's pydoc renders it in plain
// text: "Help on function f in module __main__:", the signature as inspect.signature prints it, the
// docstring cleaned as inspect.cleandoc does and indented by four spaces.
import { PyFunction, PyMethod } from "./objects/function.js";
import { PyType, type PyValue } from "./objects/object.js";
import { PyDict } from "./objects/dict.js";
import { repr } from "./protocol/repr.js";

/** pydoc's text for a function or a bound method of one, or null for anything else. */
export function functionHelp(o: PyValue): string | null {
  if (o instanceof PyMethod && o.fn instanceof PyFunction) {
    const f = o.fn, cls = (o.self as { cls?: PyType }).cls;
    const owner = cls ? `${cls.module}.${cls.qualname}` : "?";
    return `Help on method ${f.name} in module ${moduleOf(f)}:\n\n${f.name}${signature(f, 1)} method of ${owner} instance\n${docText(f)}\n`;
  }
  if (!(o instanceof PyFunction)) return null;
  const head = o.name === "<lambda>" ? `${o.name} lambda ${signature(o, 0).slice(1, -1)}` : `${o.name}${signature(o, 0)}`;
  return `Help on function ${o.name} in module ${moduleOf(o)}:\n\n${head}\n${docText(o)}\n`;
}

function moduleOf(f: PyFunction): string {
  return typeof f.module === "string" ? f.module : "__main__";
}

/** inspect.signature's text, leaving out the first `skip` positional parameters (a bound method's self). */
function signature(f: PyFunction, skip: number): string {
  const c = f.code, info = c.info;
  const pos = (c.localNames ?? []).slice(0, c.argcount ?? 0);
  const posonly = c.posonlyCount ?? 0;
  const kwonly = c.kwonlyNames ?? [];
  const anns = f.annotations;
  const ann = (n: string) => { const a = anns instanceof PyDict ? anns.getStr(n) : undefined; return a === undefined ? null : annotationText(a); };
  const param = (n: string, prefix: string, dflt: PyValue | undefined) => {
    const a = ann(n);
    let s = prefix + n + (a === null ? "" : `: ${a}`);
    if (dflt !== undefined) s += (a === null ? "=" : " = ") + repr(dflt);
    return s;
  };
  const parts: string[] = [];
  const firstDefault = pos.length - f.defaults.length;
  pos.forEach((n, i) => {
    if (i >= skip) parts.push(param(n, "", i >= firstDefault ? f.defaults[i - firstDefault] : undefined));
    if (i === posonly - 1 && i >= skip) parts.push("/");
  });
  if (info?.varargName) parts.push(param(info.varargName, "*", undefined));
  else if (kwonly.length) parts.push("*");
  for (const n of kwonly) parts.push(param(n, "", f.kwdefaults?.get(n)));
  if (info?.kwargName) parts.push(param(info.kwargName, "**", undefined));
  const ret = ann("return");
  return `(${parts.join(", ")})${ret === null ? "" : ` -> ${ret}`}`;
}

/** inspect.formatannotation: a class by its (module-qualified) name, anything else by its repr. */
function annotationText(a: PyValue): string {
  if (a instanceof PyType) return a.module === "builtins" ? a.qualname : `${a.module}.${a.qualname}`;
  return repr(a);
}

/** The docstring as inspect.cleandoc leaves it, each line indented by four spaces ("" when none). */
function docText(f: PyFunction): string {
  if (typeof f.doc !== "string") return "";
  const lines = f.doc.replace(/\t/g, "        ").split("\n");
  let margin = Infinity;
  for (const l of lines.slice(1)) {
    const content = l.trimStart();
    if (content) margin = Math.min(margin, l.length - content.length);
  }
  const cleaned = [lines[0].trimStart(), ...lines.slice(1).map((l) => (margin === Infinity ? l : l.slice(margin)))];
  while (cleaned.length && !cleaned[cleaned.length - 1]) cleaned.pop();
  while (cleaned.length && !cleaned[0]) cleaned.shift();
  return cleaned.map((l) => `    ${l}\n`).join("");
}
