# test range and slice objects made by one thread and used by another (module constants, arguments, results)
import threading

WORK = range(1, 11)
EVENS = slice(None, None, 2)
chunks = [range(0, 50, 10), range(5, 0, -1), range(3, 3)]
results = {}
lock = threading.Lock()

def worker(i, r):
    total = sum(WORK) + sum(r)
    picked = list(WORK)[EVENS]
    with lock:
        results[i] = (total, picked, len(r), r, r[::-1], 7 in r)

threads = [threading.Thread(target=worker, args=(i, r)) for i, r in enumerate(chunks)]
for t in threads: t.start()
for t in threads: t.join()
for i in sorted(results):
    print(i, results[i])

made = []
def make():
    made.append(range(2, 20, 3))
    made.append(slice(1, 10, 2))
t = threading.Thread(target=make); t.start(); t.join()
r, s = made
print(r, list(r), r.start, r.stop, r.step, r == range(2, 20, 3), hash(r) == hash(range(2, 20, 3)))
print(s, s.indices(5), "abcdefghij"[s])
