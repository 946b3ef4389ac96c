# test futures: map over a plain pool runs as one job; these are the cases it hands back or must match
from concurrent.futures import ThreadPoolExecutor
import threading

class Counting(ThreadPoolExecutor):
    # its own submit: map goes through it, once per input
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.n = 0
    def submit(self, fn, /, *args, **kwargs):
        self.n += 1
        return super().submit(fn, *args, **kwargs)

with Counting(2) as ex:
    print(list(ex.map(abs, [-1, -2, 3])), ex.n)

with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 6])))
    print(list(ex.map(abs, [])))
    print(sorted(ex.map(lambda s: s.upper(), ["a", "bc", "d"])))
    r = list(ex.map(lambda x: (x, [x] * 2, {"k": x}, str(x) * 3, x / 2), range(3)))
    print(r)

ran = []
lock = threading.Lock()
def record(x):
    with lock:
        ran.append(x)
    return x

class Failing:
    # an iterable that fails after two items: those two were submitted, and still run
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise ValueError("bad input")
        return self.i

with ThreadPoolExecutor(2) as ex:
    try:
        ex.map(record, Failing())
    except ValueError as e:
        print("map raised:", e)
print("ran:", sorted(ran))

ex = ThreadPoolExecutor(1)
ex.shutdown()
print(list(ex.map(abs, [])))
try:
    ex.map(abs, [1])
except RuntimeError as e:
    print("RuntimeError:", e)
