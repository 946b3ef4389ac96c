# Dict counting over 1 million keys.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
counts = {}
for i in range(1_000_000):
    key = (i * 7919) % 10007
    counts[key] = counts.get(key, 0) + 1
print(len(counts), counts[0], counts[10006], sum(counts.values()))
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
