# test rlock: other thread blocked
import threading
r = threading.RLock()
r.acquire()
got = []
def other():
    got.append(r.acquire(timeout=0.05))
t = threading.Thread(target=other); t.start(); t.join()
print(got)
r.release()
t = threading.Thread(target=other); t.start(); t.join()
print(got)
