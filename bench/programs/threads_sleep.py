# 100 threads alive at once, each sleeping 1 s: wall time and peak memory.
from threading import Thread
from time import sleep

def nap():
    sleep(1)

threads = [Thread(target=nap) for _ in range(100)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(threads), "threads slept")
