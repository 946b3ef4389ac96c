# test enum: Enum/IntEnum/StrEnum members, aliases, auto, unique, lookups and their errors, functional API, members with __init__, used from threads
from enum import Enum, IntEnum, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color), len(Color), Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)
print(Color, repr(Color), type(Color), list(Color.__members__), Color.RED in Color)
for v, exc in [(5, ValueError), ('X', KeyError)]:
    try:
        Color(v) if exc is ValueError else Color[v]
    except exc as e: print(type(e).__name__, e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: Color.RED.value = 5
except AttributeError as e: print(e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.ONE), N.ONE + 1, N.TWO > N.ONE, N.ONE == 1, f'{N.TWO}', str(N.TWO), sorted([N.TWO, N.ONE]), int(N.TWO))
class A(Enum):
    X = auto()
    Y = auto()
print(list(A), A.Y.value, hash(A.X) == hash(A.X), {A.X: 1})
class S(StrEnum):
    Q = auto()
print(S.Q, repr(S.Q), S.Q == 'q')
try:
    @unique
    class U(Enum):
        a = 1
        b = 1
except ValueError as e: print(e)
try: Color.RED < Color.BLUE
except TypeError as e: print(e)
class M(Enum):
    P = 'p'
    def describe(self): return f'{self.name}:{self.value}'
    @classmethod
    def default(cls): return cls.P
print(M.P.describe(), M.default(), M('p'))
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED.__class__.__name__)
print(f"{Color.RED}", f"{Color.RED:>12}|", f"{N.ONE:03d}", "%s" % Color.GREEN)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    def next(self):
        return State.RUNNING if self is State.IDLE else State.IDLE
s = State.IDLE
print(s.next(), s.next().next(), State("running"), [m.value for m in State], Color.RED == 1, Color.RED != Color.GREEN)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(e)
for c in reversed(Color): print(c.name, end=" ")
print()
print(Color.RED in [Color.RED], {Color.RED: "r"}[Color.CRIMSON], Color.__members__['CRIMSON'])
import threading
class Job(Enum):
    PENDING = auto()
    DONE = auto()
status = {}
lock = threading.Lock()
def work(i):
    with lock:
        status[i] = Job.DONE if i % 2 else Job.PENDING
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted((k, v.name) for k, v in status.items()), status[1] is Job.DONE, Job(2))
Color.RED.value
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MERCURY.value, Planet((5.976e+24, 6.37814e6)))
