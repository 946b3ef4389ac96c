# test deque, defaultdict, Counter and namedtuple shared by producer and consumer threads
import threading
from collections import deque, defaultdict, Counter, namedtuple
Task = namedtuple("Task", "id payload")
buf = deque()
lock = threading.Lock()
cond = threading.Condition(lock)
counts = defaultdict(int)
words = Counter()
done = []
def producer():
    for i in range(20):
        with cond:
            buf.append(Task(i, f"item-{i}"))
            cond.notify()
    with cond:
        buf.append(None)
        cond.notify_all()
def consumer(name):
    while True:
        with cond:
            while not buf:
                cond.wait()
            t = buf[0]
            if t is None:
                return
            buf.popleft()
        with lock:
            counts[name] += 1
            words.update(t.payload.split("-"))
            done.append(t.id)
p = threading.Thread(target=producer)
cs = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for t in cs: t.start()
p.start(); p.join()
for t in cs: t.join()
print(sorted(done) == list(range(20)), sum(counts.values()), words["item"], len(words))
print(type(counts).__name__, type(words).__name__, buf)
ring = deque(maxlen=5)
def fill(k):
    for i in range(100):
        ring.append(k)
ts = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(ring))
