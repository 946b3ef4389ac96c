import threading
import time
from threading import Lock, Thread

lock = Lock()
print(lock.acquire())
t0 = time.monotonic()
r = lock.acquire(timeout=0.1)
dt = time.monotonic() - t0
print("timeout:", r, 0.09 <= dt < 0.3)
t0 = time.monotonic()
r = lock.acquire(blocking=False)
dt = time.monotonic() - t0
print("non-blocking:", r, dt < 0.02)
print(lock.locked())
for call in (lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())

# a lock held by a blocked thread keeps the others waiting
held = Lock()
go = Lock()
go.acquire()
def holder():
    with held:
        go.acquire()
h = Thread(target=holder)
h.start()
time.sleep(0.05)
print("held elsewhere:", held.acquire(timeout=0.1))
go.release()
h.join()
print("free again:", held.acquire(timeout=1))

def work(n):
    pass

t = Thread(target=work, args=(1,))
print(t.name.endswith("(work)"), t.is_alive(), t.ident is None, t.daemon)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
print("alive after join:", t.is_alive(), type(t.ident) is int)

def selfjoin():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("RuntimeError:", e)
s = Thread(target=selfjoin, name="joiner")
s.start()
s.join()

class MyThread(Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.result = None
    def run(self):
        self.result = self.value * 2
        print("run in", threading.current_thread() is self, self.name == threading.current_thread().name)

m = MyThread(21)
m.start()
m.join()
print("result:", m.result)

print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), len(threading.enumerate()))
seen = []
def who():
    seen.append((threading.get_ident() == threading.current_thread().ident, threading.current_thread().name, threading.active_count()))
w = Thread(target=who, name="worker", daemon=True)
w.start()
w.join()
print(seen, w.daemon)
print(threading.TIMEOUT_MAX > 1e6, isinstance(threading.get_native_id(), int))

def boom():
    raise ValueError("boom")
b = Thread(target=boom)
b.start()
b.join()
print("main goes on")
