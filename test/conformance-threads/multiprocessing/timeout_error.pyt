# test multiprocessing.pool: get(timeout) raises multiprocessing.TimeoutError (a ProcessError, not the builtin)
import multiprocessing
from multiprocessing.pool import ThreadPool
import threading

gate = threading.Event()
pool = ThreadPool(1)
r = pool.apply_async(gate.wait)
try:
    r.get(timeout=0.05)
except multiprocessing.TimeoutError as e:
    print("timed out:", repr(e), type(e).__module__)
    print(isinstance(e, multiprocessing.ProcessError), isinstance(e, TimeoutError))
it = pool.imap(abs, [-1])
gate.set()
print(r.get(timeout=5), list(it))
m = pool.map_async(abs, [-2, -3])
print(m.get(5))
pool.close()
pool.join()
