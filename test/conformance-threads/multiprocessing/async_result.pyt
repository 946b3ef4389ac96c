# test multiprocessing.pool: AsyncResult get/wait/ready/successful, and the not-ready ValueError
from multiprocessing.pool import ThreadPool
import threading

gate = threading.Event()


def held(x):
    gate.wait()
    return x + 1


with ThreadPool(2) as pool:
    r = pool.apply_async(held, (41,))
    print(r.ready())
    try:
        r.successful()
    except ValueError as e:
        print("ValueError", str(e).endswith("not ready"), type(r).__name__)
    r.wait(0.01)
    print(r.ready())
    gate.set()
    r.wait()
    print(r.ready(), r.successful(), r.get(), r.get(timeout=1))
    bad = pool.apply_async(int, ("x",))
    bad.wait()
    print(bad.ready(), bad.successful())
    try:
        bad.get()
    except ValueError as e:
        print("get:", e)
