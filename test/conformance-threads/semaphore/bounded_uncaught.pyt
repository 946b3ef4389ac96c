# test semaphore: bounded uncaught
import threading
s = threading.BoundedSemaphore(1)
s.release()
