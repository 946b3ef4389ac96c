# test multiprocessing.pool: apply_async with callback and error_callback, then close/join; callbacks run one at a time
from multiprocessing.pool import ThreadPool
import time

results = []
errors = []
calls = 0


def square(x):
    time.sleep(0.002 * (x % 3))
    if x == 5:
        raise ValueError("no fives")
    return x * x


def collect(r):
    global calls
    n = calls
    time.sleep(0.001)
    calls = n + 1  # a racy update, safe because callbacks never overlap
    results.append(r)


pool = ThreadPool(3)
for i in range(8):
    pool.apply_async(square, (i,), callback=collect, error_callback=lambda e: errors.append(repr(e)))
pool.close()
pool.join()
print(sorted(results))
print(errors, calls)
