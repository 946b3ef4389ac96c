# test semaphore: release n
import threading
s = threading.Semaphore(0)
got = []
def w(i):
    s.acquire()
    got.append(i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
s.release(3)
for t in ts: t.join()
print(sorted(got))
