# test rlock: reentrant count
import threading
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire())
r.release(); r.release(); r.release()
print(r.acquire(blocking=False))
r.release()
print("ok")
