# test BaseException kinds raised in threads
import threading
class Stop(BaseException): pass
def a(): raise KeyboardInterrupt
def b(): raise Stop("custom base")
def c(): raise SystemExit
def d(): raise GeneratorExit("gen")
def e(): raise StopIteration(5)
def f():
    lock = threading.Lock()
    try:
        with lock:
            raise ValueError("in lock")
    finally:
        print("lock released:", not lock.locked())
for fn in (a, b, c, d, e, f):
    t = threading.Thread(target=fn, name=fn.__name__); t.start(); t.join()
print("done")
def pred_raises():
    cond = threading.Condition()
    with cond:
        cond.wait_for(lambda: 1 / 0, timeout=1)
t = threading.Thread(target=pred_raises, name="pred"); t.start(); t.join()
