import threading
from time import sleep

counter_lock = threading.Lock()
count = 0

def worker(n):
    global count
    for i in range(3):
        with counter_lock:
            count += 1
            sleep(0.02)
        print("worker", n, i)

threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
with counter_lock:          # every worker starts by waiting for MainThread
    for t in threads:
        t.start()
    sleep(0.2)
for t in threads:
    t.join()
print("count", count)
