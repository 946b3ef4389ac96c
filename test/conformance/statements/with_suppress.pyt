# test __exit__ returning True suppresses the exception; with on a Lock
from threading import Lock
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("suppressing", t.__name__)
        return True
with Suppress():
    raise KeyError("gone")
print("after suppressed")
lock = Lock()
with lock:
    print("locked:", lock.locked())
print("locked:", lock.locked())
