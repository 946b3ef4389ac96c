# A 3-million-step while loop with integer arithmetic.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
i = 0
total = 0
while i < 3_000_000:
    total += i * 3 % 7 - (i // 5)
    i += 1
print(total)
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
