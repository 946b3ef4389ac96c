# Shared objects are never freed (docs/threads.md): a thread that fills the shared heap gets
# MemoryError, as CPython's allocator raises it, and the program goes on. Argument: caught | uncaught.
import sys
import threading

shared = []

def fill():
    try:
        while True:
            shared.append({"i": 1})
    except MemoryError as e:
        print("caught:", type(e).__name__, e)

def fill_uncaught():
    while True:
        shared.append([1])

t = threading.Thread(target=fill if sys.argv[1] == "caught" else fill_uncaught)
t.start()
t.join()
print("main goes on:", len(shared) > 1000)
