# test queue: producer consumer sentinel
import queue, threading
q = queue.Queue(maxsize=5)
SENTINEL = object()
consumed = []
def producer():
    for i in range(20):
        q.put(i)
    q.put(SENTINEL)
def consumer():
    while True:
        item = q.get()
        if item is SENTINEL:
            break
        consumed.append(item)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join()
print(consumed)
print(q.empty(), q.qsize())
