# test atexit callbacks run after non-daemon threads (a Timer main never joins) end, not daemon ones
import atexit
import threading

done = []
stuck = threading.Event()


def worker(n):
    atexit.register(print, "registered by worker", n)
    done.append(n)


def report():
    print("atexit: timer fired?", fired)
    print("atexit: workers done", sorted(done))
    print("atexit: daemon alive", d.is_alive())
    print("atexit: threads", sorted(t.name for t in threading.enumerate()))


fired = False


def fire():
    global fired
    fired = True
    print("timer fired")


atexit.register(report)
d = threading.Thread(target=stuck.wait, name="stuck", daemon=True)
d.start()
for i in range(3):
    w = threading.Thread(target=worker, args=(i,), name="w%d" % i)
    w.start()
    w.join()
t = threading.Timer(0.2, fire)
t.name = "timer"
t.start()
print("main done")
