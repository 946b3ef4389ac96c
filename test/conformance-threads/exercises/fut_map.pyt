# test map with several iterables, timeout
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed
import time, threading
with ThreadPoolExecutor(3) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7, 8])))
    print(list(ex.map(lambda a, b, c: a + b + c, "abc", "def", "ghi", chunksize=2)))
    try:
        ex.map(abs, [1], chunksize=0)
    except ValueError as e:
        print("ValueError:", e)
    def div(x): return 10 / x
    it = ex.map(div, [1, 2, 0, 5])
    try:
        for v in it:
            print(v)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
ev = threading.Event()
ex = ThreadPoolExecutor(2)
def slow(x):
    if x == 1: ev.wait()
    return x
it = ex.map(slow, [0, 1, 2], timeout=0.05)
try:
    for v in it: print("got", v)
except TimeoutError as e:
    print("TimeoutError", repr(e), type(e) is TimeoutError, TimeoutError.__module__)
fs = [ex.submit(slow, 1), ex.submit(slow, 5)]
try:
    for f in as_completed(fs, timeout=0.05):
        print("completed", f.result())
except TimeoutError as e:
    print("TimeoutError:", e)
ev.set()
ex.shutdown()
print(sorted(f.result() for f in as_completed(fs)))
