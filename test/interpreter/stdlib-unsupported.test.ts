// What pyt's standard modules cannot do says so by name (no CPython output to compare with): the
// file-system side of os, trace and
// profile functions (sys.settrace, threading.settrace), re features a JS RegExp lacks, multiprocessing's process-only names, and the standard library's modules pyt lacks.
import { describe, expect, it } from "vitest";
import { run } from "./test-host.js";

const lastLine = (s: string) => s.trimEnd().split("\n").pop();

describe("unsupported standard-module features", () => {
  // first: a program that ran threading's shutdown in this host leaves concurrent.futures unimportable here
  it("concurrent.futures.ProcessPoolExecutor names the module pyt lacks (an ImportError, as fallbacks expect)", () => {
    const src = "try:\n    from concurrent.futures import ProcessPoolExecutor\nexcept ImportError as e:\n    print(type(e).__name__, e)\n" +
      "import concurrent.futures as cf\ntry:\n    cf.Nope\nexcept AttributeError as e:\n    print(e)\n";
    expect(run(src).stdout).toBe(
      "ModuleNotFoundError the standard library's 'concurrent.futures.process' module is not supported yet\n" +
      "module 'concurrent.futures' has no attribute 'Nope'\n");
  });
  it("os.path.exists and os.listdir name themselves", () => {
    expect(lastLine(run("import os\nos.path.exists('x')\n").stderr)).toBe(
      "NotImplementedError: os.path.exists() is not supported in pyt: programs cannot read or write files");
    expect(lastLine(run("import os\nos.listdir('.')\n").stderr)).toBe(
      "NotImplementedError: os.listdir() is not supported in pyt: programs cannot read or write files");
  });
  it("trace and profile functions: setting one names itself, none is ever set", () => {
    const src = "import sys, threading\nprint(threading.gettrace(), threading.getprofile(), sys.gettrace(), sys.getprofile())\n" +
      "for f in (threading.settrace, threading.setprofile, sys.settrace, sys.setprofile):\n    try:\n        f(print)\n" +
      "    except NotImplementedError as e:\n        print(e)\n";
    const r = run(src);
    expect(r.stdout).toBe("None None None None\nthreading.settrace() is not supported by pyt\nthreading.setprofile() is not supported by pyt\n" +
      "sys.settrace() is not supported by pyt\nsys.setprofile() is not supported by pyt\n");
  });
  it("int.to_bytes and int.from_bytes (no bytes type) exist and name themselves", () => {
    const r = run("print(hasattr(1, 'to_bytes'), hasattr(int, 'from_bytes'))\nfor f in ((5).to_bytes, int.from_bytes):\n    try:\n" +
      "        f(2, 'big')\n    except NotImplementedError as e:\n        print(e)\n");
    expect(r.stdout).toBe("True True\nint.to_bytes() is not supported in pyt (there is no bytes type)\n" +
      "int.from_bytes() is not supported in pyt (there is no bytes type)\n");
  });
  it("sys.getrefcount and sys.getsizeof (CPython's own numbers) name themselves", () => {
    const r = run("import sys\nfor f in (sys.getrefcount, sys.getsizeof):\n    try:\n        f([])\n    except NotImplementedError as e:\n        print(e)\n");
    expect(r.stdout).toBe("sys.getrefcount() is not supported by pyt (its objects have no CPython reference counts or sizes)\n" +
      "sys.getsizeof() is not supported by pyt (its objects have no CPython reference counts or sizes)\n");
  });
  it("a standard-library module pyt lacks says so; any other missing module gets CPython's words", () => {
    const src = "for name in ('asyncio', 'multiprocessing.managers', 'logging.config', 'numpy', 'os.foo'):\n    try:\n" +
      "        __import__(name)\n    except ImportError as e:\n        print(type(e).__name__, e.name, e)\n";
    expect(run(src).stdout).toBe(
      "ModuleNotFoundError asyncio the standard library's 'asyncio' module is not supported yet\n" +
      "ModuleNotFoundError multiprocessing.managers the standard library's 'multiprocessing.managers' module is not supported yet\n" +
      "ModuleNotFoundError logging.config the standard library's 'logging.config' module is not supported yet\n" +
      "ModuleNotFoundError numpy No module named 'numpy'\n" +
      "ModuleNotFoundError os.foo No module named 'os.foo'; 'os' is not a package\n");
    // a submodule of a package pyt lacks: the package is what is missing, as CPython reports it
    expect(lastLine(run("import urllib.request\n").stderr)).toBe(
      "ModuleNotFoundError: the standard library's 'urllib' module is not supported yet");
  });
  it("multiprocessing's process-only names raise on use, pointing to the same API on threads", () => {
    const tail = ", which pyt does not have (its threads share one process): ";
    const src = "import multiprocessing\nfrom multiprocessing.pool import Pool\n" +
      "class Worker(multiprocessing.Process):\n    pass\n" +
      "for make in (lambda: multiprocessing.Process(target=print), Worker, multiprocessing.Pool, multiprocessing.Queue,\n" +
      "             multiprocessing.Lock, multiprocessing.get_context, lambda: Pool(4)):\n    try:\n        make()\n" +
      "    except NotImplementedError as e:\n        print(e)\n";
    expect(run(src).stdout).toBe(
      `multiprocessing.Process works across processes${tail}multiprocessing.dummy.Process gives the same API on threads\n` +
      `multiprocessing.Process works across processes${tail}multiprocessing.dummy.Process gives the same API on threads\n` +
      `multiprocessing.Pool works across processes${tail}multiprocessing.dummy.Pool gives the same API on threads\n` +
      `multiprocessing.Queue works across processes${tail}multiprocessing.dummy.Queue gives the same API on threads\n` +
      `multiprocessing.Lock works across processes${tail}multiprocessing.dummy.Lock gives the same API on threads\n` +
      `multiprocessing.get_context works across processes${tail}multiprocessing.dummy gives the same API on threads\n` +
      `multiprocessing.pool.Pool works across processes${tail}multiprocessing.pool.ThreadPool gives the same API on threads\n`);
    expect(lastLine(run("import multiprocessing\nmultiprocessing.Process(target=print).start()\n").stderr)).toBe(
      `NotImplementedError: multiprocessing.Process works across processes${tail}multiprocessing.dummy.Process gives the same API on threads`);
  });
  it("traceback.print_stack and its kin from a frame object (pyt has none) name themselves", () => {
    const r = run("import traceback\nfor f in (traceback.print_stack, traceback.format_stack, traceback.extract_stack):\n    try:\n        f(object())\n    except NotImplementedError as e:\n        print(e)\n");
    expect(r.stdout).toBe("traceback.print_stack(f) is not supported by pyt (it has no frame objects)\n" +
      "traceback.format_stack(f) is not supported by pyt (it has no frame objects)\n" +
      "traceback.extract_stack(f) is not supported by pyt (it has no frame objects)\n");
  });
  it("re: what sre has and JS RegExp lacks names itself", () => {
    const src = "import re\nfor p in ('a*+', 'a++', 'a?+', 'a{1,2}+', '(?>ab)', '(a)?(?(1)b|c)', '\\\\N{EM DASH}', '[\\\\N{EM DASH}]'):\n" +
      "    try:\n        re.compile(p)\n    except NotImplementedError as e:\n        print(e)\n" +
      "for f in (lambda: re.template('a'), lambda: re.compile('a').scanner('a')):\n    try:\n        f()\n" +
      "    except NotImplementedError as e:\n        print(e)\n";
    const possessive = "re: possessive quantifiers (*+, ++, ?+, {m,n}+) are not supported by pyt\n";
    const named = "re: named character escapes \\N{...} are not supported by pyt\n";
    expect(run(src).stdout).toBe(possessive.repeat(4) + "re: atomic groups (?>...) are not supported by pyt\n" +
      "re: conditional groups (?(...)...) are not supported by pyt\n" + named + named +
      "re: re.template is not supported by pyt\nre: Pattern.scanner is not supported by pyt\n");
  });
});
