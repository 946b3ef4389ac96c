import threading

lock = threading.Lock()

def w():
    with lock:
        print("worker")

with lock:
    t = threading.Thread(target=w)
    t.start()
    name = input()
    # Printed before the release: after it, the worker may print first (real threads; CPython's GIL
    # only makes that unlikely).
    print("hello", name)
t.join()
