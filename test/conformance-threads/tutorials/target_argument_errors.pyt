# test tutorials: wrong target arguments: errors raised inside threading's run
import threading
def worker(n):
    print("worker", n)
def run(**kw):
    t = threading.Thread(**kw); t.start(); t.join()
run(target=worker, args=(1, 2))
run(target=worker)
run(target=worker, args=1)
run(target=worker, args="ab")
run(target=worker, kwargs={"m": 1})
run(target=worker, args=(1,), kwargs={"n": 2})
run(target=5)
run(target=worker, args=[3])
class Ev(threading.Event):
    def set(self):
        print("setting")
        super().set()
e = Ev()
t = threading.Thread(target=e.set); t.start(); t.join()
print(e.is_set())
class Sem(threading.Semaphore):
    def acquire(self, *a, **k):
        print("acq")
        return super().acquire(*a, **k)
s = Sem(1)
with s:
    print("inside")
class MyThread(threading.Thread):
    pass
import re
m = MyThread(target=worker, args=(9,))
print(re.sub(r"\d{3,}", "N", repr(m)))
m.start(); m.join()
print(re.sub(r"\d{3,}", "N", repr(m)))
def selfjoin():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("RuntimeError:", e)
run(target=selfjoin)
