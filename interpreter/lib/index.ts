// Public surface of interpreter/lib: pure functions implementing CPython 3.11 semantics for the
// interpreter core (no imports from the rest of interpreter/). Errors are thrown as LibError.
export { LibError } from "./lib-error.js";
export * as intOps from "./int-ops.js";
export * as floatRepr from "./float-repr.js";
export * as floatParse from "./float-parse.js";
export * as formatSpec from "./format-spec.js";
export * as percentFormat from "./percent-format.js";
export * as strMethods from "./str-methods.js";
export * as mathOps from "./math-ops.js";
export { MersenneTwister } from "./random-mt.js";
export { displayWidth } from "./east-asian-width.js";
