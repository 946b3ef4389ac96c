# test heapq/bisect under a lock from threads, operator/string from a thread's target
import threading, heapq, bisect, operator, string
from operator import itemgetter
jobs = []
ordered = []
lock = threading.Lock()
def producer(base):
    for i in range(5):
        with lock:
            heapq.heappush(jobs, (base + i * 3, f"job{base}-{i}"))
            bisect.insort(ordered, base * 10 + i)
def summarize(out):
    out.append((operator.add(2, 3), itemgetter(1)('xyz'), string.ascii_uppercase[:3], operator.methodcaller('lower')('Q')))
ts = [threading.Thread(target=producer, args=(b,)) for b in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print([heapq.heappop(jobs)[0] for _ in range(len(jobs))])
print(ordered == sorted(ordered), len(ordered), heapq.nsmallest(3, ordered), heapq.nlargest(2, ordered, key=lambda v: -v))
out = []
t = threading.Thread(target=summarize, args=(out,)); t.start(); t.join()
print(out)
