#!/usr/bin/env python3
"""Regenerate test/grammar/fixtures/{parse,errors}.json from CPython 3.11 (run on purpose only).

parse.json: each snippet with CPython's AST in grammar/ast.ts shape (via tools/pyast.py).
errors.json: each malformed program with CPython's SyntaxError type, msg, line, col (offset-1).
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import ast
import pyast

PARSE = [
    # expressions: atoms and literals
    "x\n", "42\n", "0x1F + 0o17 + 0b101 + 1_000_000\n", "3.14\n", "1.\n", ".5\n", "1e10\n", "1.5E-3\n", "2j\n", "1.5j\n",
    "1e400\n", "123456789012345678901234567890\n", "None\nTrue\nFalse\n...\n",
    "'a'\n", '"b"\n', "'''tri\nple'''\n", '"""x"""\n', "r'\\n\\d'\n", "b'abc\\x00'\n", "rb'\\x'\n", "BR'x'\n", "u'uni'\n",
    "'a' 'b' \"c\"\n", "'\\n\\t\\\\\\'\\\"\\x41\\u00e9\\U0001F600\\101\\0'\n", "'\\q unknown'\n", "'line\\\ncont'\n",
    "'\u00e9t\u00e9'\n",
    # f-strings
    "f'hello {name}!'\n", "f'{x!r:>{width}}'\n", "f'{x=}'\n", "f'{x = }'\n", "f'{x=:>10}'\n", "f'{x=!s}'\n", "f'{{literal}} {y}'\n",
    "f\"{d['k']}\"\n", "f'{a + b:0.2f}'\n", "'a' f'{b}' 'c'\n", "f'a' 'b'\n", "f''\n", "rf'\\d{x}'\n", "f'{x:{w}.{p}}'\n",
    "f'{f\"{y}\"}'\n", "f'''{\nx\n}'''\n", "f'{a, b}'\n", "f'{x!a}'\n", "f'{3.14:.1f}'\n", "f'\\n{x}\\t'\n",
    # operators and precedence
    "a + b * c - d / e // f % g @ h\n", "a ** b ** c\n", "-a ** b\n", "-x + +y - ~z\n", "a << 1 >> 2\n", "a & b | c ^ d\n",
    "not a and b or c\n", "a or b or c\n", "a and b and c\n", "a < b <= c > d >= e == f != g\n", "a in b not in c is d is not e\n",
    "x if c else y\n", "a if b else c if d else e\n", "lambda: 0\n", "lambda x, y=1, *a, k, **kw: x\n", "lambda *, k=1: k\n",
    "lambda a, /, b: a\n", "(x := 5)\n", "[y := 1, y ** 2]\n", "f(x := 1)\n", "(a)\n", "((a + b) * c)\n",
    # primaries
    "a.b.c\n", "f()\n", "f(a, b)\n", "f(a, *args, k=1, **kw)\n", "f(*a, *b, **c, **d)\n", "f(a)(b)(c)\n", "f(x for x in y)\n",
    "f(a,)\n", "a[1]\n", "a[1:2]\n", "a[:]\n", "a[::2]\n", "a[1:]\n", "a[:2]\n", "a[1:2:3]\n", "a[1, 2]\n", "a[1:2, ::3]\n",
    "a[i,]\n", "a[b][c]\n", "a.b[c](d).e\n", "a[*b]\n", "x[a:=1]\n",
    # displays and comprehensions
    "()\n", "(1,)\n", "(1, 2)\n", "1, 2\n", "1,\n", "[]\n", "[1, 2, 3,]\n", "[*a, *b]\n", "{}\n", "{1: 2, 'a': b}\n", "{**a, 'b': 1, **c}\n",
    "{1, 2}\n", "{*a, 1}\n", "[x for x in y]\n", "[x * y for x in a if x for y in b if y if x > y]\n", "{x for x in y}\n",
    "{k: v for k, v in d.items()}\n", "(x for x in y)\n", "[(a, b) for a, b in c]\n", "[x for *a, b in c]\n",
    "[x for x in lambda: y]\n" if False else "[x for x in (lambda: y)]\n", "sum(x for x in range(3) if x)\n",
    # statements
    "x = 1\n", "a = b = c\n", "a, b = b, a\n", "[a, b] = c\n", "(a, b) = c\n", "a, *b = c\n", "*a, b = c\n", "a.b = 1\n", "a[0] = 1\n",
    "a[1:2] = b\n", "x, = y\n", "x += 1\n", "x -= 1\nx *= 2\nx /= 3\nx //= 4\nx %= 5\nx **= 6\nx >>= 7\nx <<= 8\nx &= 9\nx ^= 10\nx |= 11\nx @= 12\n",
    "a.b += 1\n", "a[i] *= 2\n", "x: int\n", "x: int = 1\n", "(x): int = 1\n", "a.b: str\n", "a[0]: list = []\n",
    "del x\n", "del a, b\n", "del a[0], a.b\n", "del (a, b)\n", "del [a, b]\n", "pass\n", "x = 1; y = 2\n", "x = 1;\n",
    "import os\n", "import os.path\n", "import os.path as p, sys\n", "from x import a\n", "from x import a, b as c\n",
    "from x import (a, b,)\n", "from . import x\n", "from .. import y\n", "from .m import z\n", "from ...pkg.mod import w\n",
    "from x import *\n", "global a, b\n", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n", "assert x\n", "assert x, 'msg'\n",
    "raise\n", "raise E\n", "raise E('x') from e\n",
    "def f():\n    return\n", "def f():\n    return 1, 2\n", "def f():\n    return *a, b\n",
    "if a:\n    b\n", "if a:\n    b\nelse:\n    c\n", "if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g\n",
    "if a: b; c\n", "if a: b\nelse: c\n", "while x:\n    x -= 1\n", "while x:\n    break\nelse:\n    continue_ = 1\n",
    "while True:\n    if x:\n        continue\n    break\n",
    "for x in y:\n    pass\n", "for a, b in c:\n    pass\nelse:\n    pass\n", "for x, in y: pass\n", "for (a, b) in c: pass\n",
    "for i in 1, 2:\n    pass\n", "for x[0] in y: pass\n", "for *a, b in c: pass\n",
    "try:\n    a\nexcept:\n    b\n", "try:\n    a\nexcept E:\n    b\nexcept (A, B) as e:\n    c\nelse:\n    d\nfinally:\n    e\n",
    "try:\n    a\nfinally:\n    b\n", "try:\n    a\nexcept E as e:\n    pass\n",
    "with a:\n    pass\n", "with a as b:\n    pass\n", "with a as b, c as d:\n    pass\n", "with (a as b, c as d):\n    pass\n",
    "with (a, b):\n    pass\n", "with (a, b) as c:\n    pass\n", "with a as (b, c):\n    pass\n", "with (a):\n    pass\n",
    "with open(f) as fh, lock:\n    pass\n", "with (\n    a as b,\n    c,\n):\n    pass\n",
    "def f(): pass\n", "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n", "def f(a, /, b, *, c):\n    pass\n",
    "def f(a: int, b: str = 'x') -> None:\n    pass\n", "def f(*, a): pass\n", "def f(a, /): pass\n", "def f(*args: int, **kw: str): pass\n",
    "@dec\ndef f():\n    pass\n", "@a.b(c)\n@d\ndef f(): pass\n", "@x[0]\ndef f(): pass\n",
    "class A: pass\n", "class A(B):\n    x = 1\n    def m(self):\n        return self.x\n", "class A(B, C, metaclass=M, **kw):\n    pass\n",
    "class A():\n    pass\n", "@dataclass\nclass P:\n    x: int\n    y: int = 0\n",
    # layout
    "if a:\n\n    # comment\n    b\n\n\n    c\n", "x = (1,\n     2)\n", "x = [\n    1,\n    2,\n]\n", "x = 1 + \\\n    2\n",
    "if x:\n        a\n        b\nc\n", "def f():\n    if x:\n        return 1\n    return 2\n", "x = 1", "if x:\n    y",
    "\n\n# only comment\n", "", "x = 1\r\ny = 2\r\n", "if a:\r\n    b\r\n", "if a:\n\tb\n\tc\n", "if a:\n\tif b:\n\t\tc\n",
    "x = {\n  'a': 1,  # c\n  'b': 2\n}\n", "f(a,\n  b)(\n)\n", "print(\"a\", end='')\n",
    "match = 3\nmatch.x = 2\nprint(match)\n", "type = 1\ncase = 2\n_ = 3\n", "print(match, type)\n",
    "x = a if b else c\n", "x = not a\n", "x = -1\n", "x = a is not None\n", "x = [i for i in range(10)][::-1]\n",
    "t = threading.Thread(target=worker, args=(i,), daemon=True)\n", "with lock:\n    counter += 1\n",
    "if __name__ == '__main__':\n    main()\n", "print(f\"{name:>10} | {value:08.3f}\")\n",
    # match statements (patterns)
    "match x:\n    case 1 | -2 | 3.5 | 'a' 'b' | None | True:\n        pass\n    case a.b | [] | ():\n        pass\n",
    "match x, y:\n    case [a, *rest] | (a, *rest):\n        pass\n    case (b as c) if c:\n        pass\n    case _:\n        pass\n",
    "match p:\n    case Point(x=0, y=yy) | Point(0, yy):\n        pass\n    case {'k': v, 1: w, a.b: z, **kw}:\n        pass\n",
    "match cmd:\n    case ('add', n):\n        total += n\n    case a, *b, :\n        pass\n    case int(n) as m if m > 0:\n        pass\n",
    "match match:\n    case case if case:\n        match = case\n",
]

ERRORS = [
    "foo(1, 2\n", "x = (1,\ny = 2\n", "x = )\n", "x = (1]\n", "x = (1,\n2]\n", "[a b]\n", "f(a b)\n",
    "if x\n    pass\n", "if x = 1:\n    pass\n", "f() = 1\n", "1 = x\n", "print 'hello'\n", "print x\n",
    "x = 1abc\n", "s = 'abc\n", "s = '''abc\n\n", "def f():\nreturn 1\n", "if x:\n        a\n    b\n", "  x = 1\n",
    "if x:\n\ta\n        b\n", "return 1\n", "break\n", "continue\n", "class = 3\n", "x = 1 +\n", "x = $\n", "a ? b\n",
    "f'{x'\n", "f'{}'\n", "f'}'\n", "for 1 in x: pass\n", "del 1\n", "None = 1\n", "x = 012\n", "x = 0x\n", "a = 1\n  b = 2\n",
    "def f(x, x): pass\n", "x = \\ y\n", "f(a.b=1)\n", "f(**a, *b)\n", "f(a=1, b)\n", "def f(a=1, b): pass\n",
    "while True\n    pass\n", "x = [1, 2\n", "try:\n    pass\n", "else:\n    pass\n", "x = 'a' 'b' c\n",
    "if True:\npass\n", "for x in y:\n", "x +=\n", "a, b += 1\n", "(a, b) : int = 1\n", "x = 1 if y\n", "import\n", "from x import\n",
    "def f(:\n", "class A(:\n", "x = {1: 2, 3}\n", "[x for x in]\n", "a = 1 = 2\n", "f(x for x in y, 1)\n", "x == 1 = 2\n",
    "def f():\n    x = 1\n  y = 2\n", "x = 'abc' \\\n", "a.1\n", "1.e\n", "0b2\n", "0o8\n", "1_\n", "1__0\n", "x = 5 if else 3\n",
    "nonlocal x\n", "f(*)\n", "x = *a\n", "print(*)\n", "*a = 1\n",
    "a + = 1\n", "x = 1\n    y = 2\n", "if x:\n    pass\n  else:\n    pass\n", "with open(x) as f\n    pass\n", "x.y = \n",
    "def f(*): pass\n", "def f(**k, a): pass\n", "x = !a\n", "x = a !\n", "elif x:\n  pass\n", "f(a, b c)\n", "{a b}\n", "(a b)\n",
    "x = 'a\\\nb\n", "'''\n", "x = \"\"\"\n\n\n", "f(1 2)\n", "raise from x\n", "assert\n", "del\n", "global\n",
    "x = (\n", "x = ((1)\n", "if x:\npass\n", "try:\n  pass\nexcept:\npass\n",
    "with a:\npass\n", "while x:\npass\n", "class A:\npass\n", "def f():\n\n\n", "try:\n  x\nfinally:\nx\n", "if x:\n  pass\nelse:\npass\n",
    "if x:\n  pass\nelif y:\npass\n", "try:\n  x\nexcept E:\n  x\nelse:\nx\n", "x = 1 \\\n", "def f(x):\n\tif x:\n        return 1\n",
    "a = b = \n", "f(x=1, x=2)\n", "x = [1, 2, 3)\n", "foo(\n  1,\n  2,\n  3\n", "foo(a)(\n\n", "'abc\n", "\"abc\\\"\n", "b'\\xff\u00e9'\n",
    "print(f'{a!x}')\n", "x = 1\n\n   \n  # c\nif x:\n", "x = 08\n", "1 +* 2\n", "a = 3 ** \n", "a :=  3\n", "(a := 3\n",
    "def f(a, /, b, /): pass\n", "x = True = 3\n", "x: int = 1 = 2\n", "import a.b as\n", "from . import *, a\n", "except:\n",
    "f(x)) \n", "x = [\n", "True = 1\n", "__debug__ = 1\n", "def f(a, *, **k): pass\n", "obj.None = 1\n", "x = 1 y = 2\n",
    "if x:\n    y\n  z\n", "while x:\n    pass\n  break\n", "for i in range(3):\n    print(i)\n   print(i)\n",
    "def f():\n    pass\nbreak\n", "class A:\n    return 1\n", "def f():\n    for x in y:\n        pass\n    continue\n",
    "x = [1, 2, 3\ny = 4\n", "print('hello'\n", "print('a' 'b' c)\n", "if x:\n    pass\nelse\n    pass\n",
    "def f()\n    pass\n", "class A\n    pass\n", "for x in y\n    pass\n", "try\n    pass\n", "x = {'a': 1 'b': 2}\n",
    "if a:\n        b\n\tc\n", "def = 1\n", "def f():\n    nonlocal x\n", "def f():\n    x = 1\n    def g():\n        nonlocal y\n",
    "x = 1 +* 2\nif x\n", "for x in range(3):\n    pass\nelse:\n    break\n", "x = [1, 2\nprint(x)\n",
    "def f(a, b\n    return a\n", "x = (1, 2\n     3)\n", "x = (1, 2\n     3\n", "x = [1, 2, 3\ny]\n", "x = [1, 2, 3 y = 4\n", "s = \"abc\nprint(s)\n", "print(\"hi\")\n    print(\"there\")\n", "import = 2\n", "x = if\n", "lambda x: x = 1\n", "f(**)\n", "x = 'abc\ny = 2\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n", "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n", "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case P(x=1, x=2):\n        pass\n", "match x:\n    case P(x=1, 2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n", "match x:\n    case a as _:\n        pass\n", "match x:\n    case 1+1:\n        pass\n",
    "match x:\n    case f'x':\n        pass\n", "match x:\n    case {**r, 'a': 1}:\n        pass\n", "match x:\ncase 1: pass\n",
    "match x\n    case 1:\n        pass\n", "match x:\n    case 1\n        pass\n", "match x:\n    y = 1\n",
]


def err(src):
    try:
        compile(src, "x.py", "exec")
    except SyntaxError as e:
        return {"src": src, "type": type(e).__name__, "msg": e.msg, "line": e.lineno, "col": (e.offset or 1) - 1,
                "endLine": e.end_lineno, "endCol": (e.end_offset - 1) if e.end_offset and e.end_offset > 0 else None}
    raise SystemExit(f"no error for {src!r}")


def main():
    here = os.path.join(os.path.dirname(__file__), "..", "test", "grammar", "fixtures")
    os.makedirs(here, exist_ok=True)
    parse = [{"src": s, "ast": pyast.conv(ast.parse(s))} for s in PARSE]
    with open(os.path.join(here, "parse.json"), "w") as f:
        json.dump(parse, f, indent=0, ensure_ascii=True)
    with open(os.path.join(here, "errors.json"), "w") as f:
        json.dump([err(s) for s in ERRORS], f, indent=1, ensure_ascii=True)
    print(f"{len(parse)} parse cases, {len(ERRORS)} error cases")


if __name__ == "__main__":
    main()
