# test dataclass field order, frozen, order; enum aliases, extension, str mixin, auto, members
from dataclasses import dataclass, field
import enum
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def mk1():
    @dataclass
    class A:
        x: int = 0
        y: int
t(mk1)
def mk2():
    @dataclass(frozen=True)
    class B:
        x: int
    b = B(1)
    del b.x
t(mk2)
def mk3():
    @dataclass
    class C:
        x: int
    return C(1) < C(2)
t(mk3)
def mk4():
    @dataclass(order=True)
    class D:
        x: int
    return D(1) < 2
t(mk4)
def mk5():
    @dataclass
    class E:
        x: list = field(default_factory=list)
        y: int = field(default=1, init=False)
        z: int = field(default=2, repr=False)
    return E(), E([1], 3)
t(mk5)
def mk7():
    class Color(enum.Enum):
        RED = 1
    Color.RED = 5
t(mk7)
def mk8():
    class Color(enum.Enum):
        RED = 1
        CRIMSON = 1
    return Color.CRIMSON, list(Color), Color(1)
t(mk8)
def mk9():
    class Color(enum.Enum):
        RED = 1
    class More(Color):
        BLUE = 2
t(mk9)
def mk10():
    class S(str, enum.Enum):
        A = "a"
    return S.A, S.A == "a", S("a"), f"{S.A}", str(S.A), S.A.upper()
t(mk10)
def mk11():
    class Shape(enum.Enum):
        SQUARE = 2
        def describe(self):
            return f"{self.name} has value {self.value}"
        @classmethod
        def default(cls):
            return cls.SQUARE
    return Shape.SQUARE.describe(), Shape.default(), Shape.SQUARE in Shape, [m.name for m in Shape], Shape.__members__
t(mk11)
def mk12():
    class E(enum.Enum):
        A = 1
    return E.A.value, E.A < E.A
t(mk12)
def mk13():
    class E(enum.IntEnum):
        A = "x"
t(mk13)
def mk14():
    class E(enum.Enum):
        A = enum.auto()
        B = enum.auto()
    return E.A.value, E.B, hash(E.A) == hash(E.A), {E.A: 1}
t(mk14)
def mk15():
    @dataclass
    class P:
        name: str
        age: int = 0
        def greet(self):
            return f"Hi {self.name}"
    p = P("a", 3)
    p.age += 1
    return p, p.greet(), P.__init__.__doc__ is None, p == P("a", 4), p != P("a", 4)
t(mk15)
