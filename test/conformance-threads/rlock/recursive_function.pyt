# test rlock: recursive function
import threading
lock = threading.RLock()
def fact(n):
    with lock:
        return 1 if n <= 1 else n * fact(n - 1)
results = [None] * 3
def run(i):
    results[i] = fact(10 + i)
ts = [threading.Thread(target=run, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
