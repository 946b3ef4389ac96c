# test thread-safe counter class with __slots__, properties, enum states
import threading, enum
from collections import Counter, defaultdict, deque
class State(enum.Enum):
    IDLE = 1
    BUSY = 2
    DONE = 3
class Counter2:
    __slots__ = ("_v", "_lock")
    def __init__(self):
        self._v = 0
        self._lock = threading.Lock()
    @property
    def value(self):
        with self._lock: return self._v
    def incr(self, n=1):
        with self._lock: self._v += n
c = Counter2()
states = {}
slock = threading.Lock()
words = Counter()
dd = defaultdict(list)
dq = deque(maxlen=5)
def work(i):
    with slock: states[i] = State.BUSY
    for _ in range(500): c.incr()
    with slock:
        words.update(["w%d" % (i % 3)])
        dd[i % 2].append(i)
        dq.append(i)
        states[i] = State.DONE
ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
# most_common's ties come in the order the threads got there: sorted, the line is the same every run
print(c.value, sorted(states.items()), sorted(words.most_common(2)), {k: sorted(v) for k, v in sorted(dd.items())}, len(dq))
print(State.DONE, repr(State.BUSY), State(3).name)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.value = 5
except AttributeError as e:
    print("AttributeError:", e)
