# test signal: a SIGINT handler sets the Event that stops the workers (the tutorial's pattern)
# The tutorial's pattern: a SIGINT handler sets an Event that every worker polls; MainThread waits for
# it, then joins them. Here a thread sends the signal once the workers are going (as Ctrl-C would); as
# in CPython, that signal does not wake MainThread from a wait (Ctrl-C does), so MainThread polls.
import signal
import threading
import time

stop = threading.Event()
started = threading.Barrier(4)
done = []


def handler(signum, frame):
    print("got", signal.Signals(signum).name)
    stop.set()


signal.signal(signal.SIGINT, handler)


def worker(n):
    started.wait()
    rounds = 0
    while not stop.is_set():
        rounds += 1
        time.sleep(0.01)
    done.append(n)


def ctrl_c():
    started.wait()
    time.sleep(0.1)
    signal.raise_signal(signal.SIGINT)


workers = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
threading.Thread(target=ctrl_c).start()
while not stop.wait(0.05):
    pass
print("stopping")
for w in workers:
    w.join()
print("workers stopped:", sorted(done))
