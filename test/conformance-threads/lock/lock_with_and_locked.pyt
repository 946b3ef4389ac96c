# test lock: lock with and locked
import threading
lock = threading.Lock()
with lock:
    print(lock.locked())
print(lock.locked())
print(lock.acquire(False), lock.acquire(False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print(e)
