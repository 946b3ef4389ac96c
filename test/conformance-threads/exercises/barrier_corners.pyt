# test Barrier action, timeout, abort, reset, BrokenBarrierError
import threading, re
def norm(s): return re.sub(r"0x[0-9a-f]+", "0x..", s)
b = threading.Barrier(2, timeout=0.05)
print(norm(repr(b)), b.parties, b.n_waiting, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b.broken)
print(norm(repr(b)))
b.reset()
print(b.broken)
def bad_action():
    raise ValueError("action failed")
b2 = threading.Barrier(2, action=bad_action)
errs = []
def w():
    try:
        b2.wait()
    except Exception as e:
        errs.append(type(e).__name__)
ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(errs), b2.broken)
b3 = threading.Barrier(3)
res = []
def w3():
    try:
        res.append(b3.wait())
    except threading.BrokenBarrierError:
        res.append("broken")
ts = [threading.Thread(target=w3) for _ in range(2)]
for t in ts: t.start()
while b3.n_waiting < 2: pass
b3.abort()
for t in ts: t.join()
print(res, b3.broken)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("still broken")
b3.reset()
ts = [threading.Thread(target=w3) for _ in range(3)]
res.clear()
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))
print(threading.BrokenBarrierError.__mro__)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
b4 = threading.Barrier(1)
print(b4.wait(), b4.wait(timeout=1))
b5 = threading.Barrier(2)
r = []
def w5(): 
    try: b5.wait(timeout=0.02)
    except threading.BrokenBarrierError: r.append("timeout-broken")
t = threading.Thread(target=w5); t.start(); t.join()
print(r, b5.broken)
