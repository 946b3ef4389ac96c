# test queue: simple queue
import queue, threading
q = queue.SimpleQueue()
def w():
    for i in range(5):
        q.put(i)
t = threading.Thread(target=w); t.start(); t.join()
print(q.qsize(), q.empty())
print([q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("empty after timeout")
