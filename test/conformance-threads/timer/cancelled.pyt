# test timer: cancelled
import threading
fired = []
t = threading.Timer(10, lambda: fired.append("boom"))
t.start()
t.cancel()
t.join()
print("fired:", fired, "alive:", t.is_alive())
