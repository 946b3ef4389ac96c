# test hunt: functools.singledispatch (annotations, unions, ABCs), singledispatchmethod, cached_property, partialmethod
from functools import singledispatch, singledispatchmethod, cached_property, partialmethod, partial
from collections.abc import Sequence, Mapping
import functools
@singledispatch
def describe(x):
    return f"something: {x!r}"
@describe.register
def _(x: int | float):
    return f"number {x}"
@describe.register(str)
def _(x):
    return f"text {x!r}"
@describe.register(Sequence)
def _(x):
    return "sequence of " + ", ".join(describe(i) for i in x)
@describe.register(Mapping)
def _(x):
    return "mapping " + str(sorted(x))
class MyInt(int):
    pass
print(describe(3), describe(2.5), describe(True), describe(MyInt(7)))
print(describe("a"), describe([1, "b"]), describe((None,)), describe({"k": 1}), describe(range(2)))
print(describe.dispatch(bool).__name__, describe.dispatch(object) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry))
print(describe.__name__, describe.__wrapped__.__name__)
try:
    describe()
except TypeError as e:
    print(e)
try:
    @describe.register
    def _(x):
        return 1
except TypeError as e:
    print(str(e).split(" at 0x")[0])
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print(e)
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg:+d}"
    @fmt.register
    def _(self, arg: list):
        return [self.fmt(a) for a in arg]
f = Formatter()
print(f.fmt(5), f.fmt("x"), f.fmt([1, "y"]))
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
c.r = 10
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print(e)
try:
    class Two:
        a = cached_property(lambda self: 1)
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, repr(e.__cause__)[:60] if e.__cause__ else "")
class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cell = Cell()
cell.set_alive()
print(cell._alive)
cell.set_dead()
print(cell._alive, Cell.set_alive.__class__.__name__)
print(functools.__all__)
