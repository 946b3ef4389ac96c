# test tutorials: timeouts returning False or None across primitives
import threading, queue
l = threading.Lock(); l.acquire()
print(l.acquire(timeout=0.01), l.acquire(False), l.acquire(blocking=False))
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
e = threading.Event()
print(e.wait(0.01), e.is_set(), e.isSet())
c = threading.Condition()
with c:
    print(c.wait(0.01))
    print(c.wait_for(lambda: False, timeout=0.01))
    print(c.wait_for(lambda: 7, timeout=0.01))
try:
    c.wait()
except RuntimeError as ex:
    print("RuntimeError:", ex)
try:
    c.notify()
except RuntimeError as ex:
    print("RuntimeError:", ex)
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as ex:
    print("ValueError:", ex)
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as ex:
    print("ValueError:", ex)
q = queue.Queue(1)
q.put(1)
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print("Full", repr(queue.Full()))
try:
    q.put_nowait(2)
except queue.Full as ex:
    print("Full2", type(ex).__mro__)
q.get()
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=-1)
except ValueError as ex:
    print("ValueError:", ex)
t = threading.Thread(target=e.wait)
t.start()
t.join(0.01)
print(t.is_alive())
e.set(); t.join()
print(t.is_alive())
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError as ex:
    print("BrokenBarrierError", repr(ex), b.broken)
b.reset(); print(b.broken, b.n_waiting, b.parties)
