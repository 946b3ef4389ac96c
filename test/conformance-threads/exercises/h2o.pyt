# test H2O with barrier and semaphores
import threading
hs = threading.Semaphore(2)
os_ = threading.Semaphore(1)
molecules = []
cur = []
lk = threading.Lock()
def bond():
    with lk:
        molecules.append("".join(sorted(cur)))
        cur.clear()
barrier = threading.Barrier(3, action=bond)
def hydrogen():
    hs.acquire()
    with lk: cur.append("H")
    barrier.wait()
    hs.release()
def oxygen():
    os_.acquire()
    with lk: cur.append("O")
    barrier.wait()
    os_.release()
ts = [threading.Thread(target=hydrogen) for _ in range(8)] + [threading.Thread(target=oxygen) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(molecules)
