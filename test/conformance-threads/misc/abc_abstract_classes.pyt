# test abc: abstract methods refuse instantiation (CPython 3.11 message), abstract properties, register(), in MainThread and a thread
from abc import ABC, ABCMeta, abstractmethod
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
attempt("Shape()", lambda: Shape())
attempt("Half()", lambda: Half())
attempt("Square", lambda: Square(3).describe())
attempt("abstracts", lambda: (sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__))
attempt("isinstance", lambda: (isinstance(Square(1), Shape), issubclass(Square, ABC), type(Shape), type(Square)))
class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
class P1(Plugin):
    pass
attempt("abstract property", lambda: P1())
class P2(Plugin):
    @property
    def name(self): return "p2"
attempt("P2", lambda: P2().name)
class Walker(ABC):
    pass
class Duck:
    pass
Walker.register(Duck)
attempt("register", lambda: (isinstance(Duck(), Walker), issubclass(Duck, Walker), type(Walker()).__name__))
attempt("ABC()", lambda: type(ABC()).__name__)
attempt("repr", lambda: (repr(Shape), Shape.__mro__))
class One(ABC):
    @abstractmethod
    def run(self): pass
attempt("one", lambda: One())
import threading
res = []
def worker():
    res.append((isinstance(Square(2), Shape), Square(2).area()))
    try:
        Half()
    except TypeError as e:
        res.append(str(e))
t = threading.Thread(target=worker); t.start(); t.join()
print(res)
