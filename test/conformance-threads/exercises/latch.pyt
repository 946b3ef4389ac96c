# test countdown latch built from Condition
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
    def wait(self, timeout=None):
        with self.cond:
            return self.cond.wait_for(lambda: self.count <= 0, timeout)
latch = CountDownLatch(3)
results = []
def worker(i):
    results.append(i * i)
    latch.count_down()
waiters_out = []
def waiter(n):
    latch.wait()
    waiters_out.append((n, sorted(results)))
ws = [threading.Thread(target=waiter, args=(n,)) for n in range(2)]
for w in ws: w.start()
print(CountDownLatch(1).wait(0.01))
for i in range(3): threading.Thread(target=worker, args=(i,)).start()
print(latch.wait(5))
for w in ws: w.join()
print(sorted(waiters_out))
