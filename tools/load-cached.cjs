// Copied to dist/bundle/load-cached.js by tools/bundle.mjs. Loads a CommonJS bundle through vm.Script
// with a V8 code cache (Node 20 has no module.enableCompileCache): compiling the worker bundle and the
// functions its start-up runs took ~12 ms of every worker's start, the parser ~25 ms of the host's.
// The cache sits next to the bundle (NAME.cache). saveCaches() writes the caches of the scripts this
// thread loaded without an accepted one, once the code worth caching has run (the build writes them
// with a training run; a different Node version rejects them and the first run writes them again).
// A missing, rejected or unwritable cache only costs the compile. V8 checks its version, its flags and
// the source's length (not its text): the cache's name carries the bundle's size and modification time.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
/** node:module, loaded only when needed: a worker does not load it otherwise (~1 ms of its start). */
let Module;
const nodeModule = () => (Module ??= require("node:module"));

/**
 * The bundles are written already wrapped as a CommonJS module function (prewrap, called by
 * tools/bundle.mjs): wrapping at load time made a second copy of the whole text (600 KB for the
 * worker's), which stayed in every worker's heap, as a worker rarely runs a full GC.
 */
const HEAD = "(function (exports, require, module, __filename, __dirname) { ";
const TAIL = "\n});";

function prewrap(text) {
  return HEAD + text + TAIL;
}

/** Scripts loaded in this thread that run without an accepted cache: [script, cache file, rejected]. */
const uncached = [];

/**
 * Loads `file` (a CommonJS bundle) and returns its exports. `flavor` names the cache: a worker that
 * runs MainThread and one of the pool run different parts of the same bundle, so each has its own.
 */
function load(file, flavor = "") {
  const source = fs.readFileSync(file, "utf8");
  // V8 checks a cache against the source's length only: the file's size and time name its cache, so
  // an edited bundle never runs a stale one.
  const { size, mtimeMs } = fs.statSync(file);
  const cacheFile = `${file}.${flavor ? `${flavor}.` : ""}${size}-${Math.floor(mtimeMs)}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(source.startsWith(HEAD) ? source : nodeModule().wrap(source), {
    filename: file,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) uncached.push([script, cacheFile, cachedData !== undefined]);
  const module = { exports: {}, filename: file, id: file, loaded: false };
  // The bundles sit in this file's folder, where this file's own require resolves as theirs would.
  const req = path.dirname(file) === __dirname ? require : nodeModule().createRequire(file);
  script.runInThisContext()(module.exports, req, module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}

/**
 * Writes the missing caches (each to a temporary file, then renamed: readers never see half of one).
 * Returns how many it wrote.
 */
function saveCaches() {
  let written = 0;
  for (const [script, cacheFile, rejected] of uncached.splice(0)) {
    // Missing when loaded but there now: another thread or process wrote it meanwhile.
    if (!rejected && fs.existsSync(cacheFile) && !process.env.PYT_WRITE_CODE_CACHE) continue;
    const temp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      fs.writeFileSync(temp, script.createCachedData());
      fs.renameSync(temp, cacheFile);
      written++;
    } catch {
      fs.rmSync(temp, { force: true }); // a read-only install: run without
    }
  }
  return written;
}

/** import() for the loaded code (a script run from a code cache has no module loader): tests' runners. */
function importModule(url) {
  return import(url);
}

module.exports = { load, saveCaches, importModule, prewrap };
