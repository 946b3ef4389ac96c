# test lock: acquire timeout errors
import threading
lock = threading.Lock()
for args in [(False, 1), (True, -5)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print(threading.TIMEOUT_MAX > 1e6)
try:
    lock.acquire(timeout=threading.TIMEOUT_MAX * 2)
except OverflowError as e:
    print(type(e).__name__, e)
