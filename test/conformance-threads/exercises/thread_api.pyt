# test Thread API corners
import threading
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))

ws = [Worker(i * 10) for i in range(4)]
for w in ws:
    print(w.name, w.daemon, w.ident, w.native_id, w.is_alive())
for w in ws: w.start()
for w in ws: w.join()
print([w.result for w in ws])
print(ws[0].is_alive(), ws[0].ident is not None, type(ws[0].native_id))
try:
    ws[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), repr(t).startswith("<Thread(Thread-"), "initial" in repr(t))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
ev = threading.Event()
t2 = threading.Thread(target=ev.wait, name="waiter")
t2.start()
print(repr(t2).split(",")[0], "started" in repr(t2))
try:
    t2.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t2.setDaemon(True)
except RuntimeError as e:
    print("RuntimeError:", e)
t2.join(timeout=0.05)
print(t2.is_alive())
print(sorted(t.name for t in threading.enumerate()))
print(threading.active_count())
ev.set()
t2.join()
print(t2.is_alive(), "stopped" in repr(t2))
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.get_ident() == threading.main_thread().ident)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, d.isDaemon())
d.setDaemon(False)
print(d.daemon)
d.setName("renamed")
print(d.getName())
print(threading.TIMEOUT_MAX > 1000)
t3 = threading.Thread(target=print, args=("a", "b"), kwargs={"sep": "-"})
t3.start(); t3.join()
