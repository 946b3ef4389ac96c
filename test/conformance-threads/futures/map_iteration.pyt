# test futures: iterating map's results: ready ones natively, the rest through the Python __next__
# A result already there is taken without the iterator's Python frame; a result still running, a
# failed one, a timeout, an empty map, next() by hand and an iterator drained by another thread take
# the Python method.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

def square(x):
    return x * x

def slow(x):
    time.sleep(0.01 * (x % 3))
    return -x

def fail_at(x):
    if x == 7:
        raise ValueError(f"bad {x}")
    return x

with ThreadPoolExecutor(max_workers=4) as ex:
    it = ex.map(square, range(1000))
    time.sleep(0.2)             # all done: every result is taken natively
    print(sum(it))
    print(list(ex.map(slow, range(9))))  # most are still running when asked for
    it = ex.map(square, range(5))
    print(next(it), next(it), list(it), list(it))
    print(list(ex.map(square, [])), list(ex.map(square, range(3), timeout=5)))
    got = []
    try:
        for v in ex.map(fail_at, range(20)):
            got.append(v)
    except ValueError as e:
        print("ValueError", e, got)
    it = ex.map(square, range(300))
    out = []
    t = threading.Thread(target=lambda: out.extend(it))
    t.start()
    t.join()
    print(len(out), out[-1], next(it, "done"))
    for v in ex.map(square, range(100)):
        if v > 50:
            break
    print("broke at", v)
