# test a shared generator whose steps wait on another queue: MainThread, waiting on its own queue, takes each step the consumer asks for, waiting inside that step for the helper's items
import queue
import threading
import time

results = queue.Queue()
inner = queue.Queue()

def items():
    for _ in range(3):
        yield inner.get()

gen = items()

def helper():
    for i in range(3):
        time.sleep(0.01)
        inner.put(i * 100)

def consumer():
    results.put(list(gen))

h = threading.Thread(target=helper)
c = threading.Thread(target=consumer)
h.start()
c.start()
print(results.get())
c.join()
h.join()
