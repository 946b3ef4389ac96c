import threading
def w():
    threading.main_thread().join()
t = threading.Thread(target=w)
t.start()
t.join()
