# test tutorials: Barrier: action, wait index, abort, broken barrier in threads, reset
import threading
order = []
lock = threading.Lock()
def action():
    order.append("action")
b = threading.Barrier(3, action=action)
idx = []
def runner(i):
    r = b.wait()
    with lock:
        idx.append(r)
ts = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(order, sorted(idx), b.n_waiting, b.broken)
b2 = threading.Barrier(3)
errs = []
def w2():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errs.append(type(e).__name__)
t1 = threading.Thread(target=w2); t2 = threading.Thread(target=w2)
t1.start(); t2.start()
while b2.n_waiting < 2:
    pass
b2.abort()
t1.join(); t2.join()
print(errs, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print(b2.broken)
def bad_action():
    raise ValueError("action failed")
b3 = threading.Barrier(1, action=bad_action)
try:
    b3.wait()
except ValueError as e:
    print("ValueError", e, b3.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b4 = threading.Barrier(2, timeout=5)
def w4():
    try:
        b4.wait(timeout=0.02)
    except threading.BrokenBarrierError:
        print("timed out, broken:", b4.broken)
t = threading.Thread(target=w4); t.start(); t.join()
