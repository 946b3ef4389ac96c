# object builtins: isinstance, getattr family, callable, hash, repr, type, format, id, print options
class A:
    x = 1
    def m(self): return 2
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(1, (str, int)), isinstance(True, int), issubclass(B, A), issubclass(bool, (str, int)), issubclass(A, B))
print(getattr(b, "x"), getattr(b, "nope", "dflt"), hasattr(b, "m"), hasattr(b, "zz"), callable(b.m), callable(b), callable(A), callable(len))
setattr(b, "y", 5); print(b.y, vars(b)); delattr(b, "y"); print(hasattr(b, "y"))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(2 ** 61), hash(1.5), hash(None) == hash(None), hash("a") == hash("a"))
print(repr("x"), repr(1.0), ascii("aé"), type(3).__name__, type("s"), type(b).__name__, format(0.5, ".0%"), format(12, "05"), format("x"))
print(id(b) == id(b), id(b) != id(A))
print("a", "b", sep="-", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep=", ")
import sys
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout)
print(sys.stdout.write("written\n"))
for bad in [lambda: getattr(b, "zz"), lambda: getattr(b, 1), lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: hash([]), lambda: hash({}), lambda: delattr(b, "q"), lambda: print(1, sep=2), lambda: vars(1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(sorted(x for x in dir(b) if not x.startswith("_")))
