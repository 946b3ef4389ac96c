# test lessons: countdown latch
import threading
class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self.cond = threading.Condition()
    def count_down(self):
        with self.cond:
            self.count -= 1
            if self.count <= 0:
                self.cond.notify_all()
    def wait(self):
        with self.cond:
            self.cond.wait_for(lambda: self.count <= 0)
latch = CountDownLatch(3)
def worker(i):
    latch.count_down()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
latch.wait()
print("latch released, count =", latch.count)
for t in ts: t.join()
