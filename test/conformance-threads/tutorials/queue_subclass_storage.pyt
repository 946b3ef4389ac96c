# test tutorials: queue.Queue subclasses whose _init keeps the items in self.queue (an OrderedDict for a de-duplicating queue, a deque) and leave _qsize/_put/_get to Queue, used across threads; a max-heap PriorityQueue, an executor counting submits, a Thread with both run() and target
import queue, threading, heapq, collections
from concurrent.futures import ThreadPoolExecutor
class UniqueQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = collections.OrderedDict()
    def _put(self, item):
        self.queue[item] = None
    def _get(self):
        return self.queue.popitem(last=False)[0]
q = UniqueQueue()
for x in [3, 1, 3, 2, 1]:
    q.put(x)
print(q.qsize(), [q.get() for _ in range(q.qsize())])
class MaxQueue(queue.PriorityQueue):
    def _put(self, item):
        heapq.heappush(self.queue, -item)
    def _get(self):
        return -heapq.heappop(self.queue)
mq = MaxQueue()
def prod():
    for x in [5, 1, 9, 3]:
        mq.put(x)
t = threading.Thread(target=prod); t.start(); t.join()
print([mq.get() for _ in range(4)])
class CountingExecutor(ThreadPoolExecutor):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.count = 0
        self.lock = threading.Lock()
    def submit(self, fn, /, *args, **kwargs):
        with self.lock:
            self.count += 1
        return super().submit(fn, *args, **kwargs)
with CountingExecutor(2) as ex:
    print(list(ex.map(lambda x: x * 2, range(5))), ex.count)
class Both(threading.Thread):
    def run(self):
        print("run overrides target:", self._target is not None)
        super().run()
b = Both(target=print, args=("target ran",)); b.start(); b.join()
class Q2(queue.Queue):
    def put(self, item, block=True, timeout=None):
        super().put(item * 10, block, timeout)
q2 = Q2()
threading.Thread(target=q2.put, args=(4,)).start()
print(q2.get())
print(q2.mutex is not None, type(q2.not_empty).__name__)
class Tagged(queue.Queue):
    def _init(self, maxsize):
        self.queue = collections.deque()
        self.seen = 0
    def _put(self, item):
        self.seen += 1
        self.queue.append((self.seen, item))
q = Tagged(maxsize=2)
def prod():
    for w in "abcd":
        q.put(w)
t = threading.Thread(target=prod); t.start()
got = [q.get() for _ in range(4)]
t.join()
print(got, q.qsize(), q.empty(), q.seen)
class OnlyInit(queue.Queue):
    def _init(self, maxsize):
        self.queue = collections.deque([0])
o = OnlyInit()
def p2():
    for i in range(1, 4):
        o.put(i)
t = threading.Thread(target=p2); t.start(); t.join()
print(o.qsize(), [o.get() for _ in range(4)], o.empty())
