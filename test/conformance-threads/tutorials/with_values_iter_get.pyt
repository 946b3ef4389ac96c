# test tutorials: with-statement values of primitives, iter(q.get, None), executor.map's type
import threading, queue, re
from concurrent.futures import ThreadPoolExecutor
for prim in [threading.Lock(), threading.RLock(), threading.Condition(), threading.Semaphore(), threading.BoundedSemaphore()]:
    with prim as v:
        print(type(prim).__name__, v)
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
t = threading.Thread(target=producer); t.start()
print([x for x in iter(q.get, None)])
t.join()
with ThreadPoolExecutor(2) as ex:
    r = ex.map(abs, [-1, -2])
    print(type(r).__name__, re.sub(r'0x[0-9a-f]+', '0x?', repr(r)))
    print(list(r), list(r))
    f = ex.submit(print, "printed in pool")
    print(f.result())
print(threading.Thread(target=print).join is not None)
ev = threading.Event()
threading.Timer(0.01, ev.set).start()
print(ev.wait(), ev.wait(0))
c = threading.Condition()
def notifier():
    with c:
        c.notify()
with c:
    threading.Thread(target=notifier).start()
    print("wait ->", c.wait(5))
try:
    with ThreadPoolExecutor(2) as ex:
        f = ex.submit(lambda: 5)
        raise RuntimeError("in with body")
except RuntimeError as e:
    print("caught", e, f.result())
