# Recursive fib(30): function-call overhead.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(30))
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
