// The parser's lookahead paths, computed at build time: tools/bundle.mjs replaces this module in the
// bundles with recordLookahead()'s table (grammar/lookahead.ts). Empty outside the bundles, where the
// parser computes its paths as chevrotain does.
export const LOOKAHEAD_TABLE: Record<string, string[][][]> = {};
