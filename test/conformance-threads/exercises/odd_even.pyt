# test odd/even printing alternated with Condition, Semaphores, Events
import threading
N = 10
cond = threading.Condition()
turn = [1]
def printer(parity):
    for _ in range(N // 2):
        with cond:
            cond.wait_for(lambda: turn[0] % 2 == parity)
            print(threading.current_thread().name, turn[0])
            turn[0] += 1
            cond.notify()
a = threading.Thread(target=printer, args=(1,), name="odd")
b = threading.Thread(target=printer, args=(0,), name="even")
b.start(); a.start(); a.join(); b.join()
s_ping, s_pong = threading.Semaphore(1), threading.Semaphore(0)
def ping():
    for i in range(3):
        s_ping.acquire(); print("ping", i); s_pong.release()
def pong():
    for i in range(3):
        s_pong.acquire(); print("pong", i); s_ping.release()
ts = [threading.Thread(target=pong), threading.Thread(target=ping)]
for t in ts: t.start()
for t in ts: t.join()
e1, e2 = threading.Event(), threading.Event()
def tick():
    for i in range(3):
        e1.wait(); e1.clear(); print("tick", i, flush=True); e2.set()
def tock():
    for i in range(3):
        e2.wait(); e2.clear(); print("tock", i); e1.set() if i < 2 else None
t1, t2 = threading.Thread(target=tick), threading.Thread(target=tock)
t1.start(); t2.start(); e1.set(); t1.join(); t2.join()
