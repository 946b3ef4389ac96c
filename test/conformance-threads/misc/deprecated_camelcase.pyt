# test the old camelCase threading names work and print CPython's DeprecationWarning once per line
import threading
import time


def worker():
    name = threading.currentThread().getName()
    time.sleep(0.01)
    return name


threads = []
for i in range(3):
    t = threading.Thread(target=worker, name=f"w{i}")
    t.setDaemon(False)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
t = threads[0]
t.setName("renamed")
print(t.getName(), t.isDaemon(), threading.activeCount())
e = threading.Event()
e.set()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print(threading.current_thread().getName())
