# test queue: q.put(x) and q.get() run the native put/get without a Python frame, and every fallback
# A call site that finds Queue.put/Queue.get (or SimpleQueue's) on the type with one/no argument runs
# the native code first; everything else takes the Python method: an override of put/get, an override
# of _put/_get (the native code declines), an instance attribute shadowing the method, the function
# called through the class, keyword or extra arguments, a site that sees several queue types.
import queue
import threading

class Logged(queue.Queue):
    def put(self, item, block=True, timeout=None):
        print("put", item)
        super().put(item, block, timeout)

class Doubled(queue.Queue):
    def _get(self):
        return 2 * super()._get()

lq, dq, pq, fq = Logged(), Doubled(), queue.PriorityQueue(), queue.LifoQueue()
sq = queue.SimpleQueue()
for q in (lq, dq, pq, fq, sq):
    for x in (3, 1, 2):
        q.put(x)
print([q.get() for q in (lq, dq, pq, fq, sq)])
print([q.get() for q in (lq, dq, pq, fq, sq)])

q = queue.Queue()
q.put = lambda item: print("shadowed", item)
q.put(5)
del q.put
q.put(6)
queue.Queue.put(q, 7)
q.put(item=8)
q.put(9, True)
print(q.get(), queue.Queue.get(q), q.get(block=True), q.get(True, 1), q.qsize(), q.unfinished_tasks)
try:
    q.get(False)
except queue.Empty:
    print("Empty")

# A blocked q.get() woken by q.put() in another thread, then task_done/join.
q = queue.Queue(maxsize=1)
done = []
def consumer():
    while (x := q.get()) is not None:
        done.append(x)
        q.task_done()
    q.task_done()
t = threading.Thread(target=consumer)
t.start()
for i in range(50):
    q.put(i)
q.put(None)
q.join()
t.join()
print(done == list(range(50)), q.unfinished_tasks, q.empty())
