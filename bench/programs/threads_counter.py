# 4 threads x 100 000 locked increments of a global counter.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
from threading import Lock, Thread

counter = 0
lock = Lock()

def work():
    global counter
    for _ in range(100_000):
        with lock:
            counter += 1

threads = [Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
