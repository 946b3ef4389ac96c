# test shared iterators passed around: pool.map arguments, a Queue, an instance attribute; each item used once
import threading, queue
from concurrent.futures import ThreadPoolExecutor
def take(it):
    return [x for x in it]
it = iter([f"u{i}" for i in range(1000)])
with ThreadPoolExecutor(4) as ex:
    parts = list(ex.map(take, [it] * 4))
allv = [x for p in parts for x in p]
print(len(allv), len(set(allv)), sorted(allv) == sorted(f"u{i}" for i in range(1000)))
q = queue.Queue()
q.put(iter((1, 2, 3)))
q.put(reversed(range(4)))
res = []
def cons():
    a = q.get(); b = q.get()
    res.append((next(a), list(a), list(b)))
t = threading.Thread(target=cons); t.start(); t.join()
print(res)
class Job:
    def __init__(self): self.it = iter(range(5))
j = Job()
def f(): res.append(next(j.it))
t = threading.Thread(target=f); t.start(); t.join()
print(res[-1], list(j.it), repr(type(j.it)))
