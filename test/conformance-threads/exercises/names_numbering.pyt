# test thread name numbering across Timers, executors, plain threads
import threading
from concurrent.futures import ThreadPoolExecutor
def work(): pass
names = []
t = threading.Thread(target=work); names.append(t.name)
tm = threading.Timer(0, work); names.append(tm.name)
t2 = threading.Thread(target=lambda: None); names.append(t2.name)
class Sub(threading.Thread): pass
names.append(Sub().name)
with ThreadPoolExecutor(1) as ex:
    names.append(ex.submit(lambda: threading.current_thread().name).result())
with ThreadPoolExecutor(1) as ex:
    names.append(ex.submit(lambda: threading.current_thread().name).result())
names.append(threading.Thread(target=work, name="custom").name)
names.append(threading.Thread(target=print).name)
import functools
names.append(threading.Thread(target=functools.partial(work)).name)
class C:
    def m(self): pass
names.append(threading.Thread(target=C().m).name)
names.append(threading.Thread(target=len).name)
print(names)
def boom(): raise ValueError("t")
tm = threading.Timer(0, boom); tm.start(); tm.join()
