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
