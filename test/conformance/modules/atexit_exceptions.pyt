# test atexit: an exception in a callback is printed as CPython's unraisable hook does and the others still run; status stays 0
import atexit


class Boom(Exception):
    pass


class Named:
    def __init__(self, name, f):
        self.name = name
        self.f = f

    def __call__(self, *args):
        return self.f(*args)

    def __repr__(self):
        return "<callback %s>" % self.name


def divide(n):
    return 1 / n


def chained():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


def bad_str():
    raise BadStr()


atexit.register(print, "last callback still runs")
atexit.register(Named("divide", divide), 0)
atexit.register(Named("boom", lambda: Named("inner", raise_boom)()))


def raise_boom():
    raise Boom()


atexit.register(Named("chained", chained))
atexit.register(print, "between")
atexit.register(Named("bad_str", bad_str))
atexit.register(Named("exit", __import__("sys").exit), 4)
atexit.register(Named("interrupt", lambda: raise_interrupt()))


def raise_interrupt():
    raise KeyboardInterrupt


atexit.register(Named("attr", lambda: None.missing))
print("main done")
