# test timeouts and argument errors
import threading, time, queue
ev = threading.Event()
print(ev.wait(-1), ev.wait(0))
t = threading.Thread(target=ev.wait); t.start()
t.join(-1); print(t.is_alive())
t.join(0); print(t.is_alive())
ev.set(); t.join()
l = threading.Lock()
print(l.acquire(timeout=0), l.acquire(timeout=0))
l.release()
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
try:
    time.sleep(None)
except TypeError as e:
    print("TypeError:", e)
q = queue.Queue(1)
q.put(1, block=False, timeout=5)
try:
    q.put(2, True, -1)
except ValueError as e:
    print("ValueError:", e)
print(q.get(timeout=0))
try:
    q.get(True, 0)
except queue.Empty:
    print("Empty")
s = threading.Semaphore(0)
print(s.acquire(timeout=0), s.acquire(timeout=-5) if False else "skip")
c = threading.Condition()
with c:
    print(c.wait(timeout=0), c.wait(-1))
b = threading.Barrier(1)
print(b.wait(-1))
try:
    threading.Event().wait("x")
except TypeError as e:
    print("TypeError:", e)
