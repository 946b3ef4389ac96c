# test the tutorials' thread-safe iterator: a generator wrapped in a class whose __next__ takes a lock, consumed by four threads (MainThread, which made the generator, steps it while it joins them)
import threading

class LockedIterator:
    def __init__(self, it):
        self.lock = threading.Lock()
        self.it = iter(it)

    def __iter__(self):
        return self

    def __next__(self):
        with self.lock:
            return next(self.it)

def count(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

numbers = LockedIterator(count(1000))
totals = []
totals_lock = threading.Lock()

def worker():
    s = 0
    for x in numbers:
        s += x
    with totals_lock:
        totals.append(s)

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(totals), sum(totals))
