# test multiprocessing.pool: workers are daemon DummyProcess threads named "Thread-N (worker)"; later threads skip the pool's handler numbers
import threading
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import current_process, DummyProcess

gate = threading.Barrier(3)


def who(_):
    gate.wait()
    t = threading.current_thread()
    return t.name, current_process().name, t.daemon, type(t).__name__


pool = ThreadPool(3)
print(sorted(pool.map(who, range(3), chunksize=1)))
pool.close()
pool.join()
print(threading.Thread(target=print).name)
print(isinstance(pool._pool[0], DummyProcess), pool._pool[0].exitcode)
