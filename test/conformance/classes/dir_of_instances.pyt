# test dir() of instances and classes lists what CPython's does (__dict__, __weakref__, __doc__, object's __reduce__/__sizeof__/__subclasshook__...); containers have no __bool__
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
class Slotted:
    __slots__ = ("a", "b")
class Child(Point):
    pass
class MyErr(ValueError):
    pass
p = Point(1, 2)
print(dir(p))
print(dir(Point))
print(dir(Slotted()))
print(dir(Child(0, 0)) == dir(p), [n for n in dir(MyErr("x")) if not n.startswith("__") or n in ("__dict__", "__weakref__")])
print([n for n in dir(p) if not n.startswith("_")], p.__getstate__(), Slotted().__getstate__() if False else "")
print(bool([]), bool([0]), hasattr([], "__bool__"), hasattr((), "__len__"), hasattr(0, "__bool__"), hasattr(range(1), "__bool__"))
print(Point.__subclasshook__(), object.__subclasshook__())
import copy
q = copy.copy(p); print(q.x, q.y, vars(q))
