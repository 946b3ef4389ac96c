// ASTs of the Python sources the interpreter carries (threading, queue, concurrent.futures, logging),
// parsed at build time: tools/bundle.mjs replaces this module in the bundles with a map from each source
// to its AST as JSON (parsing threading.py took ~0.2 s of MainThread's start-up; JSON.parse takes a few
// ms). Keyed by the whole source text, so a changed source is simply parsed. Empty outside the bundles.
export const PREPARSED: ReadonlyMap<string, string> = new Map();

/**
 * Fills PREPARSED where its entries come in parts (the web bundle: several chunks, each small enough for
 * a browser's cache); a web worker awaits it before it runs Python. Nothing to do elsewhere.
 */
export function loadPreparsed(): Promise<void> {
  return Promise.resolve();
}
