# Two locks made on one line: the report tells them apart by the lines that wait for and took them.
import threading, time
a = threading.Lock(); b = threading.Lock()

def f1():
    with a:
        time.sleep(0.1)
        with b:
            pass

def f2():
    with b:
        time.sleep(0.1)
        with a:
            pass

t1 = threading.Thread(target=f1, name="one"); t2 = threading.Thread(target=f2, name="two")
t1.start(); t2.start()
t1.join(); t2.join()
