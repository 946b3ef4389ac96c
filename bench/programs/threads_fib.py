# Two threads each computing fib(25) at once (CPython's GIL serialises them).
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
from threading import Thread

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

results = [None, None]

def work(i):
    results[i] = fib(25)

threads = [Thread(target=work, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
