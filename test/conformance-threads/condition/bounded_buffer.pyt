# test condition: bounded buffer
import threading

class BoundedBuffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.size:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

buf = BoundedBuffer(2)
received = []
def producer():
    for i in range(20):
        buf.put(i)
    buf.put(None)
def consumer():
    while True:
        x = buf.get()
        if x is None:
            break
        received.append(x)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
c.start(); p.start(); p.join(); c.join()
print(received)
