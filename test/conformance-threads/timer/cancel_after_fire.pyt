# test timer: cancel after fire
import threading
out = []
t = threading.Timer(0.01, out.append, args=(1,))
t.start(); t.join()
t.cancel()
print(out, t.finished.is_set())
