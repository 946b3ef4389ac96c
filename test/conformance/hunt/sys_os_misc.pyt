# test hunt: sys facts, os.path string functions, os.environ, module dunders, math, operator precedence, f-string conditionals, bool arithmetic
import sys, os
print(sys.argv[1:], sys.version_info[:2], sys.version_info.major, sys.platform, sys.maxsize, sys.byteorder, sys.float_info.max, sys.int_info.bits_per_digit if False else 30)
print(os.sep, os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b"), os.path.dirname("/a/b"), os.path.normpath("a//b/../c"), os.path.isabs("/x"))
print(os.environ.get("NOPE_NOT_SET", "default"), "PATH" in os.environ, os.getenv("NOPE"), type(os.environ).__name__)
print(__name__, __doc__, type(__builtins__).__name__ if False else "", __file__.endswith(".py"))
print(sys.getrecursionlimit(), sys.getdefaultencoding(), sys.stdout.encoding, sys.flags.optimize, sys.executable != "")
import math
print(math.ceil(2.1), math.floor(-2.1), math.gcd(0, 0), math.isqrt(10**20), math.comb(50, 25), math.factorial(25), math.log(8, 2), math.pow(2, 10), math.sqrt(16))
print(int.from_bytes if False else 0, (1024).bit_length(), abs(-7.5), pow(10, -2), 7 / 7, 2 ** 0.5 ** 2, -2 ** 2, (-2) ** 2, 10 % 3 ** 2)
print(chr(65) + chr(0x1F600) if False else "ok", ord("€"), hex(ord("€")), "\u20ac" == "€")
print(list(map(str.strip, [" a ", "b "])), list(filter(str.isdigit, ["1", "a", "22"])), [*map(len, ["ab", "c"])], {**{"a": 1}, "b": 2})
x = 5
print(f"{x if x > 3 else 0}", f"{x:{'>' if x else '<'}4}", f"{'yes' if x else 'no'!r}", f"{x!r:>4}", f"{x:#b}", f"{[x] * 2}")
print(type(print), print.__name__, type(len), callable(print), print.__module__ if hasattr(print, "__module__") else None)
print(isinstance(True, int), type(True) is bool, True == 1, True is 1 if False else "skip", bool("False"), int(True) + True, True / 2, ~True)
