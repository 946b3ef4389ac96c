# test the hook's argument type is _ExceptHookArgs, and a hook that raises is reported without the thread's exception as context
import threading
def hook(args):
    print(type(args).__name__, threading.ExceptHookArgs.__name__, args.exc_type.__name__, args.thread.name)
threading.excepthook = hook
def bad():
    raise ValueError("oops")
t = threading.Thread(target=bad, name="Bad"); t.start(); t.join()
def failing_hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = failing_hook
t = threading.Thread(target=bad, name="Bad2"); t.start(); t.join()
print("end")
