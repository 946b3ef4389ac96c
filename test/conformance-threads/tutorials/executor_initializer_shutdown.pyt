# test tutorials: ThreadPoolExecutor: thread_name_prefix, initializer, shutdown, submit after shutdown, map timeout, chunksize
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError, wait, FIRST_COMPLETED, CancelledError
import concurrent.futures as cf
import threading, time
names = set()
lk = threading.Lock()
def init(tag):
    threading.current_thread().tag = tag
def job(x):
    with lk:
        names.add(threading.current_thread().name.rsplit("_", 1)[0])
    return x * 10, threading.current_thread().tag
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="Pool", initializer=init, initargs=("T",)) as ex:
    print(list(ex.map(job, range(4), chunksize=2)))
print(names)
ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(job, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
def bad_init():
    raise ValueError("init failed")
ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(job, 1)
try:
    f.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()
gate = threading.Event()
def slow(x):
    gate.wait()
    return x
with ThreadPoolExecutor(1) as ex:
    fs = [ex.submit(slow, i) for i in range(3)]
    try:
        for f in as_completed(fs, timeout=0.02):
            print("got", f.result())
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e) is cf.TimeoutError)
    print(fs[2].cancel(), fs[2].cancelled())
    try:
        fs[2].result()
    except CancelledError as e:
        print("CancelledError", repr(e))
    try:
        fs[0].result(timeout=0.01)
    except TimeoutError as e:
        print("result timeout", repr(e))
    done, nd = wait(fs, timeout=0.01)
    print(len(done), len(nd))
    gate.set()
    done, nd = wait(fs[:2], return_when=FIRST_COMPLETED)
    print(len(done) >= 1)
    print([f.result() for f in fs[:2]])
print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
