# 1 000 threads started and joined one after another.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
from threading import Thread

done = []

def work(i):
    done.append(i)

for i in range(1000):
    t = Thread(target=work, args=(i,))
    t.start()
    t.join()
print(len(done), sum(done))
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
