# 1 million method calls on a small class.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
class Counter:
    def __init__(self):
        self.value = 0

    def add(self, n):
        self.value += n
        return self.value

c = Counter()
for i in range(1_000_000):
    c.add(i & 3)
print(c.value)
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
