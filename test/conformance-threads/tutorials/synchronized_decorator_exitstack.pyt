# test tutorials: synchronized decorator with functools.wraps, class-level lock, contextmanager lock, ExitStack
import threading, functools, contextlib
def synchronized(lock):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            with lock:
                return fn(*a, **k)
        return wrapper
    return deco
L = threading.Lock()
counter = 0
@synchronized(L)
def incr(n):
    """increment"""
    global counter
    for _ in range(n):
        counter += 1
ts = [threading.Thread(target=incr, args=(1000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter, incr.__name__, incr.__doc__, incr.__wrapped__.__name__)
@contextlib.contextmanager
def acquire_timeout(lock, timeout):
    ok = lock.acquire(timeout=timeout)
    try:
        yield ok
    finally:
        if ok:
            lock.release()
with acquire_timeout(L, 0.1) as ok:
    print("got", ok, L.locked())
    def other():
        with acquire_timeout(L, 0.01) as ok2:
            print("other got", ok2)
    t = threading.Thread(target=other); t.start(); t.join()
print(L.locked())
locks = [threading.Lock() for _ in range(3)]
with contextlib.ExitStack() as st:
    for lk in locks:
        st.enter_context(lk)
    print([lk.locked() for lk in locks])
print([lk.locked() for lk in locks])
class Counter:
    _lock = threading.RLock()
    total = 0
    @classmethod
    def add(cls, n):
        with cls._lock:
            with cls._lock:
                cls.total += n
ts = [threading.Thread(target=Counter.add, args=(i,)) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(Counter.total)
try:
    with L:
        raise ValueError("inside")
except ValueError:
    print("released?", not L.locked())
