# test tutorials: objects of many kinds (enums, dataclasses, slotted instances, namedtuples, datetimes, deques, Counters, partials, floats, big ints, sets, ranges, exceptions, classes, StringIO, count) through a queue to a worker and back
import threading, queue, enum, datetime, collections, dataclasses, functools, math, io, itertools
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Prio(enum.IntEnum):
    LOW = 1
    HIGH = 2
@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Slotted({self.a}, {self.b})"
class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
Pair = collections.namedtuple("Pair", "k v")
items = [
    Color.RED, Prio.HIGH, Point(1, 2), Slotted(1, [2]), Pair("a", 1),
    datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5), datetime.timedelta(days=1, seconds=5),
    collections.deque([1, 2, 3], maxlen=5), collections.Counter("hello"), collections.defaultdict(list, a=[1]),
    collections.OrderedDict(b=2, a=1), functools.partial(max, 3), math.inf, -0.0, float("nan"), 2 ** 100,
    frozenset({1, 2}), {1, 2, 3}, range(3), slice(1, 5, 2), Ellipsis, None, "héllo 😀", (1, (2, [3])),
    MyErr("bad", 42), Color, len, io.StringIO("text"), itertools.count(5),
]
inq, outq = queue.Queue(), queue.Queue()
def worker():
    while (x := inq.get()) is not StopIteration:
        try:
            if isinstance(x, io.StringIO):
                desc = x.read()
            elif isinstance(x, itertools.count):
                desc = next(x)
            elif isinstance(x, MyErr):
                desc = (str(x), x.code, isinstance(x, Exception))
            elif isinstance(x, functools.partial):
                desc = x(10)
            elif isinstance(x, collections.deque):
                x.appendleft(0)
                desc = (list(x), x.maxlen)
            elif isinstance(x, collections.defaultdict):
                x["b"].append(2)
                desc = dict(x)
            else:
                desc = repr(x)
            outq.put((type(x).__name__, desc))
        except Exception as e:
            outq.put((type(x).__name__, f"ERROR {type(e).__name__}: {e}"))
t = threading.Thread(target=worker); t.start()
for it in items:
    inq.put(it)
    print(*outq.get())
inq.put(StopIteration); t.join()
print(items[8], dict(items[10]))
print(Color.RED is items[0], items[0] in Color, Prio.HIGH > Prio.LOW)
