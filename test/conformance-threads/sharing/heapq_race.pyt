# test sharing: heapq's push and pop of a heap threads share are one step each, as CPython's C functions: no lock, still a heap, every item popped once
import heapq
import threading

N = 2000
heap = []
popped = [[] for _ in range(4)]
start = threading.Barrier(4)

def worker(k):
    start.wait()
    for i in range(k, 4 * N, 4):
        heapq.heappush(heap, (i % 97, i))
    start.wait()
    for _ in range(N):
        popped[k].append(heapq.heappop(heap))

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(all(p == sorted(p) for p in popped), sorted(x for p in popped for x in p) == sorted((i % 97, i) for i in range(4 * N)), heap)

# a shared heap keeps CPython's layout, and its errors
steps = []
t = threading.Thread(target=lambda: [heapq.heappush(steps, x) for x in [5, 1, 4, 1, 5, 9, 2, 6]])
t.start()
t.join()
print(steps, heapq.heappop(steps), heapq.heapreplace(steps, 3), heapq.heappushpop(steps, 0), steps)
while steps:
    heapq.heappop(steps)
for f in (lambda: heapq.heappop(steps), lambda: heapq.heapreplace(steps, 1)):
    try:
        f()
    except IndexError as e:
        print("IndexError:", e)
print(heapq.heappushpop(steps, 7), steps)
mixed = [1]
t = threading.Thread(target=lambda: mixed.append(2))
t.start()
t.join()
try:
    heapq.heappush(mixed, "x")
except TypeError as e:
    print("TypeError:", e)

# items compared with Python code (a class's __lt__) among plain ones: heapq.py's steps, the same heap
class Job:
    def __init__(self, p):
        self.p = p
    def __lt__(self, other):
        return self.p < (other.p if isinstance(other, Job) else other)
    def __gt__(self, other):
        return self.p > (other.p if isinstance(other, Job) else other)
    def __repr__(self):
        return f"Job({self.p})"

jobs = []
t = threading.Thread(target=lambda: jobs.append(0))
t.start()
t.join()
jobs.pop()
for x in [5, 3, Job(4), 1, 9, Job(2), 7, 8, 0]:
    heapq.heappush(jobs, x)
print(jobs)
print(heapq.heappop(jobs), heapq.heapreplace(jobs, Job(0)), heapq.heappushpop(jobs, 6), jobs)
print([heapq.heappop(jobs) for _ in range(len(jobs))])
# heapify of a shared list: one step, the same heap as CPython's
for items in ([9, 4, 7, 1, 8, 2, 6, 3, 5, 0], [(3, "c"), (1, "a"), (2, "b")], [5, Job(1), 3, Job(0), 4]):
    x = list(items)
    t = threading.Thread(target=lambda: x.append(x.pop()))
    t.start()
    t.join()
    heapq.heapify(x)
    print(x)
