# test PriorityQueue with dataclass order, LifoQueue, Full/Empty
import queue, threading
from dataclasses import dataclass, field
from typing import Any
@dataclass(order=True)
class Job:
    priority: int
    item: Any = field(compare=False)
pq = queue.PriorityQueue()
for p, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent2")]:
    pq.put(Job(p, name))
out = []
def drain():
    while True:
        try:
            j = pq.get_nowait()
        except queue.Empty:
            break
        out.append(j)
t = threading.Thread(target=drain); t.start(); t.join()
print(out)
lq = queue.LifoQueue(maxsize=2)
lq.put(1); lq.put(2)
try:
    lq.put(3, timeout=0.01)
except queue.Full:
    print("Full", lq.full(), lq.qsize())
print(lq.get(), lq.get())
try:
    lq.get(block=False)
except queue.Empty as e:
    print("Empty", repr(e))
q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print(e)
sq = queue.SimpleQueue()
sq.put("x"); print(sq.get(), sq.empty())
pq.put((1, "a")); pq.put((1, "b"))
print(pq.get(), pq.get())
try:
    pq.put(Job(1, "a")); pq.put((1, 2)); pq.get(); pq.get()
except TypeError as e:
    print("TypeError:", e)
