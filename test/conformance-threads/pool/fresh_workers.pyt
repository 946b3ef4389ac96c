# test pool: threads on workers that were not prewarmed
# More threads alive at once than the pool was warmed for: the later ones run on workers started on
# demand, which make threading's code themselves when the thread arrives (Event and Condition
# methods, current_thread, a Thread subclass's run), while the first ones ran on workers that compiled
# it while idle.
import threading

ready = threading.Event()
cond = threading.Condition()
order = []
names = []
lock = threading.Lock()

def worker(i):
    ready.wait()
    with cond:
        order.append(i)
        cond.notify_all()
    with lock:
        name = threading.current_thread().name
    names.append(name)

class Worker(threading.Thread):
    def run(self):
        worker(self.i)

threads = []
for i in range(8):
    if i % 2:
        t = threading.Thread(target=worker, args=(i,), name=f"w{i}")
    else:
        t = Worker(name=f"w{i}")
        t.i = i
    t.start()
    threads.append(t)
print(threading.active_count() >= 1, all(t.is_alive() for t in threads))
ready.set()
with cond:
    cond.wait_for(lambda: len(order) == 8)
for t in threads:
    t.join()
print(sorted(order), sorted(names))
print([t.is_alive() for t in threads])
print(repr(threads[0]).split(",")[0])
