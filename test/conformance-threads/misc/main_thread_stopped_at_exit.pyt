# test main_thread().is_alive() turns False once MainThread's code is done: a worker polling it stops (CPython's threading._shutdown stops the main thread before joining)
import threading, time
def worker():
    while threading.main_thread().is_alive():
        time.sleep(0.01)
    m = threading.main_thread()
    print("worker: main is_alive", m.is_alive(), "| repr:", repr(m).split("(")[0], "stopped" in repr(m))
t = threading.Thread(target=worker)
t.start()
time.sleep(0.05)
print("main: is_alive", threading.main_thread().is_alive(), threading.current_thread() is threading.main_thread())
print("main: done")
