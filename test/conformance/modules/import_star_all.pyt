# test from-import-* takes the names a module's __all__ lists, else its public names
import sys

from queue import *
from logging import *
from threading import *
print("Queue" in dir(), "threading" in dir(), "time" in dir(), "sys" in dir())
print(sorted(n for n in dir() if n in ("Thread", "Lock", "getLogger", "Empty", "currentThread", "activeCount")))

class Fake:
    __name__ = "fake"
    __all__ = ["a", "b"]
    a = 1
    b = 2
    c = 3
sys.modules["fake"] = Fake()
from fake import *
print(a, b, "c" in dir())

class NoAll:
    def __init__(self):
        self.x = 1
        self._y = 2
sys.modules["noall"] = NoAll()
from noall import *
print(x, "_y" in dir())

class BadItem:
    __name__ = "bad"
    __all__ = ["ok", 5]
    ok = 1
sys.modules["bad"] = BadItem()
try:
    from bad import *
except TypeError as e:
    print("TypeError:", e)

class Missing:
    __all__ = ["nothere"]
sys.modules["missing"] = Missing()
try:
    from missing import *
except AttributeError as e:
    print("AttributeError:", e)
