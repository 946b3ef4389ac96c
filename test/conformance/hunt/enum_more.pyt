# test hunt: Enum methods/classmethods/__str__, StrEnum, IntEnum formatting and json, aliases, _generate_next_value_, _missing_
from enum import Enum, IntEnum, StrEnum, auto, unique
import enum
class Color(Enum):
    RED = "r"
    GREEN = "g"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
    @classmethod
    def parse(cls, s):
        return cls(s)
    def __str__(self):
        return self.name.title()
print(Color.RED.describe(), Color.parse("g"), str(Color.RED), repr(Color.GREEN), f"{Color.RED}", f"{Color.RED!r}", format(Color.RED, ">8"))
class Status(StrEnum):
    OK = auto()
    FAIL = auto()
print(Status.OK, repr(Status.OK), Status.OK == "ok", Status.OK.upper(), f"{Status.FAIL:>6}|", list(Status))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + Num.TWO, f"{Num.TWO:>4}|", f"{Num.TWO:b}", str(Num.ONE), repr(Num.ONE), Num(2), Num.TWO * 3, int(Num.TWO), [n.value for n in Num])
import json
print(json.dumps({"n": Num.TWO, "s": Status.OK}))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), len(Shape), list(Shape.__members__))
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto()
    B = auto()
print(list(Auto), Auto.B.value)
class Lenient(Enum):
    X = 1
    @classmethod
    def _missing_(cls, value):
        return cls.X
print(Lenient(99))
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.BEE.value, list(Animal))
Http = IntEnum("Http", [("OK", 200), ("NOT_FOUND", 404)])
print(Http.NOT_FOUND, Http(200), Http.OK < 300)
print(Color.RED.__class__, type(Color), isinstance(Color.RED, Enum), Color.__members__["RED"])
try:
    Color.RED.value = "x"
except AttributeError as e:
    print(e)
try:
    class Ext(Color):
        BLUE = "b"
except TypeError as e:
    print(e)
try:
    Num(5)
except ValueError as e:
    print(e)
print(sorted(Num, reverse=True), max(Num), Num.ONE in Num, 1 in [n.value for n in Num])
d = {Color.RED: 1}
print(d[Color("r")], Color.RED is Color.RED, Color.RED == Color.RED, Color.RED != "r", hash(Color.RED) == hash(Color.RED))
print(Color.RED.name, Color.RED._name_, Color.RED._value_, Color._member_names_, Color._value2member_map_)
class Weekday(Enum):
    MON = 1
    TUE = 2
    @property
    def is_weekend(self): return False
print(Weekday.MON.is_weekend, [d.name for d in Weekday if d.value > 1])
print(enum.unique(Num), repr(Weekday), Weekday["TUE"])
class Ordered(Enum):
    LOW = 1
    HIGH = 2
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Ordered.HIGH, Ordered.LOW]))
try:
    Ordered.LOW < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
