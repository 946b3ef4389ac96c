import threading

lock = threading.Lock()

def w():
    with lock:
        print("worker")

with lock:
    t = threading.Thread(target=w)
    t.start()
    name = input()
print("hello", name)
t.join()
