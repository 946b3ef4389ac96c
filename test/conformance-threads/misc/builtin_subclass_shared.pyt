# test instances of class-statement subclasses of dict, list, set and tuple are shared between threads
import threading
class Inventory(dict):
    def add(self, k, n=1):
        self[k] = self.get(k, 0) + n
class History(list):
    def record(self, x):
        self.append(x)
class Tags(set):
    pass
class Pair(tuple):
    pass
inv = Inventory(apples=1)
inv.owner = "shop"
hist = History()
tags = Tags({1})
pairs = []
lock = threading.Lock()
def worker(i):
    with lock:
        inv.add("apples")
        hist.record(i)
        tags.add(i)
        pairs.append(Pair((i, i * i)))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(inv, inv.owner, type(inv).__name__, sorted(hist), type(hist).__name__, sorted(tags), type(tags).__name__)
print(sorted(pairs), [type(p).__name__ for p in pairs])
def reader():
    print("thread sees", inv["apples"], inv.owner, isinstance(inv, Inventory), len(hist), type(pairs[0]).__name__)
t = threading.Thread(target=reader); t.start(); t.join()
