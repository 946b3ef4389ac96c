# 4 threads x 100 000 locked increments of a global counter.
from threading import Lock, Thread

counter = 0
lock = Lock()

def work():
    global counter
    for _ in range(100_000):
        with lock:
            counter += 1

threads = [Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
