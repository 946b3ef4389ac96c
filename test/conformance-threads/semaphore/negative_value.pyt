# test semaphore: negative value
import threading
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)
