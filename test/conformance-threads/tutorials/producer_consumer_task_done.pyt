# test tutorials: producer/consumer with Queue, task_done/join, sentinels, several consumers
import threading, queue
q = queue.Queue(maxsize=3)
results = []
rlock = threading.Lock()
SENTINEL = object()
def producer(n):
    for i in range(n):
        q.put(i)
    for _ in range(3):
        q.put(SENTINEL)
def consumer():
    while True:
        item = q.get()
        try:
            if item is SENTINEL:
                return
            with rlock:
                results.append(item * item)
        finally:
            q.task_done()
cs = [threading.Thread(target=consumer, name=f"C{i}") for i in range(3)]
for c in cs: c.start()
p = threading.Thread(target=producer, args=(20,)); p.start()
q.join()
p.join()
for c in cs: c.join()
print(sorted(results), q.qsize(), q.empty(), q.full())
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q2 = queue.Queue()
for w in "banana":
    q2.put_nowait(w)
print(q2.qsize(), [q2.get_nowait() for _ in range(q2.qsize())])
sq = queue.SimpleQueue()
sq.put(1); sq.put(2, block=False); sq.put(3, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(x)
print([pq.get() for _ in range(3)])
try:
    pq.put((1, {}))
    pq.put((1, {}))
    print(pq.get(), pq.get())
except TypeError as e:
    print("TypeError:", e)
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print(lq.get(), lq.get(), lq.get())
print(queue.Queue(0).maxsize, queue.Queue(-5).full())
