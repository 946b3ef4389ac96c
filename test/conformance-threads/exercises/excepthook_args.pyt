# test threading.excepthook replacement and args fields
import threading, sys
got = []
def hook(args):
    got.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None, args.thread.name))
    print(type(args).__name__, len(args) if hasattr(args, "__len__") else None)
threading.excepthook = hook
def f(): raise ValueError("oops")
t = threading.Thread(target=f, name="bad"); t.start(); t.join()
print(got)
def g(): sys.exit(3)
t = threading.Thread(target=g); t.start(); t.join()
print(len(got))
threading.excepthook = threading.__excepthook__
def h(): raise KeyError("missing")
t = threading.Thread(target=h, name="named"); t.start(); t.join()
class T(threading.Thread):
    def run(self):
        1 / 0
t = T(); t.start(); t.join()
def hook2(args):
    print("hook2:", args.exc_type, args.exc_value, args.thread.name)
threading.excepthook = hook2
t = threading.Thread(target=h, name="X"); t.start(); t.join()
def hook3(args):
    raise RuntimeError("hook broke")
threading.excepthook = hook3
t = threading.Thread(target=h, name="Y"); t.start(); t.join()
print("end")
