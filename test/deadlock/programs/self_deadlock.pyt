import threading

guard = threading.Lock()

def work():
    guard.acquire()
    print("got it once")
    guard.acquire()
    print("never")

t = threading.Thread(target=work, name="selfish")
t.start()
t.join()
