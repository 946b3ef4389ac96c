# test queue: blocking put/get (native in pyt) mixed with the timeout/nowait paths, subclasses, shared state
import queue
import threading

q = queue.Queue(maxsize=3)
q.put(1)
q.put(2, timeout=1)          # the Python body
q.put_nowait(3)
print(q.qsize(), q.full(), q.unfinished_tasks, list(q.queue))
try:
    q.put_nowait(4)
except queue.Full:
    print("Full")
print(q.get(), q.get(timeout=1), q.get_nowait(), q.empty())
for _ in range(3):
    q.task_done()
q.join()
print("joined", q.unfinished_tasks)

# A consumer blocked in a native get is woken by puts from the Python and native paths.
got = []
def consumer():
    for _ in range(200):
        got.append(q.get())
        q.task_done()
t = threading.Thread(target=consumer)
t.start()
for i in range(200):
    if i % 3 == 0:
        q.put(i, timeout=5)
    else:
        q.put(i)                 # blocks when full (maxsize 3): the consumer's get notifies not_full
q.join()
t.join()
print(got == list(range(200)), q.qsize(), q.unfinished_tasks)

# A bounded queue under 2 producers and 2 consumers: every item exactly once.
q2 = queue.Queue(maxsize=5)
out = [[], []]
def produce(start):
    for i in range(start, 2000, 2):
        q2.put(i)
def consume(k):
    while True:
        x = q2.get()
        if x is None:
            break
        out[k].append(x)
ps = [threading.Thread(target=produce, args=(i,)) for i in range(2)]
cs = [threading.Thread(target=consume, args=(i,)) for i in range(2)]
for th in cs + ps:
    th.start()
for th in ps:
    th.join()
q2.put(None)
q2.put(None)
for th in cs:
    th.join()
print(sorted(out[0] + out[1]) == list(range(2000)), q2.unfinished_tasks)

# Subclasses with their own storage take the Python code.
class Stack(queue.Queue):
    def _init(self, maxsize):
        self.stack = []
    def _qsize(self):
        return len(self.stack)
    def _put(self, item):
        self.stack.append(item)
    def _get(self):
        return self.stack.pop()
s = Stack()
for i in range(3):
    s.put(i)
print([s.get() for _ in range(3)])
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for i in (2, 3, 1):
    lq.put(i)
    pq.put(i)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])

# SimpleQueue: blocking get woken by a put from another thread; get with timeout.
sq = queue.SimpleQueue()
res = []
def sget():
    res.append(sq.get())
    res.append(sq.get(timeout=5))
t = threading.Thread(target=sget)
t.start()
sq.put("a")
sq.put("b")
t.join()
try:
    sq.get(timeout=0.01)
except queue.Empty:
    res.append("Empty")
print(res, sq.empty(), sq.qsize())
