import threading

lock = threading.Lock()
total = 0

def compute():
    global total
    with lock:
        s = 0
        for i in range(3_000_000):
            s += i % 7
        total = s
        print("computed")

def wait_for_it():
    with lock:
        print("total", total)

a = threading.Thread(target=compute)
a.start()
b = threading.Thread(target=wait_for_it)
b.start()
a.join(); b.join()
