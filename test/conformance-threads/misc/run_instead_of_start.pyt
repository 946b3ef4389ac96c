# test calling t.run() by mistake runs the target in the caller's thread; a later start() then fails inside the thread (run() deleted _target), as in CPython, and a second start() is refused
import threading
def work(n):
    print("work", n, threading.current_thread().name)
t = threading.Thread(target=work, args=(1,))
t.run()
print(t.is_alive(), t.ident is None)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
