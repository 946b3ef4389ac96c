# A ThreadPoolExecutor mapping a small function over 10 000 inputs.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
from concurrent.futures import ThreadPoolExecutor

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    total = sum(ex.map(square, range(10_000)))
print("total:", total)
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
