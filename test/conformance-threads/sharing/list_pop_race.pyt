# test sharing: list.pop() of a shared list is one step, as CPython's: threads popping one work list each get a different item, never an IndexError
import threading

N = 5000
work = list(range(4 * N))
got = [[] for _ in range(4)]
start = threading.Barrier(4)

def worker(k):
    start.wait()
    for _ in range(N):
        got[k].append(work.pop())
    start.wait()  # then all push and pop at both ends: as many pops as pushes, never an IndexError
    for _ in range(N // 10):
        work.append(k)
        work.pop(0) if k % 2 else work.pop(-1)

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(x for g in got for x in g) == list(range(4 * N)), len(work))
try:
    work.pop()
except IndexError as e:
    print("IndexError:", e)
work.append(1)
try:
    work.pop(5)
except IndexError as e:
    print("IndexError:", e)
print(work.pop(-1), work)
