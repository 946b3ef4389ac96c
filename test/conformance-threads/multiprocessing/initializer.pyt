# test multiprocessing.pool: initializer runs once in each worker before its tasks, with initargs
from multiprocessing.pool import ThreadPool
import threading

local = threading.local()
inits = []
lock = threading.Lock()


def setup(prefix):
    local.prefix = prefix
    with lock:
        inits.append(prefix)


def tag(x):
    return local.prefix + str(x)


with ThreadPool(3, setup, ("item-",)) as pool:
    print(pool.map(tag, range(5)))
print(inits)
