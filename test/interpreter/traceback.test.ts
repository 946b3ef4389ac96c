// traceback.ts: CPython 3.11's caret rules, checked on small sources whose expected text came from
// python3 (the program corpus covers many more).
import { describe, expect, it } from "vitest";
import { run } from "./test-host.js";

const tb = (src: string) => run(src, "t.py").stderr;

describe("caret lines", () => {
  it("underline the failing call, and omit the line when it covers the whole statement", () => {
    expect(tb("def f():\n    raise ValueError\nx = f()\n")).toBe(
      'Traceback (most recent call last):\n  File "t.py", line 3, in <module>\n    x = f()\n        ^^^\n' +
        '  File "t.py", line 2, in f\n    raise ValueError\nValueError\n',
    );
    expect(tb("f()\n")).toBe('Traceback (most recent call last):\n  File "t.py", line 1, in <module>\n    f()\n    ^\nNameError: name \'f\' is not defined\n');
  });
  it("mark binary operators and subscripts with ~ and ^", () => {
    expect(tb("x = 1 + 'a'\n")).toContain("    x = 1 + 'a'\n        ~~^~~~~\n");
    expect(tb("d = {}\nprint(d['k'])\n")).toContain("    print(d['k'])\n          ~^^^^^\n");
  });
  it("show chained exceptions as CPython does", () => {
    const out = tb("try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise KeyError('k') from e\n");
    expect(out).toContain("ZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\n");
    expect(out).toMatch(/KeyError: 'k'\n$/);
  });
  it("suggest close names", () => {
    expect(tb("total = 1\nprint(totl)\n")).toMatch(/NameError: name 'totl' is not defined. Did you mean: 'total'\?\n$/);
    expect(tb("class A:\n    def __init__(self):\n        self.value = 1\nA().valeu\n")).toMatch(/AttributeError: 'A' object has no attribute 'valeu'. Did you mean: 'value'\?\n$/);
  });
});
