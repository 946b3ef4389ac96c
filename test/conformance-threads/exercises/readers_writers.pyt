# test readers-writers with Condition
import threading
class RWLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
    def acquire_read(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer)
            self._readers += 1
    def release_read(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()
    def acquire_write(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._writer = True
    def release_write(self):
        with self._cond:
            self._writer = False
            self._cond.notify_all()
rw = RWLock()
data = {"v": 0}
seen = []
max_readers = [0]
active = [0]
mlock = threading.Lock()
def reader():
    for _ in range(50):
        rw.acquire_read()
        with mlock:
            active[0] += 1
            max_readers[0] = max(max_readers[0], active[0])
        seen.append(data["v"])
        with mlock:
            active[0] -= 1
        rw.release_read()
def writer():
    for _ in range(50):
        rw.acquire_write()
        v = data["v"]
        data["v"] = v + 1
        rw.release_write()
ts = [threading.Thread(target=reader) for _ in range(3)] + [threading.Thread(target=writer) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(data, len(seen), all(0 <= s <= 100 for s in seen), max_readers[0] >= 1)
