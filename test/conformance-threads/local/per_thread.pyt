# test local: per thread
import threading
data = threading.local()
data.value = "main"
results = {}
lock = threading.Lock()
def worker(n):
    data.value = n * 10
    with lock:
        results[n] = data.value
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
print(data.value)
