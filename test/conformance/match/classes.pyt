# test class patterns: keywords, positional via __match_args__ (dataclasses, namedtuples), builtins matching themselves
from dataclasses import dataclass, field
from collections import namedtuple

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Point3(Point):
    z: int = 0

print(Point.__match_args__, Point3.__match_args__)

Pair = namedtuple("Pair", "left right")
print(Pair.__match_args__)

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(0, 0, z):
            return f"z axis {z}"
        case Point(0, y):
            return f"y axis {y}"
        case Point(x, 0):
            return f"x axis {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Pair(l, Pair(r, _)):
            return f"nested pair {l} {r}"
        case Pair(left=l):
            return f"pair starting {l}"
        case Circle(Point(x, y), r):
            return f"circle at {x},{y} r={r}"
        case Circle():
            return "some circle"
        case _:
            return "elsewhere"

for p in [Point(0, 0), Point3(0, 0, 5), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 2), Pair(1, Pair(2, 3)), Pair(1, 2),
          Circle(Point(1, 1), 3), Circle(None, 1), "x"]:
    print(p if not isinstance(p, Circle) else "Circle", "->", where(p))

def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple():
            return "tuple"
        case dict({"k": v}):
            return f"dict k={v}"
        case set() | frozenset():
            return "set"
        case _:
            return "other"

for v in [True, 3, 2.5, "s", [1, 2], [], (1,), {"k": 9}, {1}, frozenset(), None]:
    print(repr(v), "->", kind(v))

class Temp:
    def __init__(self):
        self.c = 20
    @property
    def f(self):
        raise AttributeError("no f")

match Temp():
    case Temp(f=f):
        print("wrong")
    case Temp(missing=m):
        print("wrong")
    case Temp(c=c):
        print("missing attributes do not match; c =", c)

class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", obj)
        return obj == "duck"
class Duck(metaclass=Meta):
    pass
match "duck":
    case Duck():
        print("isinstance through the metaclass")

import math
match math:
    case object(pi=p):
        print("any object by attribute:", round(p, 2))
