# test multiprocessing.dummy: a JoinableQueue consumed by Process workers, task_done and join
from multiprocessing.dummy import Process, JoinableQueue, Queue, Lock
import queue

tasks = JoinableQueue()
results = Queue()


def consumer():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put(item * 10)
        tasks.task_done()


workers = [Process(target=consumer) for _ in range(3)]
for w in workers:
    w.daemon = True
    w.start()
for i in range(10):
    tasks.put(i)
for _ in workers:
    tasks.put(None)
tasks.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out), JoinableQueue is Queue, Queue is queue.Queue)
