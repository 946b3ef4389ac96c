# Build a 1-million-element list with a comprehension, then sum it.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
squares = [x * x for x in range(1_000_000)]
print(len(squares), sum(squares))
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
