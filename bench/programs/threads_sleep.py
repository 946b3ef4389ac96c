# 100 threads alive at once, each sleeping 1 s: wall time and peak memory.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
from threading import Thread
from time import sleep

def nap():
    sleep(1)

threads = [Thread(target=nap) for _ in range(100)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(threads), "threads slept")
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
