# test barrier: phases
import threading
N = 3
b = threading.Barrier(N)
lock = threading.Lock()
log = []
def worker(i):
    for phase in range(3):
        with lock:
            log.append(phase)
        b.wait()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(log)
