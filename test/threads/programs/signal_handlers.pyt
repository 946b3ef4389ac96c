# Signals from outside (test/threads/signal.test.ts sends them once "ready" is printed): each case's
# output is the same whether the signal comes just before its wait or during it.
import signal
import sys
import threading
import time

case = sys.argv[1]
stop = threading.Event()
count = 0


def handler(signum, frame):
    global count
    count += 1
    if case == "pause" and count > 1:
        return  # (the test sends SIGINT until pause() has returned)
    print("got", signal.Signals(signum).name, count, flush=True)
    if case != "twice" or count == 2:
        stop.set()


def angry(signum, frame):
    raise RuntimeError("stop")


def later(f, seconds=1.0):
    def run():
        time.sleep(seconds)
        f()
    t = threading.Thread(target=run)
    t.start()
    return t


start = time.monotonic()
signal.signal(signal.SIGINT, handler)
if case == "event":
    def work():
        while not stop.is_set():
            time.sleep(0.01)
    workers = [threading.Thread(target=work) for _ in range(3)]
    for w in workers:
        w.start()
    print("ready", flush=True)
    stop.wait()
    print("stopping")
    for w in workers:
        w.join()
    print("workers stopped:", not any(w.is_alive() for w in workers))
elif case == "sleep":
    print("ready", flush=True)
    time.sleep(1.0)
    print("slept the whole second:", time.monotonic() - start >= 1.0)
elif case == "join":
    t = later(lambda: None)
    print("ready", flush=True)
    t.join()
    print("joined:", not t.is_alive(), time.monotonic() - start >= 1.0)
elif case == "acquire":
    lock = threading.Lock()
    lock.acquire()
    later(lock.release)
    print("ready", flush=True)
    print("acquired:", lock.acquire(), time.monotonic() - start >= 1.0)
elif case == "wait":
    ev = threading.Event()
    later(ev.set)
    print("ready", flush=True)
    print("waited:", ev.wait(), time.monotonic() - start >= 1.0)
elif case == "wait_timeout":
    ev = threading.Event()
    print("ready", flush=True)
    r = ev.wait(1.0)
    elapsed = time.monotonic() - start
    print("waited:", r, 1.0 <= elapsed < 1.9)
elif case == "pause":
    # (a signal before pause() is handled before it, and pause() then waits for another, in CPython too)
    print("ready", flush=True)
    signal.pause()
    print("pause returned")
elif case == "input":
    print("ready", flush=True)
    print("read:", input())
elif case == "alone":
    # MainThread alone, waiting for its handler: not a deadlock
    print("ready", flush=True)
    stop.wait()
    print("stopped")
elif case == "twice":
    print("ready", flush=True)
    stop.wait()
    print("two handled")
elif case == "raise":
    signal.signal(signal.SIGINT, angry)
    print("ready", flush=True)
    time.sleep(10)
    print("not reached")
elif case == "ignore":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    print("ready", flush=True)
    time.sleep(1.0)
    print("still here")
elif case == "default":
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    print("ready", flush=True)
    time.sleep(10)
    print("not reached")
elif case == "restore":
    print(signal.signal(signal.SIGINT, signal.default_int_handler) is handler)
    print("ready", flush=True)
    time.sleep(10)
    print("not reached")
elif case == "term":
    signal.signal(signal.SIGTERM, handler)
    print("ready", flush=True)
    stop.wait()
    print("stopped by SIGTERM")
elif case in ("at_exit", "at_exit_raise"):
    # The module ends with a worker running: the handler runs in the end's wait for it (threading._shutdown).
    # The worker says "ready" once the module's last statement has run.
    if case == "at_exit_raise":
        signal.signal(signal.SIGINT, angry)

    def work():
        while not module_done:
            time.sleep(0.005)
        print("ready", flush=True)
        while not stop.wait(0.01):
            pass
        print("worker stopped")
    module_done = False
    threading.Thread(target=work).start()  # (the raising case: the end gives up waiting for it)
elif case == "term_default":
    print("ready", flush=True)
    time.sleep(10)
    print("not reached")

module_done = True  # (the last statement)
