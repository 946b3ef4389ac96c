import sys
import threading
from threading import Lock, Thread
import time

N = 100000
lock = Lock()
counter = 0

class Box:
    def __init__(self):
        self.count = 0

box = Box()
d = {"n": 0}
items = [0]

def inc_global():
    global counter
    for _ in range(N):
        with lock:
            counter += 1

def inc_attr():
    for _ in range(N):
        with lock:
            box.count += 1

def inc_dict():
    for _ in range(N):
        with lock:
            d["n"] += 1

def inc_list():
    for _ in range(N):
        with lock:
            items[0] += 1

for target in [inc_global, inc_attr, inc_dict, inc_list]:
    t0 = time.perf_counter()
    threads = [Thread(target=target) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ms = (time.perf_counter() - t0) * 1000
    print(target.__name__, file=sys.stderr, end=" ")
    print("%.0f ms" % ms, file=sys.stderr)

print(counter, box.count, d["n"], items[0])
