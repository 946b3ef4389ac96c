# test cancel of queued futures, shutdown cancel_futures
from concurrent.futures import ThreadPoolExecutor, CancelledError, Future
import threading, re
def norm(s): return re.sub(r"0x[0-9a-f]+", "0x..", s)
gate = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    gate.wait()
    return "blocked"
ex = ThreadPoolExecutor(max_workers=1)
f0 = ex.submit(blocker)
started.wait()
fs = [ex.submit(pow, 2, i) for i in range(5)]
print(fs[0].cancel(), fs[0].cancelled(), fs[0].done(), norm(repr(fs[0])))
try:
    fs[0].result()
except CancelledError as e:
    print("CancelledError", repr(e))
try:
    fs[0].exception()
except CancelledError as e:
    print("CancelledError from exception()")
print(f0.cancel(), f0.running())
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown(wait=True)
print(f0.result())
print([f.cancelled() for f in fs])
ex2 = ThreadPoolExecutor(max_workers=1)
gate2 = threading.Event()
st2 = threading.Event()
def b2():
    st2.set(); gate2.wait(); return 1
g0 = ex2.submit(b2)
st2.wait()
gs = [ex2.submit(abs, -i) for i in range(3)]
def releaser():
    gate2.set()
ex2.shutdown(wait=False, cancel_futures=True)
print([g.cancelled() for g in gs])
gate2.set()
print(g0.result())
f = Future()
print(norm(repr(f)), f.running(), f.set_running_or_notify_cancel(), f.running(), norm(repr(f)))
f.set_result(5)
print(norm(repr(f)))
try:
    f.set_result(6)
except Exception as e:
    print(type(e).__name__, str(e).split(":")[0])
f = Future()
f.cancel()
print(f.set_running_or_notify_cancel())
f = Future()
f.set_exception(OSError(2, "nope"))
print(norm(repr(f)), repr(f.exception()))
