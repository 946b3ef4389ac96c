# test queue: maxsize 1 and 0, put/get timeouts and nowait, Full/Empty and the negative timeout check,
# on a queue shared between threads (pyt: its ring)
import queue
import threading
import time

t = threading.Thread(target=lambda: None)
t.start()
t.join()
q = queue.Queue(maxsize=1)
holder = [q]
q.put("a")
print(q.full(), q.qsize(), q.empty())
try:
    q.put("b", timeout=0.05)
except queue.Full:
    print("Full after timeout")
try:
    q.put_nowait("b")
except queue.Full:
    print("Full nowait")
try:
    q.put("b", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q.get(), q.empty())
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# a put blocked on a full queue of 1 goes on once another thread gets
order = []
def slow_get():
    time.sleep(0.1)
    order.append(("got", q.get()))
q.put(1)
g = threading.Thread(target=slow_get)
g.start()
q.put(2, timeout=5)
order.append("put 2 done")
g.join()
print(sorted(map(str, order)), q.get(), q.qsize())

# a get waiting with a timeout is woken by a put
def late_put():
    time.sleep(0.1)
    q.put("late")
p = threading.Thread(target=late_put)
p.start()
print(q.get(timeout=5))
p.join()

# unbounded (maxsize 0): never full, a negative timeout is not checked by put (as CPython)
u = queue.Queue()
holder.append(u)
for i in range(5000):
    u.put(i, timeout=-1)
print(u.qsize(), u.full(), sum(u.get() for _ in range(5000)), u.unfinished_tasks)
