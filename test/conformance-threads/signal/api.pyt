# test signal: the API (constants, reprs, handlers set and restored, raise_signal, errors)
import signal
import threading
print(repr(signal.SIGINT), signal.SIGINT == 2, signal.Signals(2).name, signal.Signals.SIGIOT, repr(signal.SIGIOT))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.Handlers, signal.NSIG, repr(signal.default_int_handler))
print(signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
def h(signum, frame):
    print("got", signal.Signals(signum).name)
print(signal.signal(signal.SIGINT, h))
print(signal.getsignal(signal.SIGINT) is h)
signal.raise_signal(signal.SIGINT)
print("after")
print(repr(signal.signal(signal.SIGINT, signal.default_int_handler)) == repr(h))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KI")
print(repr(signal.signal(signal.SIGTERM, signal.SIG_IGN)))
signal.raise_signal(signal.SIGTERM)
print(repr(signal.signal(signal.SIGTERM, signal.SIG_DFL)))
print(signal.strsignal(2), signal.strsignal(40), signal.strsignal(32))
print(sorted(signal.valid_signals())[:3], len(signal.valid_signals()))
for f in [lambda: signal.signal(0, print), lambda: signal.signal(65, print), lambda: signal.signal(9, print), lambda: signal.signal(2, 5), lambda: signal.getsignal(99), lambda: signal.strsignal(99), lambda: signal.raise_signal(99), lambda: signal.Signals(99), lambda: signal.signal('a', print), lambda: signal.default_int_handler(), lambda: signal.signal(signal.SIGINT, None), lambda: signal.raise_signal('x'), lambda: signal.signal(2), lambda: signal.pause(1), lambda: signal.raise_signal(0), lambda: signal.signal(signal.SIGINT, True)]:
  try: print(repr(f()))
  except BaseException as e: print(type(e).__name__, e)
def t():
    try: signal.signal(signal.SIGINT, h)
    except ValueError as e: print("thread:", e)
    print(signal.getsignal(signal.SIGTERM))
th = threading.Thread(target=t); th.start(); th.join()
print(signal.SIGTERM.name, int(signal.SIGTERM), str(signal.SIGINT), f"{signal.SIGINT!r}", signal.Signals["SIGUSR1"])
print(signal.SIGINT in signal.Signals, isinstance(signal.SIGINT, int), signal.SIGINT + 1)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.default_int_handler.__name__)
