// ASTs of the Python sources the interpreter carries (threading, queue, concurrent.futures, logging),
// parsed at build time: tools/bundle.mjs replaces this module in the bundles with a map from each source
// to its AST as JSON (parsing threading.py took ~0.2 s of MainThread's start-up; JSON.parse takes a few
// ms). Keyed by the whole source text, so a changed source is simply parsed. Empty outside the bundles.
export const PREPARSED: ReadonlyMap<string, string> = new Map();
