// What pyt's standard modules cannot do says so by name (no CPython output to compare with): the
// file-system side of os, and contextlib.contextmanager, which needs generator functions.
import { describe, expect, it } from "vitest";
import { run } from "./test-host.js";

const lastLine = (s: string) => s.trimEnd().split("\n").pop();

describe("unsupported standard-module features", () => {
  it("os.path.exists and os.listdir name themselves", () => {
    expect(lastLine(run("import os\nos.path.exists('x')\n").stderr)).toBe(
      "NotImplementedError: os.path.exists() is not supported in pyt: programs cannot read or write files");
    expect(lastLine(run("import os\nos.listdir('.')\n").stderr)).toBe(
      "NotImplementedError: os.listdir() is not supported in pyt: programs cannot read or write files");
  });
  it("contextlib.contextmanager names the missing generator functions", () => {
    const r = run("import contextlib\ntry:\n    contextlib.contextmanager(len)\nexcept NotImplementedError as e:\n    print(e)\n");
    expect(r.stdout).toBe("contextlib.contextmanager needs generator functions ('yield'), which pyt does not support yet\n");
    expect(r.status).toBe(0);
  });
});
