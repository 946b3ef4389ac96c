# test hunt: Enum/IntEnum/auto/unique, functional members, properties on members, match on members
from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
class Prio(IntEnum):
    LOW = 1
    HIGH = 10
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], list(Color))
print(State.RUNNING, State.RUNNING.value, [s.name for s in State])
print(Prio.HIGH > Prio.LOW, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]))
print(f"{Color.RED}", f"{Prio.HIGH}", str(Prio.LOW), format(Color.GREEN))
print(Color.RED is Color(1), Color.RED == 1, Prio.LOW == 1)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PINK']
except KeyError as e:
    print(repr(e))
print(len(Color), Color.RED in Color)
print({Color.RED: "r"})
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, list(Alias), Alias.__members__)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)
print(Planet.EARTH.gravity, Planet.EARTH.value)
match State.DONE:
    case State.IDLE: print("idle")
    case State.DONE: print("done")
print(type(Color.RED), isinstance(Color.RED, Color))
print(Color.__name__, State(2))
