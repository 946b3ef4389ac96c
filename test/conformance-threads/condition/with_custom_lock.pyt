# test condition: with custom lock
import threading
lock = threading.Lock()
cond = threading.Condition(lock)
with cond:
    print(lock.locked())
print(lock.locked())
cond.acquire()
print(lock.locked())
cond.release()
print(lock.locked())
