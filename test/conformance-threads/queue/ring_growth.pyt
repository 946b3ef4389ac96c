# test queue: an unbounded shared queue holding far more items than its first ring (pyt grows it while
# other threads put and get), a bounded one whose maxsize is raised past its ring, FIFO order kept
import queue
import threading

q = queue.Queue()
def producer(start):
    for i in range(start, 40000, 2):
        q.put(i)
ps = [threading.Thread(target=producer, args=(k,)) for k in range(2)]
for t in ps:
    t.start()
for t in ps:
    t.join()
print(q.qsize(), q.unfinished_tasks, q.full(), q.empty())
evens = []
odds = []
def consumer():
    while True:
        try:
            x = q.get(timeout=0.5)
        except queue.Empty:
            return
        (evens if x % 2 == 0 else odds).append(x)
        q.task_done()
cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in cs:
    t.start()
for t in cs:
    t.join()
q.join()
print(len(evens), len(odds), sorted(evens) == list(range(0, 40000, 2)), q.unfinished_tasks, q.qsize())

# one consumer sees each producer's items in the order they were put
q2 = queue.Queue(maxsize=10)
holder = [q2]
t = threading.Thread(target=lambda: [q2.put(i) for i in range(10)])
t.start()
t.join()
print(q2.full())
q2.maxsize = 5000
t = threading.Thread(target=lambda: [q2.put(i) for i in range(10, 3000)])
t.start()
t.join()
print(q2.qsize(), q2.full(), [q2.get() for _ in range(3000)] == list(range(3000)))
