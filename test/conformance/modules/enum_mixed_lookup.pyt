# test enum: calling an IntEnum/StrEnum/mixed-in Enum class looks the member up (not the mixed-in type's __new__)
from enum import Enum, IntEnum, StrEnum


class Color(IntEnum):
    RED = 1
    GREEN = 2


class Mode(StrEnum):
    READ = "r"
    WRITE = "w"


class Level(float, Enum):
    LOW = 0.5
    HIGH = 2.5


print(repr(Color(2)), Color(2) is Color.GREEN, Color(1.0) is Color.RED, Color(True) is Color.RED)
print(repr(Mode("w")), Mode("r") is Mode.READ, repr(Level(2.5)), Level(0.5) is Level.LOW)
print(Color(Color.GREEN) is Color.GREEN, [c.name for c in map(Color, [2, 1, 2])])
for cls, value in [(Color, 3), (Mode, "x"), (Level, 1.0), (Color, "1")]:
    try:
        cls(value)
    except ValueError as e:
        print(e)
