# test multiprocessing.pool: a task's exception is re-raised by map() and get() (the same object, after every task ran)
from multiprocessing.pool import ThreadPool
import threading

ran = []
lock = threading.Lock()


class BadInput(Exception):
    pass


def check(x):
    with lock:
        ran.append(x)
    if x == 4:
        raise BadInput(f"bad input {x}")
    return x


pool = ThreadPool(2)
try:
    pool.map(check, range(10), chunksize=1)
except BadInput as e:
    print("map raised:", e, type(e).__name__)
print(sorted(ran))
seen = []
r = pool.map_async(check, [4, 5], callback=print, error_callback=seen.append)
r.wait()
print(r.successful(), seen[0] is r._value if hasattr(r, "_value") else "", type(seen[0]).__name__)
try:
    pool.apply(check, (4,))
except BadInput as e:
    print("apply raised:", e.args)
pool.terminate()
pool.join()
