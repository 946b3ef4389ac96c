# test queue: multi consumers
import queue, threading
q = queue.Queue()
results = []
lock = threading.Lock()
def consumer():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            return
        with lock:
            results.append(x * x)
        q.task_done()
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs: c.start()
for i in range(30): q.put(i)
q.join()
for _ in cs: q.put(None)
for c in cs: c.join()
print(sorted(results))
