import threading
from time import sleep

lock = threading.Lock()
lock.acquire()

def try_it():
    got = lock.acquire(timeout=1.5)
    print("acquired" if got else "timed out")

t = threading.Thread(target=try_it)
t.start()
t.join()
sleep(0.6)
print("done")
