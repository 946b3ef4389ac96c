// Imports done while MainThread would be idle: a program that mentions threads waits, before its first
// line, for the pool workers it will need to boot (runtime/worker-main.ts runMain). The threading
// modules its top-level statements import are run then, published into the shared heap, and kept aside:
// its `import queue` then only puts them into sys.modules (queue's import took 2-4 ms of a program's
// time, CPython's 1), and its first Thread.start() has only the program's own objects to publish.
// Only pyt's own modules whose bodies depend on nothing a program can change first: they define classes
// and functions, and make threading's locks and main Thread object.
import type { Module } from "../grammar/ast.js";
import type { Host } from "./host.js";
import type { PyModule } from "./objects/module.js";
import { importAhead, importModule } from "./compile/imports.js";
import { shareModule, topLevelImports } from "./modules/pylib.js";
import { rt } from "./state.js";
import { PyException, KeyboardInterrupt } from "./objects/exceptions.js";
import { publishAhead } from "./shared/sharing.js";

/** Modules a program's top-level imports may have run ahead; each imports only modules of this set. */
const AHEAD = new Set(["threading", "queue", "_queue", "concurrent.futures", "concurrent.futures.thread"]);

/**
 * Each module run ahead, by name: the module, and the group its import made: the modules it loaded with
 * it (itself first) in their order, and, in their places, modules run ahead before that it imported.
 * An import takes the module, then what follows it in its group, as the import would have loaded them.
 */
type Entry = { name: string; m: PyModule | null };
interface Group {
  /** The module the step imported. */
  root: string;
  entries: Entry[];
}
const parked = new Map<string, { m: PyModule; group: Group }>();
/** While a step runs: the modules run ahead earlier that it imported (left parked). */
let served: Entry[] | null = null;

importAhead.take = (name) => {
  const p = parked.get(name);
  if (p === undefined) return undefined;
  if (served !== null) {
    served.push({ name, m: null });
    return p.m;
  }
  const { root, entries } = p.group;
  // The module a step imported takes its whole group (a package's import loads the package first).
  for (const e of entries.slice(name === root ? 0 : entries.findIndex((g) => g.name === name))) {
    if (e.m === null) {
      importAhead.take!(e.name);
    } else if (parked.get(e.name)?.m === e.m) {
      parked.delete(e.name);
      rt.modules.set(e.name, e.m);
      shareModule(e.name, e.m);
    }
  }
  return rt.modules.get(name);
};

/**
 * Steps that run, in the program's order, the modules of AHEAD that its module body imports at its top
 * level (not in a function, an `if` or a `try`). A step that fails leaves the module to the program's
 * own import, which then raises as it would have.
 */
export function preimportSteps(host: Host, mod: Module): (() => void)[] {
  return topLevelImports(mod)
    .filter((name) => AHEAD.has(name))
    .map((name) => () => {
      if (rt.modules.has(name) || parked.has(name) || Atomics.load(host.interruptFlag, 0) !== 0) return;
      rt.host = host;
      rt.interrupt = host.interruptFlag;
      const depth = rt.depth;
      const before = new Set(rt.modules.keys());
      const group: Group = { root: name, entries: (served = []) };
      try {
        importModule(name);
      } catch (e) {
        // (the program's own import raises it again, in its place; a Ctrl-C is the program's first line's)
        if (e instanceof PyException && e.exc.cls === KeyboardInterrupt) Atomics.store(host.interruptFlag, 0, 1);
      } finally {
        rt.depth = depth;
        served = null;
      }
      // Loaded here, in their order; the modules served from earlier steps go after (their order among
      // the others is lost, a difference only sys.modules' order shows). Built-in modules (_thread, time)
      // stay: CPython has them loaded at start-up, and a shared builtin function is named by its module.
      const loaded: Entry[] = [...rt.modules]
        .filter(([n, m]) => !before.has(n) && m.file !== null)
        .map(([n, m]) => ({ name: n, m }));
      group.entries.unshift(...loaded);
      for (const e of loaded) {
        rt.modules.delete(e.name);
        parked.set(e.name, { m: e.m!, group });
      }
      try {
        publishAhead(loaded.map((e) => e.m!));
      } catch {
        // (the first start publishes them, and says what it cannot share)
      }
    });
}
