# test sharing: a shared defaultdict's missing key is stored in one step, as CPython's: d[k].append(x) from several threads loses nothing
import threading
from collections import defaultdict

N = 5000
groups = defaultdict(list)
counts = defaultdict(int)
start = threading.Barrier(4)

class Logged(defaultdict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

def worker(k):
    start.wait()
    for i in range(N):
        groups[i].append(k)
        counts[i]

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(len(v) for v in groups.values()), len(counts), set(counts.values()))
print(all(sorted(v) == [0, 1, 2, 3] for v in groups.values()))
# a subclass that stores items its own way is still called
logged = Logged(list)
logged["a"].append(1)
print(dict(logged))
