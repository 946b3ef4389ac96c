# test barrier: wait indices
import threading
b = threading.Barrier(4)
idx = []
lock = threading.Lock()
def w():
    i = b.wait()
    with lock:
        idx.append(i)
ts = [threading.Thread(target=w) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx))
