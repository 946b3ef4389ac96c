# test lessons: pool with lock counter
from concurrent.futures import ThreadPoolExecutor
import threading
counter = 0
lock = threading.Lock()
def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
with ThreadPoolExecutor(max_workers=4) as ex:
    for _ in range(4):
        ex.submit(inc, 500)
print(counter)
