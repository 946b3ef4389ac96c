# Two threads taking turns through one Condition: 50 000 rounds.
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
import threading

N = 50_000
cond = threading.Condition()
turn = [0]

def player(me, other):
    for _ in range(N):
        with cond:
            while turn[0] != me:
                cond.wait()
            turn[0] = other
            cond.notify()

t1 = threading.Thread(target=player, args=(0, 1))
t2 = threading.Thread(target=player, args=(1, 0))
t1.start()
t2.start()
t1.join()
t2.join()
print("rounds:", N)
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
