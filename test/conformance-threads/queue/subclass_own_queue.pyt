# test queue: a subclass that keeps its items in self.queue (as CPython's LifoQueue does), used from
# several threads; and one that overrides _put and _get only, over queue.py's storage
import queue
import threading

class Stack(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.append(item)
    def _get(self):
        return self.queue.pop()

s = Stack(maxsize=3)
for i in range(3):
    s.put(i)
print(s.full(), s.queue, s.qsize())
out = []
t = threading.Thread(target=lambda: [(out.append(s.get()), s.task_done()) for _ in range(3)])
t.start()
t.join()
print(out, s.queue, s.empty())

got = []
def consumer():
    for _ in range(20):
        got.append(s.get())
        s.task_done()
c = threading.Thread(target=consumer)
c.start()
for i in range(20):
    s.put(i)
s.join()
c.join()
print(sorted(got) == list(range(20)), s.unfinished_tasks, s.queue)
