# test queue corners
import queue, threading
from dataclasses import dataclass, field
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
pq.put(Job(5, "low")); pq.put(Job(1, "high")); pq.put(Job(3, "mid"))
while not pq.empty():
    print(pq.get())
q = queue.Queue(maxsize=2)
q.put_nowait(1); q.put_nowait(2)
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.full(), q.qsize(), q.maxsize)
q.get(); q.get()
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get_nowait()
except queue.Empty:
    print("Empty nowait")
try:
    q.get(block=False)
except queue.Empty:
    print("Empty block=False")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
lq = queue.LifoQueue()
for i in range(4): lq.put(i)
print([lq.get() for _ in range(4)])
tq = queue.Queue()
results = []
def worker():
    while True:
        item = tq.get()
        if item is None:
            tq.task_done()
            break
        results.append(item * 2)
        tq.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws: w.start()
for i in range(20): tq.put(i)
tq.join()
print(sorted(results))
for _ in ws: tq.put(None)
for w in ws: w.join()
try:
    tq.task_done()
except ValueError as e:
    print("ValueError:", e)
class LoggingQueue(queue.Queue):
    def _put(self, item):
        print("put", item)
        super()._put(item)
    def _get(self):
        item = super()._get()
        print("get", item)
        return item
lq2 = LoggingQueue()
lq2.put("x"); lq2.get()
print(queue.Empty.__mro__, queue.Full.__mro__)
pq2 = queue.PriorityQueue()
pq2.put({"a": 1})
try:
    pq2.put({"b": 2})
except TypeError as e:
    print("TypeError:", e)
