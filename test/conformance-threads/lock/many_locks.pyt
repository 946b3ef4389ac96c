# test more locks than a small lock table holds: 100 000 alive at once, and a Lock and an Event made per iteration
import threading

locks = [threading.Lock() for _ in range(100_000)]
for l in locks[::10_000]:
    with l:
        pass
print(len(locks), sum(l.locked() for l in locks))

n = 0
for i in range(100_000):
    lock = threading.Lock()
    done = threading.Event()
    with lock:
        n += 1
    done.set()
print(n, done.is_set())
