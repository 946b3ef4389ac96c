// Code references: a function's code travels as (module blob, node index). The module blob is a record
// [file, source text, AST JSON] stored once per module (a library module's or threading's has no AST:
// each worker makes those itself); the index numbers the module's function-like
// nodes (def, lambda, comprehension, class) in a deterministic depth-first walk of the JSON. Another
// worker parses the JSON (no parser needed), compiles the module once (compilation runs nothing) and
// picks the node's Code, compiling the bodies of the enclosing functions first if the node is nested.
import type { FunctionCode } from "../objects/function.js";
import { typeError } from "../objects/exceptions.js";
import { compileModule } from "../compile/module.js";
import { rt } from "../state.js";
import { sharedHooks } from "./hooks.js";
import { S, T_CODE, T_MODSRC } from "./codec.js";
import { THREADING_FILE, THREADING_SOURCE } from "../modules/threading-source.js";
import type { SharedHeap } from "../shared-heap.js";

interface CodeLike {
  readonly file: string;
  readonly name: string;
  body: unknown;
}

const FN_KINDS = new Set(["FunctionDef", "AsyncFunctionDef", "Lambda", "ListComp", "SetComp", "DictComp", "GeneratorExp", "ClassDef"]);

interface ModIndex {
  nodes: object[];
  index: Map<object, number>;
  /** The function-like nodes enclosing each node, outermost first. */
  parents: Map<object, object[]>;
}

/** Code -> its AST node, node -> its Code (this worker). */
const codeNodes = new WeakMap<object, object>();
const nodeCodes = new WeakMap<object, CodeLike>();
/** file -> the module ASTs compiled under that name (this worker): a REPL compiles one per input, all
 *  named <stdin>, so a module is identified by its AST, not its file name. */
const moduleAsts = new Map<string, object[]>();
const indexes = new WeakMap<object, ModIndex>();
/** module AST -> its module blob's address; module blob address -> its index (this worker). */
const blobOfModule = new WeakMap<object, number>();
const blobIndex = new Map<number, ModIndex>();
const codeRefs = new WeakMap<object, number>();

sharedHooks.codeCreated = (code, node) => {
  codeNodes.set(code, node);
  nodeCodes.set(node, code as unknown as CodeLike);
};
sharedHooks.moduleCompiled = (mod, file) => {
  const mods = moduleAsts.get(file);
  if (!mods) moduleAsts.set(file, [mod]);
  else if (!mods.includes(mod)) mods.push(mod);
};

function indexModule(mod: object): ModIndex {
  const nodes: object[] = [];
  const index = new Map<object, number>();
  const parents = new Map<object, object[]>();
  const stack: object[] = [];
  // MainThread walks threading's whole AST at its first start: for-in and no arrays made per node (it
  // was Object.values, ~3x slower).
  const walk = (v: object): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x !== null && typeof x === "object") walk(x);
      }
      return;
    }
    const fn = FN_KINDS.has((v as { kind?: string }).kind as string);
    if (fn) {
      index.set(v, nodes.length);
      nodes.push(v);
      parents.set(v, stack.slice());
      stack.push(v);
    }
    for (const k in v) {
      const x: unknown = (v as Record<string, unknown>)[k];
      if (x !== null && typeof x === "object") walk(x);
    }
    if (fn) stack.pop();
  };
  walk(mod);
  return { nodes, index, parents };
}

function indexFor(mod: object): ModIndex {
  let ix = indexes.get(mod);
  if (!ix) {
    ix = indexModule(mod);
    indexes.set(mod, ix);
  }
  return ix;
}

/** The module (compiled under `file`) whose AST holds `node`: the newest first. */
function moduleOf(file: string, node: object): object {
  const mods = moduleAsts.get(file);
  if (!mods) throw new Error(`internal: no AST for ${file}`);
  for (let i = mods.length - 1; i >= 0; i--) if (indexFor(mods[i]).index.has(node)) return mods[i];
  throw new Error(`internal: node not in any module compiled as ${file}`);
}

function blobFor(file: string, mod: object): number {
  let a = blobOfModule.get(mod);
  if (a === undefined) {
    const h = S.heap;
    const source = rt.sources.get(file) ?? "";
    // A library module's AST (threading's too) is made by the worker that decodes it (isLibrary);
    // threading's source is also built into every worker, so it is not copied either (25 KB by a cold
    // loop: 1-4 ms of the program's first Thread.start()).
    const builtIn = file === THREADING_FILE && source === THREADING_SOURCE;
    const json = isLibrary(file, source) ? "" : JSON.stringify(mod);
    a = h.allocRecord(T_MODSRC, [h.allocString(file), h.allocBlob(builtIn ? "" : source), h.allocBlob(json)]);
    blobOfModule.set(mod, a);
    blobIndex.set(a, indexFor(mod));
  }
  return a;
}

/**
 * How a worker gets the AST of a library module written in Python ("<frozen queue>", ...) from its
 * source: the grammar's entry, which answers from the ASTs the build pre-parsed (a thread worker loads
 * no parser). Set by whoever can parse (pylib.ts in MainThread, prewarm.ts in a thread worker).
 */
let parseLibrary: ((source: string, file: string) => object) | null = null;

export function setLibraryParser(parse: (source: string, file: string) => object): void {
  parseLibrary = parse;
}

/**
 * A library module's blob carries its source but no AST: the worker that decodes it parses the source
 * (parseLibrary: a pre-parsed AST read from the build's files). MainThread's first start used to
 * JSON.stringify each such module and copy the text into the heap: ~20 ms of pool_map's first start
 * (concurrent.futures, queue, _queue). The same source gives the same AST, so its nodes number alike.
 */
function isLibrary(file: string, source: string): boolean {
  return source !== "" && file.startsWith("<frozen ");
}

/**
 * Modules whose AST a thread worker makes itself from the source (threading: pre-parsed at build time,
 * so no parser is loaded), by file; their module blob carries no AST (an empty JSON text). `ast` is set
 * once the module is compiled here.
 */
interface OwnModule {
  readonly source: string;
  readonly parse: () => object;
  ast?: object;
}
const ownModules = new Map<string, OwnModule>();

/** A thread worker can make the AST of `file` (source `source`) itself (see ownModules). */
export function registerOwnModule(file: string, source: string, parse: () => object): void {
  ownModules.set(file, { source, parse });
}

/** The compiled AST of an own module (compiled on first use). */
function ownAst(file: string, own: OwnModule): object {
  if (own.ast === undefined) {
    const ast = own.parse();
    compileModule(ast as Parameters<typeof compileModule>[0], file);
    own.ast = ast;
  }
  return own.ast;
}

/**
 * Steps that compile an own module ahead of need, and the bodies of its functions named in `hot`
 * (what every thread start runs there), so that a thread's first start compiles little.
 */
export function precompileSteps(file: string, hot: ReadonlySet<string>): (() => void)[] {
  const own = ownModules.get(file);
  if (own === undefined) return [];
  return [
    () => void ownAst(file, own),
    () => {
      const ix = indexFor(ownAst(file, own));
      for (const node of ix.nodes) if (hot.has((node as { name?: string }).name ?? "")) compileBodies(ix, node);
    },
  ];
}

/** Compiles the bodies of `node`'s enclosing functions and classes, then its own. */
function compileBodies(ix: ModIndex, node: object): void {
  for (const p of [...(ix.parents.get(node) ?? []), node]) {
    const c = nodeCodes.get(p) as unknown as { body: unknown; _compileBody(): unknown } | undefined;
    if (c && c.body === null) c.body = c._compileBody();
  }
}

/** Numbers a module's functions now, before its first code ref needs it (MainThread, threading). */
export function indexAhead(mod: object): void {
  indexFor(mod);
}

/** The code-ref record of a function's code (made once per Code). */
export function encodeCode(code: FunctionCode): number {
  let a = codeRefs.get(code);
  if (a !== undefined) return a;
  const node = codeNodes.get(code);
  if (!node) throw typeError(`cannot share function '${code.name}' between threads`);
  const file = (code as unknown as CodeLike).file;
  const mod = moduleOf(file, node);
  const i = indexFor(mod).index.get(node)!;
  a = S.heap.allocRecord(T_CODE, [blobFor(file, mod), (i << 1) | 1]);
  codeRefs.set(code, a);
  return a;
}

/** This worker's Code for a code-ref record. */
export function codeFromRef(ref: number): FunctionCode {
  const h = S.heap;
  const blob = h.recordGet(ref, 0);
  const i = h.recordGet(ref, 1) >> 1;
  const ix = indexForBlob(blob);
  const node = ix.nodes[i];
  let code = nodeCodes.get(node);
  if (!code) {
    compileBodies(ix, ix.parents.get(node)?.at(-1) ?? node);
    code = nodeCodes.get(node);
  }
  if (!code) throw new Error("internal: no code for a shared function's node");
  const codeRef = code as unknown as FunctionCode;
  codeRefs.set(codeRef, ref);
  return codeRef;
}

/**
 * MainThread, its module compiled and about to run, with a prewarmed pool: the module's blob now (the
 * first start would make it), announced for idle pool workers to compile before their first thread
 * (ThreadHost.announceMain): a start's code refs then find it compiled.
 */
export function announceModule(file: string, mod: object): void {
  const th = rt.host.threads;
  if (!th?.announceMain) return;
  const h = th.heap!;
  S.heap = h;
  let blob: number;
  h.enter();
  try {
    blob = blobFor(file, mod);
  } finally {
    h.leave();
  }
  th.announceMain(blob);
}

/** An idle pool worker: compiles the module of a blob MainThread announced, read through `heap`. */
export function compileModuleBlob(heap: SharedHeap, blob: number): void {
  const prev = S.heap;
  S.heap = heap;
  try {
    indexForBlob(blob);
  } finally {
    S.heap = prev;
  }
}

/** The module of a module blob, compiled in this worker on first use, and its index. */
function indexForBlob(blob: number): ModIndex {
  const h = S.heap;
  let ix = blobIndex.get(blob);
  if (!ix) {
    const file = h.readString(h.recordGet(blob, 0));
    // threading's blob has no source (blobFor): every worker has the same text built in.
    const stored = h.readString(h.recordGet(blob, 1));
    const source = stored === "" && file === THREADING_FILE ? THREADING_SOURCE : stored;
    if (!rt.sources.has(file)) rt.sources.set(file, source);
    const own = ownModules.get(file);
    let mod: object;
    // The same file and source text parse to the same AST, so its nodes are numbered alike.
    if (own !== undefined && own.source === source) mod = ownAst(file, own);
    else {
      const json = h.readString(h.recordGet(blob, 2));
      if (json !== "") mod = JSON.parse(json) as object;
      else if (parseLibrary !== null && isLibrary(file, source)) mod = parseLibrary(source, file);
      else throw new Error(`internal: no AST for ${file} in this worker`);
      compileModule(mod as Parameters<typeof compileModule>[0], file);
    }
    ix = indexFor(mod);
    blobIndex.set(blob, ix);
    blobOfModule.set(mod, blob);
  }
  return ix;
}
