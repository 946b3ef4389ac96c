# test semaphore: bounded too many
import threading
s = threading.BoundedSemaphore(2)
s.acquire()
s.release()
try:
    s.release()
except ValueError as e:
    print(type(e).__name__ + ":", e)
