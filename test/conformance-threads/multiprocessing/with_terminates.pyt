# test multiprocessing.pool: `with ThreadPool() as p` terminates on exit (queued work is dropped), and the pool is no longer running
from multiprocessing.pool import ThreadPool
import threading

gate = threading.Event()
with ThreadPool(1) as p:
    first = p.apply_async(gate.wait, (5,))
    queued = [p.apply_async(print, ("never printed",)) for _ in range(3)]
    print(repr(p))
print(repr(p))
gate.set()
p.join()
print([r.ready() for r in queued])
try:
    p.map(abs, [1])
except ValueError as e:
    print("ValueError:", e)
try:
    with p:
        pass
except ValueError as e:
    print("ValueError:", e)
