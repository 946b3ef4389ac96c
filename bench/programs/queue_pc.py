# A bounded Queue, 2 producers and 2 consumers passing 100 000 items (a sentinel per consumer).
import sys as _sys, time as _time
_t0 = _time.perf_counter()  # the workload's time, start-up excluded (bench/run.js reads it)
import queue
import threading

N = 100_000
q = queue.Queue(maxsize=1000)
totals = [0, 0]

def producer(start):
    for i in range(start, N, 2):
        q.put(i)

def consumer(k):
    s = 0
    while True:
        item = q.get()
        if item is None:
            break
        s += item
    totals[k] = s

ps = [threading.Thread(target=producer, args=(i,)) for i in range(2)]
cs = [threading.Thread(target=consumer, args=(i,)) for i in range(2)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
q.put(None)
q.put(None)
for t in cs:
    t.join()
print("sum:", sum(totals))
print(f"bench-workload {_time.perf_counter() - _t0:.6f}", file=_sys.stderr)
