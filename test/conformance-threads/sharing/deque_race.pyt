# test sharing: a deque threads share: rotate and a maxlen deque's appends are one step each, as CPython's C deque: nothing is lost or trimmed twice
import threading
from collections import deque

recent = deque(maxlen=100)
work = deque()
start = threading.Barrier(4)

def worker(k):
    start.wait()
    for i in range(3000):
        recent.append((k, i))
        work.appendleft(i)
        work.rotate(1)
        work.extend([i, i])
        work.pop()
        work.popleft()

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(recent), len(set(recent)), len(work))

# extend and extendleft are one step each too: one thread's items stay together
chunks = deque()

def extender(k):
    start.wait()
    for i in range(500):
        chunks.extend([(k, i, 0), (k, i, 1), (k, i, 2)])
        chunks.extendleft([(k, i, 3), (k, i, 4)])

threads = [threading.Thread(target=extender, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
items = list(chunks)
print(len(items), all(items[j + 1][2] == 1 and items[j + 2][2] == 2 for j in range(len(items)) if items[j][2] == 0),
      all(items[j + 1][2] == 3 for j in range(len(items)) if items[j][2] == 4))
