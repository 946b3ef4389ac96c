# test itertools.count() as a thread-safe id counter: 4 threads x 10 000 next() hand out each id once; repr as CPython's
import itertools
import threading

ids = itertools.count()
per_thread = {}

def worker(name):
    mine = [next(ids) for _ in range(10_000)]
    per_thread[name] = mine

threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

everything = [i for mine in per_thread.values() for i in mine]
print("handed out:", len(everything), "distinct:", len(set(everything)))
print("none lost:", sorted(everything) == list(range(40_000)))
print("each thread's ids increase:", all(m == sorted(m) for m in per_thread.values()))
print(repr(ids), next(ids))

# other starts and steps, made in a thread and used in main
box = []
t = threading.Thread(target=lambda: box.extend([itertools.count(10, 5), itertools.count(1.5, 0.5), itertools.count(start=-3)]))
t.start()
t.join()
for c in box:
    print(repr(c), next(c), next(c), repr(c))
