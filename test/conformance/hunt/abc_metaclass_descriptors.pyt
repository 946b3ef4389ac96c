# test hunt: ABC instantiation errors, metaclasses, class decorators, singleton __new__, descriptors, properties
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area():.2f}"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    def perimeter(self): return 2 * 3.14159 * self.r
class Half(Shape):
    def area(self): return 1
for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print(e)
print(Circle(1).describe(), isinstance(Circle(1), Shape))
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __call__(cls, *a, **k):
        print("making", cls.__name__)
        return super().__call__(*a, **k)
class Plugin(metaclass=Meta):
    pass
class P1(Plugin):
    def __init__(self, x): self.x = x
print(Meta.registry, P1(3).x, type(P1), type(type))
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls
@add_repr
class Rec:
    def __init__(self): self.a = 1; self.b = [2]
print(Rec())
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1, s2 = Singleton(1), Singleton(2)
print(s1 is s2, s1.v)
class Typed:
    def __init__(self, name, kind): self.name, self.kind = name, kind
    def __get__(self, obj, owner):
        if obj is None: return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Person:
    age = Typed("age", int)
    name = Typed("name", str)
    def __init__(self, n, a): self.name, self.age = n, a
p = Person("a", 3)
print(p.name, p.age, type(Person.age).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(e)
class St:
    @staticmethod
    def util(x): return x * 2
    @classmethod
    def make(cls): return cls()
    def __repr__(self): return "St()"
class St2(St): pass
print(St.util(2), St().util(3), St.make(), St2.make().__class__.__name__)
print(callable(St), callable(St()), callable(St.util))
class WithClassVar:
    items = []
    def add(self, x): self.items.append(x)
a, b = WithClassVar(), WithClassVar()
a.add(1); b.add(2)
print(a.items, WithClassVar.items)
class Prop:
    def __init__(self): self._x = 0
    x = property(lambda self: self._x, doc="the x")
    @property
    def y(self): return self._x + 1
    @y.deleter
    def y(self): print("deleting y")
pr = Prop()
print(pr.x, pr.y, Prop.x.__doc__)
del pr.y
try:
    pr.y = 3
except AttributeError as e:
    print(e)
try:
    pr.x = 3
except AttributeError as e:
    print(e)
print(Prop.__dict__["y"].fget.__name__, isinstance(Prop.y, property))
print(type(pr).__name__, pr.__class__.__qualname__, Prop.__doc__, [m for m in dir(pr) if not m.startswith("__")])
