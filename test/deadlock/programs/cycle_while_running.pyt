import threading
from time import sleep

lock_a = threading.Lock()
lock_b = threading.Lock()

def one():
    with lock_a:
        sleep(0.1)
        with lock_b:
            pass

def two():
    with lock_b:
        sleep(0.1)
        with lock_a:
            pass

threading.Thread(target=one).start()
threading.Thread(target=two).start()
n = 0
while True:
    n += 1
