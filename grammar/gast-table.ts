// The grammar's productions, recorded at build time: tools/bundle.mjs replaces this module in the bundles
// with recordGast()'s table (grammar/gast.ts). Null outside the bundles, where the parser records them
// as chevrotain does.
import type { GastTable } from "./gast.js";

export const GAST_TABLE: GastTable | null = null;
