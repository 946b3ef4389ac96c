# test excepthook: custom hook
import threading
def hook(args):
    print("caught:", args.exc_type.__name__, args.exc_value, "in", args.thread.name)
threading.excepthook = hook
def bad():
    raise ValueError("bad value")
t = threading.Thread(target=bad, name="Worker-1")
t.start(); t.join()
print("main continues")
