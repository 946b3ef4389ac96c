# test hunt: copy/deepcopy of datetime objects, timezones, enums, a dataclass holding a datetime, classes defining __reduce__/__reduce_ex__
import copy
from datetime import date, time, datetime, timedelta, timezone
from dataclasses import dataclass, field
from enum import Enum
vals = [date(2024, 2, 29), time(13, 5, 7, 123, fold=1), time(1, tzinfo=timezone.utc),
        datetime(2020, 1, 2, 3, 4, 5, 678, tzinfo=timezone(timedelta(hours=-5), "EST")), datetime(1, 1, 1),
        timedelta(days=-3, microseconds=5), timezone.utc, timezone(timedelta(minutes=90))]
for v in vals:
    c, d = copy.copy(v), copy.deepcopy(v)
    print(repr(c), c == v, d == v, type(d).__name__, getattr(d, "fold", None))
class Color(Enum):
    RED = 1
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
@dataclass
class Event:
    name: str
    when: datetime
    tags: list = field(default_factory=list)
e = Event("launch", datetime(2030, 5, 1, 9), ["a"])
e2 = copy.deepcopy(e)
e2.tags.append("b")
print(e, e2, e2.when == e.when)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.cache = {"norm": (x * x + y * y) ** 0.5}
    def __reduce__(self):
        return (Point, (self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y}, cache={self.cache})"
p = Point(3, 4)
p.cache["extra"] = 1
print(copy.copy(p), copy.deepcopy(p))
class WithState:
    def __init__(self): self.items = [1]
    def __reduce_ex__(self, proto):
        return (WithState, (), {"items": self.items, "proto": proto}, iter([]), None)
w = copy.deepcopy(WithState())
print(w.items, w.proto)
class Listy(list):
    def __reduce__(self):
        return (Listy, (), None, iter(self))
l = copy.deepcopy(Listy([[1], [2]]))
print(l, type(l).__name__)
class Const:
    def __reduce__(self):
        return "GLOBAL_NAME"
k = Const()
print(copy.copy(k) is k, copy.deepcopy(k) is k)
