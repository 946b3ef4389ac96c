# test lock and RLock methods given arguments they do not take, or wrong ones: CPython's TypeError/ValueError wordings
import threading
l = threading.Lock()
r = threading.RLock()
def t(f, label):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)
t(lambda: l.acquire(foo=1), "kw")
t(lambda: l.acquire(1, 2, 3), "3 args")
t(lambda: l.acquire(blocking=False, timeout=1), "nb+timeout")
t(lambda: l.acquire(timeout=-2), "neg")
t(lambda: l.acquire(False, 'x'), "str timeout")
t(lambda: l.release(1), "release arg")
t(lambda: r.acquire(foo=1), "rlock kw")
t(lambda: r.release(), "rlock release")
t(lambda: threading.Lock().release(), "release unlocked")
t(lambda: threading.RLock().release(1), "rlock release arg")
t(lambda: threading.Lock().locked(1), "locked arg")
t(lambda: threading.RLock()._is_owned(1), "is_owned arg")
t(lambda: threading.Lock().release_lock(1), "release_lock arg")
t(lambda: threading.Lock().release(x=1), "release kw")
print(l.locked(), threading.Lock().locked_lock())
