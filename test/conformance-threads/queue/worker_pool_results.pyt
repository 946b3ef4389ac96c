# test queue: worker pool results
import queue, threading
tasks = queue.Queue()
results = queue.Queue()
def worker():
    while True:
        n = tasks.get()
        if n is None:
            break
        results.put((n, n ** 3))
ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws: w.start()
for n in range(12): tasks.put(n)
for _ in ws: tasks.put(None)
for w in ws: w.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out))
