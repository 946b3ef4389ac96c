# test hunt: traceback.format_exception/format_tb/format_exception_only list items as CPython's (one per entry, chain message, note lines; recursion collapsed)
import traceback
def show(lines):
    for l in lines:
        print(repr(l.replace(__file__, "FILE")))
    print("--")
def f():
    raise IndexError("idx")
def g():
    x = [1]
    return x[5] + f()
for fn in (f, g):
    try:
        fn()
    except IndexError as ex:
        show(traceback.format_exception(type(ex), ex, ex.__traceback__))
        show(traceback.format_tb(ex.__traceback__))
        show(traceback.extract_tb(ex.__traceback__).format())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
except ValueError as ex:
    show(traceback.format_exception(ex))
    show(traceback.format_exception(ex, chain=False))
    print(len(traceback.format_exc().splitlines()))
def rec(n):
    if n == 0:
        raise RecursionError("bottom")
    return rec(n - 1)
try:
    rec(10)
except RecursionError as ex:
    show(traceback.format_exception(ex))
    show(traceback.format_tb(ex.__traceback__))
try:
    raise KeyError("noted")
except KeyError as ex:
    ex.add_note("first note")
    ex.add_note("second\nnote")
    show(traceback.format_exception_only(ex))
    show(traceback.format_exception(ex))
try:
    raise TypeError("multi\nline")
except TypeError as ex:
    ex.__notes__ = "not a list"
    show(traceback.format_exception_only(type(ex), ex))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None, None, None))
