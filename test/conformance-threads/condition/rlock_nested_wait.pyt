# test condition: rlock nested wait
import threading
cond = threading.Condition(threading.RLock())
flag = []
def setter():
    with cond:
        flag.append(1)
        cond.notify()
with cond:
    with cond:
        t = threading.Thread(target=setter)
        t.start()
        while not flag:
            cond.wait()
        print("woke with nested lock held", flag)
t.join()
