# test sys.exc_info() and sys.exception(): the exception being handled, in except and finally blocks and functions they call; None outside
import sys

print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, sys.exception() is v)

    def inner():
        return sys.exc_info()[0].__name__

    print(inner())
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[1])
    print(repr(sys.exc_info()[1]))
print(sys.exc_info())
try:
    raise ValueError("v")
finally:
    print("finally", sys.exc_info()[0])
