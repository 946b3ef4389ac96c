# test tutorials: beginner mistakes: positional target as group, missing super().__init__, repr of subclasses
import threading, re
def m(x):
    return re.sub(r'0x[0-9a-fA-F]+', '0x?', re.sub(r'(started |stopped |daemon )\d+', r'\1N', repr(x)))
def work(n=0):
    print("work", n)
try:
    threading.Thread(work)
except AssertionError as e:
    print("AssertionError:", e)
class NoInit(threading.Thread):
    def __init__(self, n):
        self.n = n
    def run(self):
        print("n", self.n)
t = NoInit(3)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(t.name)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(t))
except Exception as e:
    print(type(e).__name__, e)
class Good(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"Good-{n}")
        self.n = n
    def run(self):
        print("good", self.n, self.name)
g = Good(1)
print(m(g))
g.start(); g.join()
print(m(g))
t = threading.Thread(target=work, args=5)
t.start(); t.join()
t = threading.Thread(target=work, kwargs={"n": 7}); t.start(); t.join()
t = threading.Thread(target=work(9)); t.start(); t.join()
print(threading.Lock, type(threading.Lock()), type(threading.RLock()).__name__)
try:
    isinstance(threading.Lock(), threading.Lock)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(threading.Event(), threading.Event), type(threading.Condition()).__name__)
print(m(threading.RLock))
print(threading.Thread.__mro__)
t = threading.Thread(target=None); t.start(); t.join(); t.run()
print("run direct:"); Good(2).run()
