# test tutorials: Condition: notify, notify_all, wait_for, ordered handoff between threads
import threading
cond = threading.Condition()
items = []
log = []
def consumer(name):
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        log.append((name, items.pop(0)))
        cond.notify_all()
ts = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for t in ts: t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
        cond.wait_for(lambda: not items)
for t in ts: t.join()
print(sorted(v for _, v in log), len(log))
turn = [0]
out = []
c2 = threading.Condition(threading.Lock())
def pinger(me, n):
    for _ in range(n):
        with c2:
            while turn[0] != me:
                c2.wait()
            out.append("ping" if me == 0 else "pong")
            turn[0] = 1 - me
            c2.notify_all()
a = threading.Thread(target=pinger, args=(0, 4)); b = threading.Thread(target=pinger, args=(1, 4))
a.start(); b.start(); a.join(); b.join()
print(" ".join(out))
c3 = threading.Condition()
print(c3.acquire(), c3.acquire(False), c3._is_owned() if hasattr(c3, "_is_owned") else "")
c3.release(); c3.release()
with c3:
    c3.notify(5); c3.notify_all(); c3.notifyAll()
print("ok")
