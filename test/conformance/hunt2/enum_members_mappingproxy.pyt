# test Enum.__members__ is a read-only mappingproxy of every name, aliases included
import enum
class Shape(enum.Enum):
    SQUARE = 2
    CIRCLE = 3
    ROUND = 3
m = Shape.__members__
print(m)
print(repr(m), len(m), list(m), m["ROUND"], "CIRCLE" in m)
for name, member in Shape.__members__.items():
    print(name, member, member.value)
try:
    m["X"] = 1
except TypeError as e:
    print(e)
