# test queue: priority threads
import queue, threading
q = queue.PriorityQueue()
def producer(base):
    for i in range(5):
        q.put(base + i)
ps = [threading.Thread(target=producer, args=(b,)) for b in (10, 0, 20)]
for p in ps: p.start()
for p in ps: p.join()
print([q.get() for _ in range(15)])
