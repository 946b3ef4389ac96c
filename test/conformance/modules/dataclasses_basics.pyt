# test dataclasses: generated __init__/__repr__/__eq__, order, frozen, field(), asdict/astuple/replace, errors
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2), repr(p), p.x)
print(asdict(p), astuple(p), replace(p, y=9), [f.name for f in fields(p)])
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(2, 1), Version(1, 5), Version(2)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def add(self, x):
        self.items.append(x)
        self.count += 1
inv = Inventory("ann")
inv.add("apple")
print(inv, inv.count, Inventory("bob").items)
@dataclass
class Task:
    name: str
    priority: int = 1
    def __post_init__(self):
        self.label = f"{self.name}:{self.priority}"
print(Task("t").label, Task(name="u", priority=3))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1))
print(Point.__eq__(p, 5), {Version(1): "v1"}[Version(1)])
try:
    {p}
except TypeError as e:
    print("TypeError:", e)
