# test queue: maxsize and unfinished_tasks rebound by the program between native puts and gets
# The native put/get keep a handle on each counter's slot in the shared instance dict; a program that
# stores into the attribute (an int, a big int, a float) must be seen at the next call, before and
# after the queue is shared, and the head index must stay right across compactions of the storage.
import queue
import threading

def run(q, label):
    for i in range(100):
        q.put(i)
    print(label, [q.get() for _ in range(70)][-3:], q.qsize(), list(q.queue)[:3])
    q.maxsize = 40
    print(label, q.full(), q.qsize())
    q.maxsize = 0
    q.unfinished_tasks = 5
    q.put("x")
    print(label, q.unfinished_tasks, q.get(), q.get())
    q.unfinished_tasks = 2 ** 40
    q.put("y")
    print(label, q.unfinished_tasks)
    q.unfinished_tasks = 0
    while q.qsize() > 2:
        q.get()
    q.maxsize = 3.5
    q.put("z")
    print(label, q.qsize(), q.full(), q.maxsize, list(q.queue))
    q.maxsize = 0
    while not q.empty():
        q.get()
    print(label, q.qsize(), list(q.queue), q.unfinished_tasks)

run(queue.Queue(), "local")
q = queue.Queue()
t = threading.Thread(target=lambda: None)
t.start()
t.join()
holder = [q]  # reachable from the shared world once threads have run
run(q, "shared")
t = threading.Thread(target=run, args=(q, "thread"))
t.start()
t.join()
