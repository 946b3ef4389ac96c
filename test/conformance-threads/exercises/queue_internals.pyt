# test queue internals idioms
import queue, threading, collections
q = queue.Queue()
for i in range(5): q.put(i)
print(type(q.queue), list(q.queue), q.unfinished_tasks)
with q.mutex:
    q.queue.clear()
    q.all_tasks_done.notify_all()
    q.unfinished_tasks = 0
print(q.qsize(), q.empty())
q.join()
print(type(q.mutex), type(q.not_empty), q.not_empty._lock is q.mutex if hasattr(q.not_empty, "_lock") else "?")
print(queue.Queue[int])
pq = queue.PriorityQueue()
pq.put((2, "b")); pq.put((1, "a"))
print(pq.queue)
lq = queue.LifoQueue()
lq.put(1); lq.put(2)
print(lq.queue)
q2 = queue.Queue(maxsize=-1)
for i in range(3): q2.put(i)
print(q2.full(), q2.qsize())
with q2.mutex:
    print(list(q2.queue))
q3 = queue.Queue(2)
def producer():
    for i in range(6):
        q3.put(i)
    q3.put(None)
out = []
t = threading.Thread(target=producer); t.start()
while (x := q3.get()) is not None:
    out.append(x)
t.join()
print(out)
print(queue.SimpleQueue[int], type(queue.SimpleQueue()))
class DropQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = collections.deque(maxlen=3)
dq = DropQueue()
for i in range(6): dq.put(i)
print(list(dq.queue), dq.qsize())
class SetQueue(queue.Queue):
    def _init(self, maxsize): self.queue = set()
    def _put(self, item): self.queue.add(item)
    def _get(self): return self.queue.pop()
sq = SetQueue()
for x in [1, 1, 2, 2, 3]: sq.put(x)
print(sq.qsize(), sorted(sq.get() for _ in range(sq.qsize())))
print(sq.unfinished_tasks)
