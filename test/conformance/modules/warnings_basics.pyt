# test warnings.warn: the default filters (UserWarning once per line, DeprecationWarning only from __main__, PendingDeprecation ignored), stacklevel 1..3 and past the stack, Warning instances, the stderr format, TypeErrors
import warnings

def lib(msg, level):
    warnings.warn(msg, stacklevel=level)

def outer(level):
    lib("nested", level)

for i in range(3):
    warnings.warn("loop")            # shown once: 'default' remembers the line
    lib("from lib", 2)               # the caller's line
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("future", FutureWarning)
outer(1)
outer(2)
outer(3)
outer(40)
warnings.warn("rt", RuntimeWarning)
warnings.warn("same text"); warnings.warn("same text")
warnings.warn(UserWarning("an instance"))
warnings.warn(RuntimeWarning("instance wins"), UserWarning)
warnings.warn(123)
warnings.warn("bytes", BytesWarning)
warnings.warn("res", ResourceWarning)
warnings.warn("imp", ImportWarning)

class Custom(UserWarning):
    pass

warnings.warn("custom", Custom)
warnings.warn("kw", category=SyntaxWarning, stacklevel=1)

class K:
    warnings.warn("in a class body")

lam = lambda: warnings.warn("in a lambda")
lam()
print([warnings.warn("in a comprehension") for _ in range(2)])

for bad in (int, "x", None.__class__, Exception):
    try:
        warnings.warn("m", bad)
    except TypeError as e:
        print("TypeError:", e)
print(__warningregistry__ is globals()["__warningregistry__"], len(__warningregistry__) > 0)
print(warnings.defaultaction, warnings.onceregistry)
print(warnings.filters)
print(sorted(warnings.__all__))
