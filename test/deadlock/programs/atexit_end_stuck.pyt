# test a program with atexit callbacks whose end (joining its threads) is stuck: reported, callbacks never run
import atexit
import threading

gate = threading.Lock()
gate.acquire()


def worker():
    gate.acquire()


threading.Thread(target=worker).start()
atexit.register(print, "never printed")
print("main done")
