# test globals and nonlocal across threads
import threading
total = 0
lock = threading.Lock()
def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1
def make():
    count = 0
    def inc():
        nonlocal count
        for _ in range(100):
            with lock:
                count += 1
    ts = [threading.Thread(target=inc) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    return count
ts = [threading.Thread(target=add, args=(250,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(total, make())
def setg():
    global newname
    newname = "made in thread"
t = threading.Thread(target=setg); t.start(); t.join()
print(newname, "newname" in globals())
