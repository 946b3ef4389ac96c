import threading
from time import sleep

threads = {}

def wait_for(other):
    sleep(0.1)
    threads[other].join()

threads["a"] = threading.Thread(target=wait_for, args=("b",), name="A")
threads["b"] = threading.Thread(target=wait_for, args=("a",), name="B")
threads["a"].start()
threads["b"].start()
