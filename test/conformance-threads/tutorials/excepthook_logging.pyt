# test custom threading.excepthook that logs via logging, then restores default
import threading, logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(threadName)s %(message)s")
def log_hook(args):
    logging.error("uncaught %s in %s: %s", args.exc_type.__name__, args.thread.name, args.exc_value)
threading.excepthook = log_hook
def crash(kind):
    raise {"k": KeyError, "v": ValueError, "t": TypeError}[kind](f"bad {kind}")
for k in "kvt":
    t = threading.Thread(target=crash, args=(k,), name=f"crash-{k}"); t.start(); t.join()
threading.excepthook = sys.__excepthook__ if False else threading.__excepthook__
t = threading.Thread(target=crash, args=("v",), name="default"); t.start(); t.join()
def hook2(args):
    print("ExceptHookArgs fields:", args._fields if hasattr(args, "_fields") else "?", type(args).__name__)
    print(len(args), args[0].__name__, args[3].name)
threading.excepthook = hook2
t = threading.Thread(target=crash, args=("t",)); t.start(); t.join()
