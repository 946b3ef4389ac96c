# test queue: a program that takes q.mutex (the idiom to clear a queue) or waits on q.not_empty itself
# sees the items put through the fast path: pyt's shared queue leaves its lock-free ring for the mutex
import queue
import threading

q = queue.Queue(maxsize=50)
t = threading.Thread(target=lambda: [q.put(i) for i in range(30)])
t.start()
t.join()
print(q.qsize(), list(q.queue)[:5], q.unfinished_tasks)
with q.mutex:
    n = len(q.queue)
    q.queue.clear()
    q.unfinished_tasks = 0
print(n, q.qsize(), q.empty(), q.unfinished_tasks)

# a thread waiting in q.not_empty.wait() is woken by a put from another thread
got = []
def waiter():
    with q.not_empty:
        while not q._qsize():
            q.not_empty.wait()
        got.append(q._get())
        q.not_full.notify()
w = threading.Thread(target=waiter)
w.start()
p = threading.Thread(target=q.put, args=("hello",))
p.start()
p.join()
w.join()
print(got, q.qsize())

# a fresh shared queue: items put before the program takes the mutex are still there after
q2 = queue.Queue()
holder = [q2]
t = threading.Thread(target=lambda: [q2.put(x) for x in "abc"])
t.start()
t.join()
print(q2.queue, q2.queue[0])
with q2.mutex:
    q2.queue.append("d")
    q2.unfinished_tasks += 1
print(q2.qsize(), q2.unfinished_tasks)
print(q2.get(), q2.get_nowait(), q2.get(timeout=0.5), q2.empty())
try:
    q2.get_nowait()
except queue.Empty:
    print("Empty")
