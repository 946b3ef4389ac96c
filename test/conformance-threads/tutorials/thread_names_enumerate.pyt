# test tutorials: thread names, default numbering with target names, idents, enumerate, active_count
import threading
def worker(n):
    pass
class MyThread(threading.Thread):
    def run(self):
        print("running", self.name)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
print([t.name for t in ts])
t4 = threading.Thread()
print(t4.name)
mt = MyThread()
print(mt.name)
t5 = threading.Thread(target=lambda: None)
print(t5.name)
import functools
t6 = threading.Thread(target=functools.partial(worker, 1))
print(t6.name)
t7 = threading.Thread(target=print)
print(t7.name)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))
print(t4.ident, t4.native_id, t4.is_alive())
ev = threading.Event()
done = threading.Event()
def waiter():
    ev.wait()
w = threading.Thread(target=waiter, name="Waiter")
w.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(type(w.ident).__name__, w.ident == w.native_id or True, isinstance(w.native_id, int))
print(w.ident != threading.get_ident(), threading.get_native_id() == threading.main_thread().native_id)
ev.set(); w.join()
print(threading.active_count(), w.is_alive())
mt.start(); mt.join()
w.name = "renamed"
print(w.name, w.getName() if hasattr(w, "getName") else "")
print(w.daemon, w.isDaemon())
try:
    w.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t4.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.TIMEOUT_MAX > 1000)
