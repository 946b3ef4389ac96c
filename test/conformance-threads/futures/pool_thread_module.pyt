# test futures: the pool's worker loop and map jobs live in concurrent.futures.thread, SimpleQueue in _queue
# A pool thread compiles only those small modules for a map; this exercises what makes it load more:
# a submitted work item (its Future and _WorkItem), an initializer (the executor is passed to the
# thread), a failing fn in a map, and the names both modules export.
import queue
import _queue
import threading
import concurrent.futures
import concurrent.futures.thread as cft
from concurrent.futures import ThreadPoolExecutor

print(queue.Empty is _queue.Empty, queue.SimpleQueue is _queue.SimpleQueue)
print(queue.Empty.__module__, queue.SimpleQueue.__module__, queue.Full.__module__)
print(cft.ThreadPoolExecutor is ThreadPoolExecutor, concurrent.futures.thread is cft)
print(cft.BrokenThreadPool.__mro__[1].__name__)

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="sq") as ex:
    print(sum(ex.map(square, range(200))))
    f = ex.submit(square, 12)
    print(f.result(), f.done())
    print(sorted(ex.map(lambda x: threading.current_thread().name.startswith("sq_"), range(20)))[0])

seen = []
def init(tag):
    seen.append(tag)

with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("ok",)) as ex:
    print(list(ex.map(abs, [-3, -2, -1])), ex.submit(max, 4, 9).result())
print(seen[:1])

def fail(x):
    if x == 3:
        raise KeyError(x)
    return x

with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(fail, range(6))
    got = []
    try:
        for v in it:
            got.append(v)
    except KeyError as e:
        print("KeyError", e, got)

q = queue.SimpleQueue()
for i in range(3):
    q.put(i)
print([q.get() for _ in range(3)], q.empty())
try:
    q.get(timeout=0.01)
except _queue.Empty:
    print("empty")
