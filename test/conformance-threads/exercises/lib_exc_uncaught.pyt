# test uncaught library exceptions in threads: tracebacks
import threading, queue
from concurrent.futures import ThreadPoolExecutor, Future
def a(): queue.Queue().get(timeout=0.01)
def b(): queue.Queue(1).put_nowait(1) or None; q = queue.Queue(1); q.put(1); q.put(2, timeout=0.01)
def c(): threading.Barrier(2, timeout=0.01).wait()
def d():
    f = Future(); f.cancel(); f.result()
def e(): threading.Lock().release()
def f(): threading.BoundedSemaphore(1).release()
def g():
    with ThreadPoolExecutor(1) as ex:
        ex.submit(int, "x").result()
def h(): Future().result(timeout=0.01)
def i(): threading.Condition().notify()
def j(): queue.Queue().task_done()
for fn in (a, b, c, d, e, f, g, h, i, j):
    t = threading.Thread(target=fn, name=fn.__name__); t.start(); t.join()
