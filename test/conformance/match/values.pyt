# test value patterns: dotted names (enum members, class and module attributes) looked up at each match
import enum
import math

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Limits:
    LOW = 10
    HIGH = 100

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Limits.LOW:
            return "low"
        case Limits.HIGH:
            return "high"
        case math.pi:
            return "pi"
        case _:
            return "?"

for c in [Color.RED, Color.GREEN, Color.BLUE, 10, 100, math.pi, 1]:
    print(c, name(c))

Limits.LOW = 1
print("after rebinding Limits.LOW:", name(1), name(10))

class Ns:
    pass
ns = Ns()
ns.inner = Ns()
ns.inner.value = "deep"
match "deep":
    case ns.inner.value:
        print("three-part dotted name")

match float("nan"):
    case math.nan:
        print("wrong: nan never equals nan")
    case _:
        print("nan does not match math.nan")
