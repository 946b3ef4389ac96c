# test queue: q.queue is a live view of the queue's items (CPython's deque): read it, index it, change
# it holding q.mutex, before and after the queue is shared between threads
import queue
import threading

def show(q, label):
    v = q.queue
    print(label, v, len(v), 2 in v, v[0], v[-1], list(v), bool(v))
    with q.mutex:
        q.queue.appendleft(-1)
        q.queue.append(99)
        print(label, q.queue.popleft(), q.queue.pop(), len(q.queue))
        q.queue.remove(2)
        print(label, q.queue, len(q.queue), list(q.queue).count(3), list(q.queue).index(3))
        q.queue.clear()
    print(label, q.queue, q.qsize(), q.empty())
    try:
        q.queue[0]
    except IndexError as e:
        print(label, "IndexError:", e)

q = queue.Queue()
for i in range(5):
    q.put(i)
show(q, "local")
for i in range(3):
    q.put(i * 10)
print(q.get(), q.get(), q.get(), q.qsize())

q2 = queue.Queue()
t = threading.Thread(target=lambda: [q2.put(i) for i in range(5)])
t.start()
t.join()
show(q2, "shared")
t = threading.Thread(target=lambda: [q2.put(i) for i in range(100)])
t.start()
got = [q2.get() for _ in range(100)]
t.join()
print(got == list(range(100)), q2.qsize(), q2.queue)
print(q2.queue == [], q2.queue == q2.queue, q2.queue != [], list(q2.queue) == [])
