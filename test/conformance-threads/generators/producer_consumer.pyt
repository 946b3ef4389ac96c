# test generator functions with threads: each thread calls a module-level generator function (its own generator), a generator feeds a queue.Queue from a producer thread
import threading
import queue
from contextlib import contextmanager

def countdown(n, tag):
    while n > 0:
        yield (tag, n)
        n -= 1
    return tag

results = {}
lock = threading.Lock()

@contextmanager
def holding(lk):
    lk.acquire()
    try:
        yield
    finally:
        lk.release()

def worker(tag):
    items = list(countdown(3, tag))
    total = sum(n for _, n in items)
    with holding(lock):
        results[tag] = (items, total)

threads = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for tag in sorted(results):
    print(tag, results[tag])

def squares(n):
    for i in range(n):
        yield i * i

q = queue.Queue()
DONE = object()

def producer():
    for v in squares(6):
        q.put(v)
    q.put(DONE)

def drain():
    while (item := q.get()) is not DONE:
        yield item

p = threading.Thread(target=producer)
p.start()
print("consumed", list(drain()))
p.join()

