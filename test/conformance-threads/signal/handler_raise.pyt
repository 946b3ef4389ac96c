# test signal: raise_signal in MainThread with a handler, a raising handler, SIG_IGN, the default
# raise_signal in MainThread: the handler has run when it returns; a handler's exception comes out of
# raise_signal; the default handler raises KeyboardInterrupt; SIG_IGN ignores.
import signal
import threading

calls = []


def handler(signum, frame):
    calls.append(signum)
    print("handler:", signal.Signals(signum).name, "in", threading.current_thread().name)


old = signal.signal(signal.SIGINT, handler)
print("old is default_int_handler:", old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print("after raise_signal:", calls)
signal.raise_signal(signal.SIGINT)
print("twice:", calls)


def angry(signum, frame):
    raise RuntimeError(f"handler for {signum}")


signal.signal(signal.SIGTERM, angry)
try:
    signal.raise_signal(signal.SIGTERM)
except RuntimeError as e:
    print("from the handler:", e)

signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored")

print(signal.signal(signal.SIGINT, signal.default_int_handler))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

signal.signal(signal.SIGTERM, signal.SIG_DFL)
print(signal.getsignal(signal.SIGTERM), repr(signal.getsignal(signal.SIGTERM)))


def raising_ki(signum, frame):
    print("in the handler, then the default one")
    signal.default_int_handler(signum, frame)


signal.signal(signal.SIGINT, raising_ki)
try:
    for i in range(3):
        signal.raise_signal(signal.SIGINT)
        print("not reached", i)
except KeyboardInterrupt:
    print("loop stopped by the handler")

# An uncaught exception from the handler: traceback through the handler's line
signal.signal(signal.SIGINT, angry)
signal.raise_signal(signal.SIGINT)
