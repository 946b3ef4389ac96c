# test Timer args/kwargs/cancel
import threading
out = []
def cb(a, b, *, c):
    out.append((a, b, c, threading.current_thread().name))
t = threading.Timer(0.01, cb, args=(1, 2), kwargs={"c": 3})
print(type(t).__name__, t.interval, t.args, t.kwargs)
t.start(); t.join()
print(out[0][:3], out[0][3].startswith("Thread-"))
t2 = threading.Timer(10, cb, (1, 2), {"c": 4})
t2.start(); t2.cancel(); t2.join()
print(len(out), t2.finished.is_set())
t3 = threading.Timer(0.01, cb)
t3.start(); t3.join()
print("done")
