# test tutorials: logging's stack_info=True (the user frames, in a thread too), stacklevel naming a caller, exc_info as an instance or a tuple (record.exc_info is a tuple), exception() with nothing handled, and handleError's whole call stack
import logging, sys, threading
logging.basicConfig(format="%(levelname)s %(threadName)s %(funcName)s:%(lineno)d %(message)s")
lg = logging.getLogger("st")
def inner():
    lg.warning("with stack", stack_info=True)
    lg.warning("level 2", stacklevel=2)
def outer():
    inner()
outer()
t = threading.Thread(target=outer, name="T"); t.start(); t.join()
def deep():
    lg.warning("past the outermost frame", stacklevel=9)
deep()
lg.exception("no exception active")
try:
    raise KeyError("k")
except KeyError as e:
    lg.error("exc_info instance", exc_info=e)
    lg.error("exc_info tuple", exc_info=sys.exc_info())
class F(logging.Formatter):
    def format(self, record):
        ei = record.exc_info
        return f"{ei[0].__name__ if ei else None} {type(ei).__name__} {record.getMessage()}"
h = logging.StreamHandler(sys.stdout)
h.setFormatter(F())
out = logging.getLogger("out"); out.addHandler(h); out.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    out.exception("custom")
out.warning("none")
def level3():
    logging.info("%d items", "many")
def level2():
    level3()
logging.getLogger().setLevel(logging.INFO)
level2()
