# test condition: notify n
import threading
cond = threading.Condition()
woken = []
ready = threading.Semaphore(0)
def waiter(i):
    with cond:
        ready.release()
        cond.wait()
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
for _ in ts: ready.acquire()
with cond:
    cond.notify(2)
import time
time.sleep(0.1)
with cond:
    print("after notify(2):", len(woken))
    cond.notify_all()
for t in ts: t.join()
print(sorted(woken))
