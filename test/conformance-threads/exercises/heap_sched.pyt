# test scheduler with heapq and Condition
import heapq, threading, itertools
counter = itertools.count()
heap = []
cond = threading.Condition()
done = []
def schedule(prio, name):
    with cond:
        heapq.heappush(heap, (prio, next(counter), name))
        cond.notify()
def runner():
    while True:
        with cond:
            cond.wait_for(lambda: heap)
            prio, _, name = heapq.heappop(heap)
        if name is None: return
        done.append((prio, name))
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    schedule(p, n)
schedule(99, None)
t = threading.Thread(target=runner); t.start(); t.join()
print(done)
