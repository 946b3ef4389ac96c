# test local: subclass init
import threading
class MyData(threading.local):
    def __init__(self, start):
        self.items = [start]
d = MyData(7)
out = []
def worker(i):
    d.items.append(i)
    out.append(list(d.items))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start(); t.join()
print(out, d.items)
