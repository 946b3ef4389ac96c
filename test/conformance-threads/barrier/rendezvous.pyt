# test barrier: rendezvous
import threading
barrier = threading.Barrier(3)
lock = threading.Lock()
log = []
def worker(i):
    with lock:
        log.append(("before", i))
    barrier.wait()
    with lock:
        log.append(("after", i))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
phases = [p for p, _ in log]
print(phases[:3], phases[3:])
print(barrier.parties, barrier.n_waiting, barrier.broken)
