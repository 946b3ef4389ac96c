// Platform.waitAsync for the page's main thread, which must never block. Chromium and Safari have
// Atomics.waitAsync; engines without it get a fallback that is just as free of polling: a tiny helper
// worker blocks in Atomics.wait on the page's behalf and posts a message when the word changes.
import { atomicsWaitAsync } from "../platform.js";

type WaitAsync = (i32: Int32Array, index: number, value: number) => Promise<void>;

// A classic worker (no module needed): wait, then report. One wait at a time per helper.
const HELPER_SOURCE =
  "onmessage = (e) => { const [i32, index, value] = e.data; Atomics.wait(i32, index, value); postMessage(0); };";

/** Helpers kept warm between waits; more than this many idle ones are ended. */
const MAX_IDLE_HELPERS = 4;

let helperUrl: string | undefined;
const idle: Worker[] = [];
/** Set once a helper could not start (a page policy forbidding blob: workers): see the last resort below. */
let helpersBroken = false;

function helper(): Worker {
  const warm = idle.pop();
  if (warm) return warm;
  helperUrl ??= URL.createObjectURL(new Blob([HELPER_SOURCE], { type: "text/javascript" }));
  return new Worker(helperUrl);
}

/** waitAsync through a helper worker blocking in Atomics.wait (for engines without Atomics.waitAsync). */
export function helperWaitAsync(i32: Int32Array, index: number, value: number): Promise<void> {
  if (Atomics.load(i32, index) !== value) return Promise.resolve();
  // Last resort, only when no helper can run: re-check every frame. Output still arrives, a little late.
  if (helpersBroken) return new Promise((resolve) => setTimeout(resolve, 16));
  const worker = helper();
  return new Promise<void>((resolve) => {
    const done = () => {
      worker.onmessage = null;
      worker.onerror = null;
      if (idle.length < MAX_IDLE_HELPERS) idle.push(worker);
      else worker.terminate();
      resolve();
    };
    worker.onmessage = done;
    // A helper that cannot run must not hang the drain loop: resolving makes the caller re-check the word.
    worker.onerror = (e) => {
      if (!helpersBroken) console.error("pyt: the Atomics.wait helper worker failed:", e.message);
      helpersBroken = true;
      worker.onmessage = null;
      worker.terminate();
      resolve();
    };
    worker.postMessage([i32, index, value]);
  });
}

/** Atomics.waitAsync where the engine has it, else the helper-worker fallback. */
export function pickWaitAsync(force?: "native" | "helper"): WaitAsync {
  const native = typeof (Atomics as { waitAsync?: unknown }).waitAsync === "function";
  if (force === "native" && !native) throw new Error("this browser has no Atomics.waitAsync");
  return force === "helper" || !native ? helperWaitAsync : atomicsWaitAsync;
}
