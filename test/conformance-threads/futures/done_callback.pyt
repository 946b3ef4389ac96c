# test futures: done callback
from concurrent.futures import ThreadPoolExecutor
import threading
results = []
lock = threading.Lock()
def cb(f):
    with lock:
        results.append(f.result())
with ThreadPoolExecutor(2) as ex:
    for i in range(4):
        ex.submit(pow, 2, i).add_done_callback(cb)
print(sorted(results))
f = ex._work_queue  # noqa
