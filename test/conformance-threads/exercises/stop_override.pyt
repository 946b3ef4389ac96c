# test Thread subclass defining _stop attribute (known CPython pitfall)
import threading
class W(threading.Thread):
    def __init__(self):
        super().__init__()
        self._stop = threading.Event()
    def run(self):
        self._stop.wait(0.01)
w = W(); w.start()
try:
    w.join()
    print("joined")
except TypeError as e:
    print("TypeError:", e)
