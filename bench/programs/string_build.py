# String building with f-strings and join over 200k items.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
parts = [f"item-{i}:{i * 2}" for i in range(200_000)]
text = ", ".join(parts)
print(len(text), text[:40], text[-20:])
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
