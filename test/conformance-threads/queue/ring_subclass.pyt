# test queue: subclasses on a shared queue: one overriding _put/_get (its own storage: the Python code),
# one overriding put (calls the base's), LifoQueue and PriorityQueue between threads
import queue
import threading

class Doubling(queue.Queue):
    def _put(self, item):
        super()._put(item * 2)

class Logged(queue.Queue):
    def put(self, item, block=True, timeout=None):
        log.append(item)
        super().put(item, block, timeout)

log = []
qs = [Doubling(maxsize=3), Logged(maxsize=3), queue.LifoQueue(), queue.PriorityQueue()]
results = []
def consume(q, n):
    results.append(sorted(q.get() for _ in range(n)))
for q in qs:
    t = threading.Thread(target=consume, args=(q, 10))
    t.start()
    for i in (5, 1, 9, 3, 7, 2, 8, 4, 6, 0):
        q.put(i)
    t.join()
print(results)
print(log)
lq = qs[2]
for i in range(3):
    lq.put(i)
pq = qs[3]
for i in (3, 1, 2):
    pq.put(i)
out = []
t = threading.Thread(target=lambda: out.extend([lq.get(), lq.get(), lq.get(), pq.get(), pq.get(), pq.get()]))
t.start()
t.join()
print(out, lq.queue, pq.queue, lq.qsize(), pq.empty())
