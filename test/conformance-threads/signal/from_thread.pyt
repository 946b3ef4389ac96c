# test signal: signal.signal only in MainThread; raise_signal from a thread runs the handler in MainThread
# signal.signal works in MainThread only; raise_signal from a thread: the handler runs in MainThread, at
# its next check (CPython's signal goes to the raising thread: MainThread's waits are not cut short).
import signal
import threading

got = threading.Event()


def handler(signum, frame):
    print("handler in", threading.current_thread().name, "for", signal.Signals(signum).name)
    got.set()


def try_from_thread():
    try:
        signal.signal(signal.SIGINT, handler)
    except ValueError as e:
        print("ValueError:", e)
    print("getsignal in a thread:", signal.getsignal(signal.SIGINT).__name__)


t = threading.Thread(target=try_from_thread)
t.start()
t.join()

signal.signal(signal.SIGUSR1, handler)
print("getsignal in a thread sees MainThread's handler:", end=" ")
t = threading.Thread(target=lambda: print(signal.getsignal(signal.SIGUSR1) is handler))
t.start()
t.join()

t = threading.Thread(target=signal.raise_signal, args=(signal.SIGUSR1,))
t.start()
t.join()
while not got.is_set():
    pass
print("done")
