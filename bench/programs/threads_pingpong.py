# Two threads alternating with two locks (the lesson's pattern, no print): 100 000 hand-offs.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
from threading import Lock, Thread

N = 50_000  # each thread runs N times: 2N = 100 000 hand-offs

def player(my_lock, other_lock):
    for _ in range(N):
        my_lock.acquire()
        other_lock.release()

lock1 = Lock()
lock2 = Lock()
lock2.acquire()
t1 = Thread(target=player, args=(lock1, lock2))
t2 = Thread(target=player, args=(lock2, lock1))
t1.start()
t2.start()
t1.join()
t2.join()
print("hand-offs:", 2 * N)
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
