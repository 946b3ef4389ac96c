# test queue: 6 producers and 3 consumers on a bounded shared queue, with task_done and join: every
# item arrives once, join returns when all are done, and task_done once too many raises
import queue
import threading

q = queue.Queue(maxsize=7)
seen = [[], [], []]
def producer(k):
    for i in range(k, 3000, 6):
        q.put(i)
def consumer(k):
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            return
        seen[k].append(x)
        q.task_done()
cs = [threading.Thread(target=consumer, args=(k,)) for k in range(3)]
ps = [threading.Thread(target=producer, args=(k,)) for k in range(6)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
q.join()
print("joined", q.unfinished_tasks, q.qsize())
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
q.join()
allx = sorted(seen[0] + seen[1] + seen[2])
print(allx == list(range(3000)), q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# join from several threads at once
q3 = queue.Queue()
for i in range(10):
    q3.put(i)
done = []
js = [threading.Thread(target=lambda: (q3.join(), done.append(1))) for _ in range(3)]
for t in js:
    t.start()
def worker():
    while True:
        try:
            q3.get_nowait()
        except queue.Empty:
            return
        q3.task_done()
w = threading.Thread(target=worker)
w.start()
w.join()
for t in js:
    t.join()
print(len(done), q3.unfinished_tasks)
