# test semaphore: nonblocking and timeout
import threading
s = threading.Semaphore(1)
print(s.acquire(blocking=False))
print(s.acquire(blocking=False))
print(s.acquire(timeout=0.05))
s.release()
print(s.acquire(timeout=0.05))
try:
    s.acquire(False, 1)
except ValueError as e:
    print(e)
try:
    s.release(0)
except ValueError as e:
    print(e)
