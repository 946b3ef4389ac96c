// Objects that cannot be shared between threads (iterators, generators, files, native types' instances):
// another thread's use of one names the object's type (docs/threads.md), whatever the operation.
// Through the real command, as threads need their workers.
import { describe, expect, it } from "vitest";
import { pytCommand, runArgv } from "../helpers/run.js";

const lastLine = (s: string) => s.trimEnd().split("\n").pop();

describe("objects of another thread", () => {
  it("next() on another thread's iterator names the iterator", async () => {
    const src = "import threading\nbox = []\nt = threading.Thread(target=lambda: box.append(iter([1, 2])))\n" +
      "t.start(); t.join()\nnext(box[0])\n";
    const r = await runArgv([...pytCommand(), "-c", src]);
    expect(lastLine(r.stderr)).toBe(
      "TypeError: cannot use 'list_iterator' object of another thread (it cannot be shared between threads)");
    expect(r.status).toBe(1);
  });
});
