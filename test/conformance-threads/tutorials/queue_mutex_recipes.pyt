# test tutorials: Stack Overflow's Queue recipes on its locking: join with a timeout over all_tasks_done/unfinished_tasks, clearing under q.mutex, and q.queue's type (a deque)
import queue, threading, time
q = queue.Queue()
def join_with_timeout(q, timeout):
    end = time.monotonic() + timeout
    with q.all_tasks_done:
        while q.unfinished_tasks:
            remaining = end - time.monotonic()
            if remaining <= 0:
                return False
            q.all_tasks_done.wait(remaining)
    return True
for i in range(3):
    q.put(i)
print(join_with_timeout(q, 0.05), q.unfinished_tasks, q.qsize())
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        q.task_done()
t = threading.Thread(target=worker); t.start()
q.put(None)
print(join_with_timeout(q, 5), q.unfinished_tasks)
t.join()
with q.mutex:
    q.queue.clear()
    print(len(q.queue), type(q.queue).__name__)
q.put("x")
print(q.get_nowait(), q.empty())
print(type(q.queue), repr(q.queue))
