# test wait FIRST_EXCEPTION and states
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION, ALL_COMPLETED, FIRST_COMPLETED
import threading, re
def norm(s): return re.sub(r"0x[0-9a-f]+", "0x..", s)
gate = threading.Event()
running = threading.Event()
def slow(x):
    running.set()
    gate.wait()
    return x
def fail():
    raise KeyError("k")
ex = ThreadPoolExecutor(max_workers=2)
f1 = ex.submit(slow, 1)
running.wait()
f2 = ex.submit(fail)
done, not_done = wait([f1, f2], return_when=FIRST_EXCEPTION)
print(len(done), len(not_done), f2 in done, f1 in not_done)
print(norm(repr(f1)))
print(norm(repr(f2)))
print(f1.running(), f1.done(), f1.cancelled(), f1.cancel())
gate.set()
done, nd = wait([f1, f2], return_when=ALL_COMPLETED)
print(len(done), len(nd))
print(norm(repr(f1)))
print(f1.cancel(), f1.cancelled())
done, nd = wait([f1], timeout=0)
print(len(done))
try:
    wait([f1], return_when="bogus")
except ValueError as e:
    print("ValueError:", e)
ex.shutdown()
print(norm(repr(ex.submit.__self__)) [:40])
try:
    ex.submit(slow, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
