# test another thread's main_thread().join() returns once MainThread's code is done (no deadlock), join(timeout), joining oneself
import threading
phase = threading.Event()
def w():
    m = threading.main_thread()
    m.join(0.05)
    print("worker: after join(0.05), main alive:", m.is_alive())
    m.join(timeout=-1)
    print("worker: after join(-1), main alive:", m.is_alive())
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("worker:", e)
    phase.set()
t = threading.Thread(target=w)
t.start()
phase.wait()
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("main:", e)
t.join()
print("main: done", threading.main_thread().is_alive())
def w2():
    threading.main_thread().join()
    print("worker 2: main joined, alive:", threading.main_thread().is_alive())
threading.Thread(target=w2).start()
print("main: end of code")
