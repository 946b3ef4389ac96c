# test tutorials: synchronization classes from tutorials built on Condition: a readers-writer lock, a countdown latch (wait_for with and without timeout), a bounded buffer with wait_for
import threading
class ReadWriteLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
    def acquire_read(self):
        with self._cond:
            self._readers += 1
    def release_read(self):
        with self._cond:
            self._readers -= 1
            if not self._readers:
                self._cond.notify_all()
    def acquire_write(self):
        self._cond.acquire()
        self._cond.wait_for(lambda: self._readers == 0)
    def release_write(self):
        self._cond.release()
class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self.cond = threading.Condition()
    def count_down(self):
        with self.cond:
            self.count -= 1
            if self.count <= 0:
                self.cond.notify_all()
    def wait(self, timeout=None):
        with self.cond:
            return self.cond.wait_for(lambda: self.count <= 0, timeout)
class BoundedBuffer:
    def __init__(self, size):
        self.items, self.size = [], size
        self.cond = threading.Condition()
    def put(self, x):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(x)
            self.cond.notify_all()
    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.cond.notify_all()
            return x
rw = ReadWriteLock()
data = {"v": 0}
latch = CountDownLatch(5)
seen = []
sl = threading.Lock()
def reader(i):
    rw.acquire_read()
    try:
        with sl:
            seen.append(data["v"] >= 0)
    finally:
        rw.release_read()
    latch.count_down()
def writer():
    for _ in range(100):
        rw.acquire_write()
        try:
            data["v"] += 1
        finally:
            rw.release_write()
ts = [threading.Thread(target=reader, args=(i,)) for i in range(5)] + [threading.Thread(target=writer) for _ in range(2)]
for t in ts: t.start()
print("latch", latch.wait(10), latch.count)
for t in ts: t.join()
print(data, all(seen), len(seen))
print(CountDownLatch(1).wait(0.01))
buf = BoundedBuffer(2)
out = []
def prod():
    for i in range(10):
        buf.put(i)
    buf.put(None)
def cons():
    while (x := buf.get()) is not None:
        out.append(x)
p = threading.Thread(target=prod); c = threading.Thread(target=cons)
p.start(); c.start(); p.join(); c.join()
print(out, buf.items)
