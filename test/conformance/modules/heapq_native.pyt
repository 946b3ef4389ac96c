# test heapq: push and pop are native as CPython's C functions: same heap order with items whose __lt__ is Python code, a failed comparison leaves the item pushed, errors, a list subclass

import heapq
class Job:
    def __init__(self, p): self.p = p
    def __lt__(self, o): return self.p < (o.p if isinstance(o, Job) else o)
    def __gt__(self, o): return self.p > (o.p if isinstance(o, Job) else o)
    def __repr__(self): return f"Job({self.p})"
h = []
for x in [5, 3, Job(4), 1, 9, Job(2), 7, 8, 0]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heapreplace(h, Job(0)), heapq.heappushpop(h, 6), h)
m = [1, 2]
try:
    heapq.heappush(m, "x")
except TypeError as e:
    print(e, m)
try: heapq.heappop([])
except IndexError as e: print(e)
class L(list): pass
l = L([3]); heapq.heappush(l, 1); print(l, type(l).__name__)
try: heapq.heappush((), 1)
except TypeError as e: print(e)

# heapify too (native), with Python __lt__ items and a failed comparison
for items in ([9, 4, 7, 1, 8, 2, 6, 3, 5, 0], [(3, "c"), (1, "a"), (2, "b")], [5, Job(1), 3, Job(0), 4], []):
    x = list(items)
    heapq.heapify(x)
    print(x)
try:
    heapq.heapify([1, "a", 2])
except TypeError as e:
    print(e)
