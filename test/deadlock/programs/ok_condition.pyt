import threading
from time import sleep

cond = threading.Condition()
ready = []

def consumer():
    with cond:
        while not ready:
            cond.wait()
        print("got", ready[0])

def producer():
    sleep(1.0)
    with cond:
        ready.append(42)
        cond.notify()

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
c.join(); p.join()
