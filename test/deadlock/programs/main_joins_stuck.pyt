import threading

gate = threading.Lock()
gate.acquire()

def worker():
    gate.acquire()
    print("never")

t = threading.Thread(target=worker)
t.start()
t.join()
print("never either")
