# test MainThread's generator stepped by threads it never joins: at the program's end MainThread waits for them, and steps the generator meanwhile
import atexit
import threading

g = (c for c in "threads")
got = []
lock = threading.Lock()

def w():
    for c in g:
        with lock:
            got.append(c)

atexit.register(lambda: print(sorted(got)))
for _ in range(2):
    threading.Thread(target=w).start()
