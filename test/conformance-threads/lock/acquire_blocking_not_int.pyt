# test lock.acquire(blocking) takes an int, as CPython's "|iO": a str, float or None is a TypeError
import threading
for lock in (threading.Lock(), threading.RLock()):
    for blocking in ("yes", 1.0, None, [], True, 0):
        try:
            got = lock.acquire(blocking)
            print(type(lock).__name__, repr(blocking), got)
            if got:
                lock.release()
        except TypeError as e:
            print(type(lock).__name__, repr(blocking), "TypeError:", e)
