import threading
from time import sleep

lock = threading.Lock()

def holder():
    with lock:
        sleep(1.2)
        print("releasing")

def waiter():
    sleep(0.1)
    with lock:
        print("waiter got it")

a = threading.Thread(target=holder)
b = threading.Thread(target=waiter)
a.start(); b.start()
a.join(); b.join()
print("done")
