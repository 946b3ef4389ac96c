# test a custom sys.excepthook prints the uncaught exception; sys.__excepthook__ stays the default
import sys
def short(t, v, tb):
    print(f"{t.__name__}: {v}", file=sys.stderr)
sys.excepthook = short
try:
    sys.__excepthook__(1, 2, 3)
except TypeError as e:
    print(e)
try:
    1/0
except ZeroDivisionError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
raise RuntimeError("custom hook prints this")
