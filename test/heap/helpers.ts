// Test helpers: a formatted heap region inside a larger SharedArrayBuffer (as the runtime lays it out).
import { Heap } from "../../runtime/heap/index.js";

export const REGION_OFFSET = 4096; // something else (lock table...) sits before the heap

export function makeHeap(bytes = 1 << 20, nThreads = 8): { heap: Heap; sab: SharedArrayBuffer; bytes: number } {
  const sab = new SharedArrayBuffer(REGION_OFFSET + bytes);
  Heap.format(sab, REGION_OFFSET, bytes, nThreads);
  const heap = new Heap(sab, REGION_OFFSET, bytes, 0);
  heap.enter();
  return { heap, sab, bytes };
}
