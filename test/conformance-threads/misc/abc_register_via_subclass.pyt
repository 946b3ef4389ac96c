# test abc in threads: a class registered with a sub-ABC is a virtual subclass of its base ABC too (found through __subclasses__), checked from threads
import threading
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Polygon(Shape):
    pass


class Quad(Polygon):
    pass


class Square:
    def area(self):
        return 4


Quad.register(Square)
results = []
lock = threading.Lock()


def check(name, cls):
    r = (name, issubclass(cls, Shape), issubclass(cls, Polygon), isinstance(cls(), Shape) if cls is not Polygon else None)
    with lock:
        results.append(r)


threads = [threading.Thread(target=check, args=(n, c)) for n, c in [("Square", Square), ("int", int), ("Polygon", Polygon)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(issubclass(Square, Shape), [c.__name__ for c in Shape.__subclasses__()])
