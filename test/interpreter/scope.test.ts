// Scope analysis (compile/scope.ts): locals in slots, cells for captured variables, free variables
// through class bodies, implicit __class__ cells for super(), comprehension scopes.
import { describe, expect, it } from "vitest";
import { parse } from "../../grammar/index.js";
import { analyze, Scope } from "../../interpreter/compile/scope.js";
import type * as ast from "../../grammar/ast.js";

function scopes(src: string): { mod: ast.Module; map: Map<unknown, Scope> } {
  const mod = parse(src, "t.py");
  return { mod, map: analyze(mod) };
}
function byName(map: Map<unknown, Scope>, name: string): Scope {
  const s = [...map.values()].find((x) => x.name === name);
  if (!s) throw new Error(`no scope ${name}`);
  return s;
}

describe("scope analysis", () => {
  it("puts parameters first, then other locals, in slots", () => {
    const { map } = scopes("def f(a, b=1, *args, k, **kw):\n    x = a\n    for y in b: pass\n");
    const f = byName(map, "f");
    expect(f.locals).toEqual(["a", "b", "k", "args", "kw", "x", "y"]);
    expect(f.resolve("x")).toEqual({ kind: "fast", index: 5 });
    expect(f.resolve("len")).toEqual({ kind: "global" });
  });
  it("makes captured locals cells and passes free variables through class bodies", () => {
    const { map } = scopes("def outer():\n    n = 0\n    class C:\n        def m(self):\n            return n\n    return C\n");
    expect([...byName(map, "outer").cells]).toEqual(["n"]);
    expect(byName(map, "C").free).toEqual(["n"]);
    expect(byName(map, "m").resolve("n")).toEqual({ kind: "cell", index: 0 });
  });
  it("hides class-level names from methods", () => {
    const { map } = scopes("class A:\n    x = 1\n    def m(self):\n        return x\n");
    expect(byName(map, "m").resolve("x")).toEqual({ kind: "global" });
    expect(byName(map, "A").resolve("x")).toEqual({ kind: "name" });
  });
  it("gives methods that call super() the class's __class__ cell", () => {
    const { map } = scopes("class A:\n    def m(self):\n        return super().m()\n");
    expect(byName(map, "A").needsClassCell).toBe(true);
    expect(byName(map, "m").free).toEqual(["__class__"]);
  });
  it("honours global and nonlocal", () => {
    const { map } = scopes("g = 0\ndef f():\n    v = 1\n    def h():\n        global g\n        nonlocal v\n        g = v = 2\n    return h\n");
    expect(byName(map, "h").resolve("g")).toEqual({ kind: "global" });
    expect(byName(map, "h").resolve("v").kind).toBe("cell");
    expect([...byName(map, "f").cells]).toEqual(["v"]);
  });
  it("runs comprehensions in their own scope, walrus binding the enclosing one", () => {
    const { map } = scopes("def f(xs):\n    ys = [y for x in xs if (y := x)]\n    return y\n");
    const comp = byName(map, "<listcomp>");
    expect(comp.resolve("x").kind).toBe("fast");
    expect(comp.resolve("y").kind).toBe("cell");
    expect(byName(map, "f").cells.has("y")).toBe(true);
  });
});
