# test another thread's generator through its methods: send, throw, close, __next__ and __iter__ (the tutorials' threadsafe_iter calls it.__next__() under a lock)
import threading

class threadsafe_iter:
    def __init__(self, it):
        self.it = it
        self.lock = threading.Lock()
    def __iter__(self):
        return self
    def __next__(self):
        with self.lock:
            return self.it.__next__()

def gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield "done"

g = gen()
def use():
    print(next(g))
    print(g.send(5), g.send(7))
    print(g.__next__())
    print(g.__iter__() is g)
    try:
        g.throw(ValueError("stop"))
    except ValueError as e:
        print("raised", e)
    print(g.close())
    try:
        g.send(1)
    except StopIteration:
        print("StopIteration")
t = threading.Thread(target=use); t.start(); t.join()

def count():
    for i in range(500):
        yield i
safe = threadsafe_iter(count())
res = []
lk = threading.Lock()
def w():
    s = sum(safe)
    with lk:
        res.append(s)
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(res))
