# test hunt: dataclasses: order, frozen, default_factory, __post_init__, asdict/astuple/replace, argument errors
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, repr=False)
@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "z"
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p == (1, 2))
ts = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
print(sorted(ts))
print(Task(1, "x") == Task(1, "y"), Task(1, "x") < Task(2, "a"))
f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)))
try:
    f.a = 3
except Exception as e:
    print(type(e).__name__, e)
print(Rect(2, 3.5))
print(asdict(Task(1, "a", ["x"])), astuple(p))
print(replace(p, y=9))
print([f.name for f in fields(Task)])
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
@dataclass
class Inv:
    items: dict = field(default_factory=dict)
    total: int = 0
i = Inv()
i.items["a"] = 1
print(i, Inv())
print(Point.__match_args__)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1))
print(Task.__lt__.__qualname__, p.__eq__(3))
