# test lessons: semaphore pool names
import threading
pool = threading.BoundedSemaphore(2)
names = []
lock = threading.Lock()
def use(i):
    with pool:
        with lock:
            names.append(threading.current_thread().name)
ts = [threading.Thread(target=use, args=(i,), name=f"user{i}") for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(names))
