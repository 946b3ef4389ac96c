# test lessons: readers writers
import threading
class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
    def acquire_read(self):
        with self.cond:
            self.readers += 1
    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()
    def acquire_write(self):
        self.cond.acquire()
        while self.readers > 0:
            self.cond.wait()
    def release_write(self):
        self.cond.release()
rw = RWLock()
data = {"v": 0}
seen = []
def reader():
    for _ in range(20):
        rw.acquire_read()
        seen.append(data["v"] % 2 == 0)
        rw.release_read()
def writer():
    for _ in range(20):
        rw.acquire_write()
        data["v"] += 1
        data["v"] += 1
        rw.release_write()
ts = [threading.Thread(target=reader) for _ in range(3)] + [threading.Thread(target=writer)]
for t in ts: t.start()
for t in ts: t.join()
print(data["v"], all(seen), len(seen))
