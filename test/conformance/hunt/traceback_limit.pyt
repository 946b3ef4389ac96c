# test hunt: sys.tracebacklimit in uncaught tracebacks (innermost entries, none for 0) and in the traceback module (outermost), limit arguments
import sys, traceback
def f():
    1 / 0
def g():
    f()
for lim in (None, 1, 2, 0, -1, 5):
    if lim is None:
        sys.__dict__.pop("tracebacklimit", None) if False else None
    else:
        sys.tracebacklimit = lim
    try:
        g()
    except ZeroDivisionError:
        print(lim, [l.replace(__file__, "F") for l in traceback.format_exc().splitlines()])
        print(lim, len(traceback.extract_tb(sys.exc_info()[2])), len(traceback.format_exception(*sys.exc_info(), limit=-1)))
del sys.tracebacklimit
def rec(n):
    return rec(n + 1)
sys.setrecursionlimit(1500)
try:
    rec(0)
except RecursionError as e:
    print(len(traceback.format_tb(e.__traceback__)), traceback.format_tb(e.__traceback__)[-1].replace(__file__, "F"))
sys.tracebacklimit = 2
try:
    try:
        g()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError:
    traceback.print_exc()
rec(0)
