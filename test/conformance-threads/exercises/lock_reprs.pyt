# test Lock/RLock reprs, locked(), acquire args
import threading, re
def norm(s): return re.sub(r"0x[0-9a-f]+", "0x..", s)
l = threading.Lock()
print(norm(repr(l)), l.locked())
l.acquire()
print(norm(repr(l)), l.locked())
print(l.acquire(blocking=False), l.acquire(timeout=0.01), l.acquire(False), l.acquire(True, 0.01))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout="x")
except TypeError as e:
    print("TypeError:", e)
r = threading.RLock()
print(norm(repr(r)).split(" owner")[0])
r.acquire(); r.acquire()
print(norm(repr(r)).split(" owner")[0])
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
def other():
    print("other acquire:", r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
r.acquire()
t = threading.Thread(target=other); t.start(); t.join()
r.release()
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(type(l).__name__, type(r).__name__)
with l:
    print(l.locked())
print(l.locked())
print(l.acquire(1), l.locked()); l.release()
