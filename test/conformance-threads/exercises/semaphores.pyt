# test Semaphore/BoundedSemaphore errors and reprs
import threading, re
def norm(s): return re.sub(r"0x[0-9a-f]+", "0x..", s)
s = threading.Semaphore(2)
print(norm(repr(s)))
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s._value)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(1)
print(norm(repr(b)))
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
sig = threading.Semaphore(0)
out = []
def worker():
    out.append("work done")
    sig.release()
t = threading.Thread(target=worker); t.start()
sig.acquire()
print(out)
t.join()
with s:
    print("in with", s._value)
