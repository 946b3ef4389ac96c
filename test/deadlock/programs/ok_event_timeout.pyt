import threading

ev = threading.Event()

def w():
    print("set?", ev.wait(1))

t = threading.Thread(target=w)
t.start()
t.join()
