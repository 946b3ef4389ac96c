# test lock: with native fallbacks
# `with` on a native Lock/RLock takes a direct path; these are the cases it must keep as CPython has them:
# the value bound by `as`, an exception in the block, a block that releases the lock itself (the
# RuntimeError from __exit__ chained to the block's exception), nesting, and one site seeing other
# context managers in between (shared between threads, so the locks are in the lock table), and the
# traceback of an __exit__ that raises.
import threading, _thread
t = threading.Thread(target=lambda: None); t.start(); t.join()
lock = threading.Lock()
rlock = threading.RLock()
with lock as got:
    print("as:", got, lock.locked())
print("after:", lock.locked())
try:
    with lock:
        raise ValueError("in the block")
except ValueError as e:
    print("propagated:", e, lock.locked())
try:
    with lock:
        lock.release()
        raise KeyError("k")
except RuntimeError as e:
    print("exit raised:", e, "| context:", repr(e.__context__))
try:
    with lock:
        lock.release()
except RuntimeError as e:
    print("exit raised:", e, "| context:", e.__context__)
with rlock as r1:
    with rlock as r2:
        print("rlock nested:", r1, r2, rlock._is_owned())
print("rlock owned after:", rlock._is_owned())
try:
    with rlock:
        raise IndexError("i")
except IndexError:
    print("rlock released:", not rlock._is_owned())

class Mgr:
    def __enter__(self):
        print("Mgr enter")
        return "mgr"
    def __exit__(self, *a):
        print("Mgr exit", a[0])
        return True
cond = threading.Condition()
sema = threading.Semaphore(1)
for m in [lock, Mgr(), rlock, cond, lock, sema, _thread.allocate_lock(), Mgr()]:
    with m as v:
        print(type(m).__name__, v is True or v)
        if isinstance(m, Mgr):
            raise OSError("suppressed by Mgr")
try:
    with 42:
        pass
except TypeError as e:
    print(e)

def worker(n):
    for _ in range(n):
        with lock:
            pass
        with rlock:
            with rlock:
                pass
ts = [threading.Thread(target=worker, args=(2000,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("locked at end:", lock.locked(), rlock._is_owned())
def tb():
    with lock:
        lock.release()
tb()
