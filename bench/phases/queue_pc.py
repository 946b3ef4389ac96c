# queue_pc (bench/programs/queue_pc.py) with the time of each phase on stderr, in ms from its first line:
# where pyt's workload differs from CPython's. Run it under both, several times each:
#   for i in 1 2 3 4 5; do bin/pyt.js bench/phases/queue_pc.py; python3 bench/phases/queue_pc.py; done
import sys as _sys, time as _time
_t0 = _time.perf_counter()
import queue
import threading
_marks = [("import", _time.perf_counter())]
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
_marks.append(("objects", _time.perf_counter()))
for n, t in enumerate(cs + ps):
    t.start()
    _marks.append((f"start{n + 1}", _time.perf_counter()))
for t in ps:
    t.join()
_marks.append(("producers", _time.perf_counter()))
q.put(None)
q.put(None)
for t in cs:
    t.join()
_marks.append(("consumers", _time.perf_counter()))
print("sum:", sum(totals))
_last = _t0
_parts = []
for name, at in _marks:
    _parts.append(f"{name} {1000 * (at - _last):.1f}")
    _last = at
print(f"{' | '.join(_parts)} | total {1000 * (_last - _t0):.1f}", file=_sys.stderr)
