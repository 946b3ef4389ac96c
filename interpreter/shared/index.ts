// interpreter/shared/: Python objects shared between threads through the runtime's SharedArrayBuffer heap
// (docs/threads.md). Importing this module installs the forwarding tables of hooks.ts and the _thread
// module; index.ts (MainThread) and thread-entry.ts (thread workers) import it.
export { S, encode, decode, publish, retireOwned } from "./codec.js";
export { ensureSharing, startThread, runThreadEntry, nextThreadNumber, signalStarted } from "./sharing.js";
import "./containers.js";
import "./codes.js";
import "./seq-iter.js";
import "../modules/_thread.js";
