# test three-stage pipeline with queues and sentinels
import threading, queue
STOP = object()
q1, q2 = queue.Queue(), queue.Queue(maxsize=3)
out = []
def stage1():
    for i in range(10):
        q1.put(i)
    q1.put(STOP)
def stage2():
    while (item := q1.get()) is not STOP:
        q2.put(item ** 2)
    q2.put(STOP)
def stage3():
    while True:
        item = q2.get()
        if item is STOP: break
        out.append(item)
ts = [threading.Thread(target=f, name=f.__name__) for f in (stage3, stage2, stage1)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
print(f"{sum(out):>8,}|{len(out):^5}|{max(out):<6x}|{min(out)!r:>3}")
