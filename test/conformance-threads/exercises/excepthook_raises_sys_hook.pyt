# test a threading.excepthook that raises: its exception goes to sys.excepthook (a replaced one too)
import sys
import threading


def task():
    raise ValueError("task failed")


def broken_hook(args):
    raise RuntimeError(f"hook could not report {args.exc_type.__name__}")


def my_sys_hook(exc_type, exc, tb):
    print(f"sys.excepthook: {exc_type.__name__}: {exc} (context shown: {not exc.__suppress_context__})")


def run(name):
    t = threading.Thread(target=task, name=name)
    t.start()
    t.join()


sys.excepthook = my_sys_hook
run("default-hooks")  # threading's default hook prints; sys.excepthook is not involved
threading.excepthook = broken_hook
run("broken-hook")  # the hook's RuntimeError reaches my_sys_hook
sys.excepthook = sys.__excepthook__
run("broken-hook-default-sys")  # printed as a traceback
threading.excepthook = threading.__excepthook__
print("done")
