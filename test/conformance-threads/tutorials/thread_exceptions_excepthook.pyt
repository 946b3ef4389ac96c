# test tutorials: exceptions inside threads: default printing, custom excepthook, SystemExit silent, exc in subclass run
import threading, sys
def bad():
    raise ValueError("bad value")
def exits():
    sys.exit(3)
t = threading.Thread(target=bad); t.start(); t.join()
t = threading.Thread(target=exits, name="Exiter"); t.start(); t.join()
print("after exit thread", t.is_alive())
class Crashy(threading.Thread):
    def run(self):
        x = {}
        return x["missing"]
c = Crashy(); c.start(); c.join()
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=bad, name="H"); t.start(); t.join()
t = threading.Thread(target=exits, name="H2"); t.start(); t.join()
threading.excepthook = old
print(seen)
def hook_raises(args):
    raise RuntimeError("hook failed")
threading.excepthook = hook_raises
t = threading.Thread(target=bad, name="HR"); t.start(); t.join()
threading.excepthook = threading.__excepthook__
def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
t = threading.Thread(target=chained, name="Chain"); t.start(); t.join()
def ctx():
    try:
        1/0
    except ZeroDivisionError:
        int("x")
t = threading.Thread(target=ctx); t.start(); t.join()
print("main done")
