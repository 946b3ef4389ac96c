# test local() subclasses with __init__ args
import threading
class MyLocal(threading.local):
    counter = 100
    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        self.initialized_in = threading.current_thread().name
    def bump(self):
        self.value += self.step
        return self.value
loc = MyLocal(5, step=2)
res = {}
def work(name):
    r = [loc.bump() for _ in range(3)]
    res[name] = (r, loc.initialized_in == name, loc.counter)
ts = [threading.Thread(target=work, args=(f"T{i}",), name=f"T{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(res): print(k, res[k])
print(loc.value, loc.initialized_in)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
l2 = threading.local()
l2.x = 1
def chk():
    print(hasattr(l2, "x"))
    try:
        l2.x
    except AttributeError as e:
        print("AttributeError:", e)
t = threading.Thread(target=chk); t.start(); t.join()
print(l2.__dict__)
